/**
 * Bench page: ForceAtlas2 iterations per second in a Web Worker (graphology's FA2Layout supervisor, one
 * iteration per round trip, positions written back to the graph each time) and, for comparison, the
 * synchronous run of the initial layout (graph/layout.ts: what the ingest stores in the snapshot, and what
 * the viewer runs itself for a snapshot without positions).
 */
import Graph from "graphology";
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";

export interface Fa2Result {
  nodes: number;
  edges: number;
  workerIterations: number;
  workerMs: number;
  syncIterations: number;
  syncMs: number;
}

declare global {
  interface Window {
    fa2Bench?: (url: string, workerMs: number, syncIterations: number) => Promise<Fa2Result>;
  }
}

window.fa2Bench = async (url, workerMs, syncIterations) => {
  const graph = new Graph({ multi: true });
  graph.import(await (await fetch(url)).json());
  circular.assign(graph, { scale: 100 });
  const settings = { ...forceAtlas2.inferSettings(graph), gravity: 1, barnesHutOptimize: graph.order > 1500 };

  const t0 = performance.now();
  forceAtlas2.assign(graph, { iterations: syncIterations, settings });
  const syncMs = performance.now() - t0;

  circular.assign(graph, { scale: 100 });
  let iterations = 0;
  // the supervisor writes every iteration's positions back with one updateEachNodeAttributes call
  graph.on("eachNodeAttributesUpdated", () => iterations++);
  const layout = new FA2Layout(graph, { settings });
  const start = performance.now();
  layout.start();
  await new Promise((resolve) => setTimeout(resolve, workerMs));
  layout.stop();
  const elapsed = performance.now() - start;
  layout.kill();
  return { nodes: graph.order, edges: graph.size, workerIterations: iterations, workerMs: elapsed, syncIterations, syncMs };
};
