/** Fetches the snapshot the ingest wrote (viewer/public/snapshot.json) and turns it into the knowledge graph. */
import type { Positions } from "../../../graph/layout.ts";
import type { KgGraph } from "../../../graph/model.ts";
import { fromSnapshot, snapshotPositions } from "../../../graph/snapshot.ts";

/** The default snapshot, next to the page; index.html starts fetching it before the bundle has loaded. */
export const DEFAULT_SNAPSHOT_URL = "snapshot.json";

declare global {
  interface Window {
    /** Set by the inline script of index.html: the default snapshot's request, started early (null if it failed). */
    __snapshotRequest?: Promise<Response | null>;
  }
}

export interface LoadedSnapshot {
  kg: KgGraph;
  /** Initial positions stored by the ingest, or null when the viewer must lay the graph out itself. */
  positions: Positions | null;
}

/** `?snapshot=other.json` loads another snapshot served next to the viewer. */
export function snapshotUrl(location: Location): string {
  const requested = new URLSearchParams(location.search).get("snapshot");
  // only relative paths: a link must not make the viewer fetch from another origin
  if (requested && !/^[a-z]+:|^\/\//i.test(requested)) return requested;
  return DEFAULT_SNAPSHOT_URL;
}

export async function loadSnapshot(url: string): Promise<LoadedSnapshot> {
  const early = url === DEFAULT_SNAPSHOT_URL ? await window.__snapshotRequest : null;
  const response = early ?? (await fetch(url, { cache: "no-cache" }));
  if (!response.ok) throw new Error(`snapshot: ${url} answered ${response.status}; run \`npm start\` to write it`);
  const data: unknown = await response.json();
  const kg = fromSnapshot(data);
  return { kg, positions: snapshotPositions(data, kg) };
}
