/** Fetches the snapshot the ingest wrote (viewer/public/snapshot.json) and turns it into the knowledge graph. */
import type { KgGraph } from "../../../graph/model.ts";
import { fromSnapshot } from "../../../graph/snapshot.ts";

/** `?snapshot=other.json` loads another snapshot served next to the viewer. */
export function snapshotUrl(location: Location): string {
  const requested = new URLSearchParams(location.search).get("snapshot");
  // only relative paths: a link must not make the viewer fetch from another origin
  if (requested && !/^[a-z]+:|^\/\//i.test(requested)) return requested;
  return "snapshot.json";
}

export async function loadSnapshot(url: string): Promise<KgGraph> {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`snapshot: ${url} answered ${response.status}; run \`npm start\` to write it`);
  return fromSnapshot(await response.json());
}
