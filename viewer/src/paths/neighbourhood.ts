/** Ego networks and shortest paths, computed on the visible (filtered) graph and ignoring edge direction. */
import { MultiUndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { KgGraph } from "../../../graph/model.ts";
import type { Visibility } from "../filters/visibility.ts";

/** Nodes within `hops` steps of `center`, and the visible edges among them. */
export function egoNetwork(kg: KgGraph, visible: Visibility, center: string, hops: number): Visibility {
  const nodes = new Set<string>([center]);
  let frontier = [center];
  for (let step = 0; step < hops && frontier.length; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      kg.forEachEdge(node, (edge, _, source, target) => {
        if (!visible.edges.has(edge)) return;
        const other = source === node ? target : source;
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const edges = new Set([...visible.edges].filter((e) => kg.extremities(e).every((n) => nodes.has(n))));
  return { nodes, edges };
}

/** The shortest undirected path between two nodes through visible edges, or null when there is none. */
export function shortestPath(kg: KgGraph, visible: Visibility, from: string, to: string): Visibility | null {
  if (!kg.hasNode(from) || !kg.hasNode(to)) return null;
  const view = new MultiUndirectedGraph();
  for (const node of visible.nodes) if (!view.hasNode(node)) view.addNode(node);
  for (const node of [from, to]) if (!view.hasNode(node)) view.addNode(node);
  for (const edge of visible.edges) view.addUndirectedEdgeWithKey(edge, kg.source(edge), kg.target(edge));
  const path = bidirectional(view, from, to);
  if (!path) return null;
  const edges = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const edge = kg.edges(a, b)[0] ?? kg.edges(b, a)[0];
    if (edge) edges.add(edge);
  }
  return { nodes: new Set(path), edges };
}
