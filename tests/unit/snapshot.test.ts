// The snapshot the ingest writes and the viewer reads: the corpus graph survives it whole, each source
// sentence and section path is stored once however many facts cite it, keys that follow from the graph are
// not stored, and older or damaged files are read or refused plainly.
import { beforeAll, describe, expect, it } from "vitest";
import type { KgGraph } from "../../graph/model.ts";
import { fromSnapshot, toSnapshot, type Snapshot } from "../../graph/snapshot.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";

/** Through JSON, as the file is written and fetched. */
const throughJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("the graph snapshot", () => {
  let graph: KgGraph;
  let snapshot: Snapshot;
  beforeAll(async () => {
    ({ graph } = await ingestFiles(corpusFiles()));
    snapshot = toSnapshot(graph);
  });

  it("gives back the corpus graph unchanged, evidence of entities, facts and figures included", () => {
    expect(graph.someNode((_, a) => a.evidence.length > 0)).toBe(true);
    expect(graph.getAttribute("indicators").length).toBeGreaterThan(0);
    expect(fromSnapshot(throughJson(snapshot)).export()).toEqual(graph.export());
  });

  it("stores each cited sentence and each section path once", () => {
    const cited =
      graph.reduceNodes((n, _, a) => n + a.evidence.length, 0) + graph.reduceEdges((n, _, a) => n + a.evidence.length, 0) + graph.getAttribute("indicators").length;
    expect(snapshot.sentences.length).toBeLessThan(cited / 2);
    const rows = snapshot.sentences.map((row) => JSON.stringify(row));
    expect(new Set(rows).size).toBe(rows.length);
    const paths = snapshot.sections.map((path) => JSON.stringify(path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("leaves out keys that follow from the graph: an edge's (its type and ends) and the key attribute of each", () => {
    expect(snapshot.graph.edges.every((e) => e.key === undefined && e.attributes?.key === undefined)).toBe(true);
    expect(snapshot.graph.nodes.every((n) => n.attributes?.key === undefined)).toBe(true);
  });

  it("still reads a version 1 file, which writes every piece of evidence out", () => {
    const v1 = { format: "plangraph-snapshot", version: 1, graph: graph.export() };
    expect(fromSnapshot(throughJson(v1)).export()).toEqual(graph.export());
  });

  it("refuses a file whose evidence points past its sentences, or an unknown version, by name of error", () => {
    const damaged = throughJson(snapshot) as Snapshot;
    damaged.sentences = damaged.sentences.slice(0, 1);
    expect(() => fromSnapshot(damaged)).toThrowError(expect.objectContaining({ name: "SchemaError", message: expect.stringMatching(/points at sentence/) }));
    expect(() => fromSnapshot({ ...snapshot, version: 3 })).toThrowError(/version 3 is not supported/);
  });
});
