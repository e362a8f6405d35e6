/**
 * The snapshot: graphology's serialised graph plus provenance, written by the ingest and embedded by the
 * viewer so that it runs without a database.
 */
import { SchemaError } from "./errors.ts";
import { initialPositions, type Positions } from "./layout.ts";
import { createKgGraph, type KgGraph, type SerializedKgGraph } from "./model.ts";

export const SNAPSHOT_FORMAT = "plangraph-snapshot";
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  graph: SerializedKgGraph;
  /**
   * Where the viewer first draws each node (graph/layout.ts), computed once when the snapshot is written
   * so that the page draws at once instead of laying the graph out on load. Optional: a snapshot without
   * it is laid out by the viewer with the same function.
   */
  positions?: Positions;
}

export interface SnapshotOptions {
  /** Compute the initial layout and store it (what the ingest does for the viewer). */
  layout?: boolean;
}

export function toSnapshot(graph: KgGraph, options: SnapshotOptions = {}): Snapshot {
  const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, graph: graph.export() };
  if (options.layout) snapshot.positions = initialPositions(graph);
  return snapshot;
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

/** The stored initial positions of a snapshot read by fromSnapshot, or null when it has none for this graph. */
export function snapshotPositions(data: unknown, graph: KgGraph): Positions | null {
  const positions = (data as Partial<Snapshot> | null)?.positions;
  if (!positions || typeof positions !== "object") return null;
  // a position for every node, or none at all: a partial table would leave nodes nowhere
  return graph.everyNode((key) => Array.isArray(positions[key]) && positions[key].length === 2) ? positions : null;
}
