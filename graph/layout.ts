/**
 * The initial layout of a graph: nodes on a circle in graph order, then ForceAtlas2 for a number of
 * iterations that shrinks as the graph grows. Deterministic (no randomness anywhere), so the ingest can
 * compute it once and store it in the snapshot, and the viewer, given a snapshot without positions,
 * computes exactly the same picture.
 */
import { MultiDirectedGraph } from "graphology";
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";

/** node key → [x, y], in the graph's own units (sigma frames them to the screen). */
export type Positions = Record<string, [number, number]>;

/** Radius of the starting circle. */
const CIRCLE = 100;
/** Iterations of the full run: enough for the corpus graph (~1,000 nodes) to settle. */
const MAX_ITERATIONS = 80;
/**
 * Work budget of the run, in node + edge visits: a 10k-node / 50k-edge graph gets 50 iterations (~10 s
 * in Node) rather than 80, and no graph gets fewer than 10, which still pulls neighbours together.
 */
const BUDGET = 3_000_000;
const MIN_ITERATIONS = 10;
/** Above this many nodes the repulsion uses Barnes–Hut (O(n log n) instead of O(n²)). */
const BARNES_HUT_FROM = 1500;

export function layoutIterations(order: number, size: number): number {
  return Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, Math.floor(BUDGET / Math.max(1, order + size))));
}

/** Two decimals: the snapshot stays small, and a hundredth of a unit is far below a pixel. */
const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Positions for every node of `graph` (any graphology graph: the knowledge graph at ingest, the viewer's
 * render graph). Runs on a structural copy, so the graph itself is never written to.
 */
export function initialPositions(graph: AbstractGraph, iterations = layoutIterations(graph.order, graph.size)): Positions {
  const copy = new MultiDirectedGraph<{ x: number; y: number }>();
  graph.forEachNode((key) => copy.addNode(key, { x: 0, y: 0 }));
  graph.forEachEdge((_, __, source, target) => copy.addEdge(source, target));
  circular.assign(copy, { scale: CIRCLE });
  if (copy.order >= 2 && iterations > 0) {
    const settings = { ...forceAtlas2.inferSettings(copy), gravity: 1, barnesHutOptimize: copy.order > BARNES_HUT_FROM };
    forceAtlas2.assign(copy, { iterations, settings });
  }
  const positions: Positions = {};
  copy.forEachNode((key, { x, y }) => {
    positions[key] = [round(x), round(y)];
  });
  return positions;
}
