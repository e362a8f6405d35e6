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

/**
 * Louvain and PageRank on a simple undirected copy (parallel edges merged): direction carries no community
 * meaning. Computed on first use, so a large graph opens without paying for them.
 */
export function computeAppearance(kg: KgGraph): Appearance {
  let computed: { simple: MultiUndirectedGraph; communities: Record<string, number>; ranks: Record<string, number>; max: number; ids: number[]; colourIndex: Map<number, number> } | null = null;
  const get = () => {
    if (computed) return computed;
    const simple = new MultiUndirectedGraph();
    kg.forEachNode((key) => simple.addNode(key));
    kg.forEachEdge((_, __, s, t) => {
      if (s !== t && !simple.hasEdge(s, t)) simple.addEdge(s, t);
    });
    const communities: Record<string, number> = simple.size ? louvain(simple, { rng: seeded(42) }) : {};
    const ranks: Record<string, number> = simple.size ? pagerank(simple) : {};
    let max = 1e-9;
    for (const r of Object.values(ranks)) max = Math.max(max, r);
    const ids = [...new Set(Object.values(communities))];
    computed = { simple, communities, ranks, max, ids, colourIndex: new Map(ids.map((c, i) => [c, i])) };
    return computed;
  };
  // isolated nodes share one grey "no community"
  return {
    get communityCount() {
      return get().ids.length;
    },
    communityOf: (key) => (get().simple.degree(key) ? (get().communities[key] ?? -1) : -1),
    communityColour(key) {
      const { simple, communities, colourIndex } = get();
      const c = simple.hasNode(key) && simple.degree(key) ? communities[key] : undefined;
      return c === undefined ? "#c3c7cd" : COMMUNITY_COLOURS[colourIndex.get(c)! % COMMUNITY_COLOURS.length]!;
    },
    pagerankSize: (key) => 3 + 17 * Math.sqrt((get().ranks[key] ?? 0) / get().max),
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
