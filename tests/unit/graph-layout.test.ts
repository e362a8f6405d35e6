// The initial layout the ingest stores in the snapshot (graph/layout.ts) and reads back (graph/snapshot.ts).
import { describe, expect, it } from "vitest";
import { initialPositions, layoutIterations } from "../../graph/layout.ts";
import { fromSnapshot, snapshotPositions, toSnapshot } from "../../graph/snapshot.ts";
import { buildFixtureGraph, CORPUS_FACTS } from "../browser/fixtures/corpus-graph.ts";

describe("the initial layout stored in the snapshot", () => {
  const graph = buildFixtureGraph(CORPUS_FACTS);

  it("places every node, and the same graph always in the same places", () => {
    const a = initialPositions(graph);
    expect(Object.keys(a).sort()).toEqual(graph.nodes().sort());
    for (const [x, y] of Object.values(a)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(initialPositions(graph)).toEqual(a);
  });

  it("pulls related things together: a relation's two ends lie closer than two nodes taken at random", () => {
    const at = initialPositions(graph);
    const distance = (a: string, b: string) => Math.hypot(at[a]![0] - at[b]![0], at[a]![1] - at[b]![1]);
    const nodes = graph.nodes();
    const linked = graph.mapEdges((_, __, s, t) => distance(s, t));
    const all = nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => distance(a, b)));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all) / 2);
  });

  it("is written only when asked for, survives JSON, and a table missing a node is not used", () => {
    expect(toSnapshot(graph).positions).toBeUndefined();
    const data: unknown = JSON.parse(JSON.stringify(toSnapshot(graph, { layout: true })));
    expect(snapshotPositions(data, fromSnapshot(data))).toEqual(initialPositions(graph));
    const partial = structuredClone(data) as { positions: Record<string, unknown> };
    delete partial.positions[graph.nodes()[0]!];
    expect(snapshotPositions(partial, fromSnapshot(partial))).toBeNull();
  });

  it("spends fewer iterations on bigger graphs, never fewer than ten", () => {
    expect(layoutIterations(900, 800)).toBe(80);
    expect(layoutIterations(10_000, 50_000)).toBe(50);
    expect(layoutIterations(100_000, 1_000_000)).toBe(10);
  });
});
