/** First layout on load: a circle, then a short synchronous ForceAtlas2 run to pull neighbours together. */
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { RenderGraph } from "../data/render-graph.ts";

export function initialLayout(graph: RenderGraph, iterations = 80): void {
  circular.assign(graph, { scale: 100 });
  if (graph.order < 2) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, gravity: 1, barnesHutOptimize: graph.order > 1500 } });
}
