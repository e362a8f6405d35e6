/**
 * One definition of "region X develops industry Y" (graph/shared-industries.ts): the Neo4j query
 * shared-industries, the pure function and the viewer's shared-clusters view give the same regions ×
 * industries on the corpus snapshot.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { findQuery } from "../../graph/cypher/queries/index.ts";
import type { KgGraph } from "../../graph/model.ts";
import { developedIndustries } from "../../graph/shared-industries.ts";
import { fromSnapshot, toSnapshot } from "../../graph/snapshot.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { runQuery, type Row } from "../../ingest/load/run-query.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { defaultClusterRegions, sharedClusters } from "../../viewer/src/clusters/shared.ts";
import { connect, describeNeo4j, requireTarget, wipeDatabase } from "../support/neo4j.ts";

/** "region|industry" pairs, by name, sorted. */
const pairsOf = (rows: Row[]): string[] => rows.flatMap((r) => (r.regions as string[]).map((region) => `${region}|${String(r.industry)}`)).sort();

describeNeo4j("shared industries: one definition for Neo4j and the viewer", () => {
  let driver: Driver;
  let kg: KgGraph;
  const run = (params: Record<string, unknown>): Promise<Row[]> => runQuery(driver, findQuery("shared-industries")!, params as never, { database: requireTarget().database });
  const name = (key: string): string => kg.getNodeAttribute(key, "name");

  beforeAll(async () => {
    const target = requireTarget();
    driver = connect(target);
    await wipeDatabase(driver);
    const { extractions, graph } = await ingestFiles(corpusFiles());
    const summary = await loadExtractions(driver, extractions, { connection: { uri: target.uri, user: target.user, password: target.password, database: target.database } });
    expect(summary.failed).toEqual([]);
    // the graph the viewer reads: through the snapshot, as written by the ingest
    kg = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(graph))));
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it("gives every region × industry pair of the corpus exactly as the graph function does", async () => {
    const rows = await run({ regions: [], minRegions: 1, evidence: 1 });
    const expected = [...developedIndustries(kg)].flatMap(([region, industries]) => [...industries].map((i) => `${name(region)}|${name(i)}`)).sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(pairsOf(rows)).toEqual(expected);
  });

  it("agrees with the viewer's shared-clusters matrix for the plans' own regions", async () => {
    const regions = defaultClusterRegions(kg);
    expect(regions.length).toBeGreaterThanOrEqual(2);
    const everything = { nodes: new Set(kg.nodes()), edges: new Set(kg.edges()) };
    const clusters = sharedClusters(kg, regions, everything);
    const viewer = clusters.industries.flatMap((i) => [...clusters.cells.get(i)!.keys()].map((r) => `${name(r)}|${name(i)}`)).sort();
    const rows = await run({ regions: regions.map(name), minRegions: 2, evidence: 1 });
    expect(viewer.length).toBeGreaterThan(0);
    expect(pairsOf(rows)).toEqual(viewer);
  });
});
