/**
 * The snapshot: graphology's serialised graph plus provenance, written by the ingest and embedded by the
 * viewer so that it runs without a database.
 */
import { SchemaError } from "./errors.ts";
import { createKgGraph, type KgGraph, type SerializedKgGraph } from "./model.ts";

export const SNAPSHOT_FORMAT = "plangraph-snapshot";
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  graph: SerializedKgGraph;
}

export function toSnapshot(graph: KgGraph): Snapshot {
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, graph: graph.export() };
}

export function fromSnapshot(data: unknown): KgGraph {
  const snapshot = data as Partial<Snapshot> | null;
  if (!snapshot || snapshot.format !== SNAPSHOT_FORMAT) {
    throw new SchemaError(`snapshot: not a ${SNAPSHOT_FORMAT} file`);
  }
  if (snapshot.version !== SNAPSHOT_VERSION) {
    throw new SchemaError(`snapshot: version ${String(snapshot.version)} is not supported (expected ${SNAPSHOT_VERSION})`);
  }
  const graph = createKgGraph();
  graph.import(snapshot.graph as SerializedKgGraph);
  return graph;
}
