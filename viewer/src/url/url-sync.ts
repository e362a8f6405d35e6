/** Keeps the address bar in step with the view (replaceState, debounced) and applies a view from a URL. */
import type { AppContext } from "../app/context.ts";
import type { CameraView, ViewState } from "../state/view-state.ts";
import { decodeView, viewQuery } from "./url-state.ts";

export function currentCamera(ctx: AppContext): CameraView {
  const { x, y, ratio } = ctx.sigma.getCamera().getState();
  return { x, y, ratio };
}

/** Applies the view encoded in `query` (e.g. a saved slide or the page's own URL). */
export function applyViewQuery(ctx: AppContext, query: string): void {
  const { state, camera } = decodeView(new URLSearchParams(query), (k) => ctx.kg.hasNode(k), (k) => ctx.kg.hasEdge(k));
  const current = ctx.store.get();
  // only the fields the view changes: an unchanged field keeps its value, so nothing is recomputed or
  // redrawn for it (on page load with a plain URL, nothing at all); running state is not part of a view
  const next: ViewState = { ...state, hovered: null, presenting: current.presenting, layoutRunning: current.layoutRunning };
  const patch = Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key as keyof ViewState])));
  ctx.store.update(patch as Partial<ViewState>);
  if (camera) {
    // after the mode change has framed its nodes, the saved camera wins
    requestAnimationFrame(() => requestAnimationFrame(() => ctx.sigma.getCamera().setState(camera)));
  }
}

export function currentViewQuery(ctx: AppContext): string {
  return viewQuery(ctx.store.get(), currentCamera(ctx), new URLSearchParams(window.location.search));
}

export function syncUrl(ctx: AppContext): void {
  let timer: number | undefined;
  const write = (): void => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const query = currentViewQuery(ctx);
      if (query !== window.location.search) history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
    }, 250);
  };
  ctx.store.subscribe((state, previous) => {
    if (state.hovered !== previous.hovered && Object.keys(state).every((k) => k === "hovered" || state[k as keyof typeof state] === previous[k as keyof typeof previous])) return;
    write();
  });
  ctx.sigma.getCamera().on("updated", write);
}
