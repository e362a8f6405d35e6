/** Everything the user can change about the view. It lives here and in sigma's reducers, never in the graph. */
export interface ViewState {
  hovered: string | null;
  selected: string | null;
}

export function initialViewState(): ViewState {
  return { hovered: null, selected: null };
}
