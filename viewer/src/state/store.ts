/** A minimal observable store: view state changes go through `update`, listeners redraw what depends on them. */
export type Listener<S> = (state: S, previous: S) => void;

export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.state = initial;
  }

  get(): S {
    return this.state;
  }

  /** Replaces the given fields; listeners run only when something actually changed. */
  update(patch: Partial<S>): void {
    const previous = this.state;
    const changed = Object.entries(patch).some(([k, v]) => previous[k as keyof S] !== v);
    if (!changed) return;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
