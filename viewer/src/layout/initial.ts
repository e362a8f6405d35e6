/**
 * First layout on load: a circle, then a short synchronous ForceAtlas2 run to pull neighbours together.
 * Above SYNC_LIMIT nodes the synchronous run would block the page for seconds (16 s at 10k nodes / 50k
 * edges), so large graphs open on the circle and ForceAtlas2 continues in the worker.
 */
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { RenderGraph } from "../data/render-graph.ts";

export const SYNC_LIMIT = 2500;

/** Returns false when the layout still needs the worker to settle. */
export function initialLayout(graph: RenderGraph, iterations = 80): boolean {
  circular.assign(graph, { scale: 100 });
  if (graph.order < 2) return true;
  if (graph.order > SYNC_LIMIT) return false;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, gravity: 1, barnesHutOptimize: graph.order > 1500 } });
  return true;
}
