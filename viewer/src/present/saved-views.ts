/** Saved views: named URL queries kept in localStorage; they are the slides of the presentation. */
export interface SavedView {
  name: string;
  query: string;
}

const KEY = "plangraph.views";

export function loadViews(): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((v): v is SavedView => typeof v?.name === "string" && typeof v?.query === "string") : [];
  } catch {
    return [];
  }
}

export function storeViews(views: readonly SavedView[]): void {
  localStorage.setItem(KEY, JSON.stringify(views));
}
