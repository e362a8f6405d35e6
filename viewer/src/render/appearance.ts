/** Derived looks computed once per graph: Louvain community colours and PageRank sizes. */
import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank";
import { MultiUndirectedGraph } from "graphology";
import type { KgGraph } from "../../../graph/model.ts";

// 12 qualitative colours (Paired-like), cycled when there are more communities
const COMMUNITY_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"];

export interface Appearance {
  communityOf(key: string): number;
  communityColour(key: string): string;
  pagerankSize(key: string): number;
  communityCount: number;
}

/** Louvain and PageRank on a simple undirected copy (parallel edges merged): direction carries no community meaning. */
export function computeAppearance(kg: KgGraph): Appearance {
  const simple = new MultiUndirectedGraph();
  kg.forEachNode((key) => simple.addNode(key));
  kg.forEachEdge((_, __, s, t) => {
    if (s !== t && !simple.hasEdge(s, t)) simple.addEdge(s, t);
  });
  const communities = simple.size ? louvain(simple, { rng: seeded(42) }) : {};
  const ranks = simple.size ? pagerank(simple) : {};
  const max = Math.max(1e-9, ...Object.values(ranks));
  const ids = [...new Set(Object.values(communities))];
  // isolated nodes share one grey "no community"
  return {
    communityCount: ids.length,
    communityOf: (key) => (simple.degree(key) ? (communities[key] ?? -1) : -1),
    communityColour(key) {
      const c = simple.degree(key) ? communities[key] : undefined;
      return c === undefined ? "#c3c7cd" : COMMUNITY_COLOURS[ids.indexOf(c) % COMMUNITY_COLOURS.length]!;
    },
    pagerankSize: (key) => 3 + 17 * Math.sqrt((ranks[key] ?? 0) / max),
  };
}

/** A small deterministic generator so the same graph always gets the same communities (and colours). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
