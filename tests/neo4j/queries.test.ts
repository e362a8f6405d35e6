/**
 * The research query library against a real Neo4j holding the corpus (plus a fixture of facts stated by
 * corpus sentences). Every answer is checked against the oracle computed from the extractions themselves,
 * and the headline questions against what the plans really say.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { findQuery, QUERIES } from "../../graph/cypher/queries/index.ts";
import { sentenceKey } from "../../graph/ids.ts";
import { PERIODS, type RelationType } from "../../graph/schema.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { runQuery, type Row } from "../../ingest/load/run-query.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { connect, describeNeo4j, requireTarget, wipeDatabase } from "../support/neo4j.ts";
import { fixtureExtraction } from "./fixture.ts";
import { keysNamed, nameOf, oracle, reached, shortestHops, within, type Oracle } from "./oracle.ts";

const HEADLINE = ["天元区", "荷塘区", "津市市", "天心区"];
const sorted = (values: Iterable<string>) => [...values].sort();
const regionKeys = (o: Oracle) => [...o.entities.values()].filter((e) => e.type === "Region").map((e) => e.key);

describeNeo4j("the research query library", () => {
  let driver: Driver;
  let o: Oracle;
  let extractions: DocumentExtraction[];
  const run = (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => runQuery(driver, findQuery(name)!, params as never, { database: requireTarget().database });

  beforeAll(async () => {
    const target = requireTarget();
    driver = connect(target);
    await wipeDatabase(driver);
    extractions = [...(await ingestFiles(corpusFiles())).extractions, fixtureExtraction()];
    const summary = await loadExtractions(driver, extractions, { connection: { uri: target.uri, user: target.user, password: target.password, database: target.database } });
    expect(summary.failed).toEqual([]);
    o = oracle(extractions);
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it("has at least twelve named queries, each described, with typed parameters", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(QUERIES.map((q) => q.name)).size).toBe(QUERIES.length);
    for (const q of QUERIES) {
      expect(q.description.length, q.name).toBeGreaterThan(20);
      for (const p of q.params) expect(["string", "string[]", "int", "float", "boolean"], `${q.name}.${p.name}`).toContain(p.type);
    }
  });

  it("shared-industries: the industries ≥2 of 天元区, 荷塘区, 津市市, 天心区 develop, with supporting sentences", async () => {
    const rows = await run("shared-industries", { regions: HEADLINE });
    const keys = HEADLINE.flatMap((n) => keysNamed(o, n, "Region"));
    const byIndustry = new Map<string, Set<string>>();
    for (const r of keys) for (const i of reached(o, r, "DEVELOPS").keys()) byIndustry.set(i, (byIndustry.get(i) ?? new Set()).add(nameOf(o, r)));
    const expected = [...byIndustry].filter(([, rs]) => rs.size >= 2).map(([i, rs]) => [nameOf(o, i), sorted(rs)]);
    expect(rows.map((r) => [r.industry, sorted(r.regions as string[])]).sort()).toEqual(expected.sort());
    // The plans of these districts do share the emerging industries.
    expect(rows.map((r) => r.industry)).toEqual(expect.arrayContaining([expect.stringMatching(/新材料|生物医药/)]));
    for (const row of rows) {
      const evidence = row.evidence as Array<{ doc: string; line: number; text: string }>;
      expect(evidence.length, String(row.industry)).toBeGreaterThan(0);
      for (const e of evidence) expect(o.sentences.has(sentenceKey(e.doc, e.line))).toBe(true);
    }
  });

  it("region-industries-by-period: 天心区's industries per plan period, in period order", async () => {
    const rows = await run("region-industries-by-period", { region: "天心区" });
    const expected = new Map<string, Set<string>>();
    for (const key of keysNamed(o, "天心区", "Region"))
      for (const [i, facts] of reached(o, key, "DEVELOPS")) for (const f of facts) for (const p of f.periods) expected.set(p, (expected.get(p) ?? new Set()).add(nameOf(o, i)));
    expect(rows.map((r) => r.period)).toEqual(PERIODS.filter((p) => expected.has(p)));
    for (const row of rows) expect(sorted(row.industries as string[])).toEqual(sorted(expected.get(row.period as string)!));
    expect(rows.length).toBeGreaterThan(0);
  });

  it("period-changes: what 天心区 kept, added and dropped between 十三五 and 十四五", async () => {
    const rows = await run("period-changes", { region: "天心区" });
    const periods = new Map<string, Set<string>>();
    for (const key of keysNamed(o, "天心区", "Region"))
      for (const [i, facts] of reached(o, key, "DEVELOPS")) for (const f of facts) f.periods.forEach((p) => periods.set(nameOf(o, i), (periods.get(nameOf(o, i)) ?? new Set()).add(p)));
    const expected = [...periods]
      .filter(([, ps]) => ps.has("十三五") || ps.has("十四五"))
      .map(([name, ps]) => [name, ps.has("十三五") && ps.has("十四五") ? "kept" : ps.has("十四五") ? "new" : "dropped"]);
    expect(rows.map((r) => [r.industry, r.change]).sort()).toEqual(expected.sort());
  });

  it("parks-by-industry: the parks carrying 轨道交通, 田心高科园 among them", async () => {
    const rows = await run("parks-by-industry", { industry: "轨道交通" });
    const industries = [...o.entities.values()].filter((e) => e.type === "Industry" && (e.name === "轨道交通" || e.aliases.has("轨道交通") || e.broader === "轨道交通"));
    const carriers = new Set(
      [...o.facts.values()].filter((f) => (f.type === "DEVELOPS" || f.type === "IN_INDUSTRY") && industries.some((i) => i.key === f.to)).map((f) => f.from),
    );
    const parks = [...o.entities.values()].filter((e) => e.type === "Park" && [...within(o, e.key)].some((k) => carriers.has(k)));
    expect(sorted(rows.map((r) => r.park as string))).toEqual(sorted(parks.map((p) => p.name)));
    expect(rows.map((r) => r.park)).toContain("田心高科园");
  });

  it("top-industries: the most widely shared industries, ranked by regions then documents", async () => {
    const rows = await run("top-industries", { limit: 5 });
    const stats = new Map<string, { regions: Set<string>; docs: Set<string> }>();
    for (const r of regionKeys(o))
      for (const [i, facts] of reached(o, r, "DEVELOPS")) {
        const s = stats.get(i) ?? { regions: new Set(), docs: new Set() };
        s.regions.add(r);
        facts.forEach((f) => f.docs.forEach((d) => s.docs.add(d)));
        stats.set(i, s);
      }
    const expected = [...stats]
      .map(([i, s]) => ({ industry: nameOf(o, i), regionCount: s.regions.size, docCount: s.docs.size }))
      .sort((a, b) => b.regionCount - a.regionCount || b.docCount - a.docCount || (a.industry < b.industry ? -1 : 1))
      .slice(0, 5);
    expect(rows.map(({ industry, regionCount, docCount }) => ({ industry, regionCount, docCount }))).toEqual(expected);
  });

  it("strategy-projects: the projects implementing 长株潭一体化", async () => {
    const rows = await run("strategy-projects", { strategy: "长株潭一体化" });
    const strategies = keysNamed(o, "长株潭一体化", "Strategy");
    const projects = [...o.facts.values()].filter((f) => f.type === "IMPLEMENTS" && strategies.includes(f.to) && o.entities.get(f.from)?.type === "Project");
    expect(sorted(rows.map((r) => r.project as string))).toEqual(sorted(new Set(projects.map((f) => nameOf(o, f.from)))));
    expect(rows.map((r) => r.project)).toContain("园区提质工程");
  });

  it("shared-strategies: strategies implemented in two or more regions", async () => {
    const rows = await run("shared-strategies", { minRegions: 2 });
    const byStrategy = new Map<string, Set<string>>();
    for (const r of regionKeys(o)) for (const s of reached(o, r, "IMPLEMENTS").keys()) byStrategy.set(s, (byStrategy.get(s) ?? new Set()).add(nameOf(o, r)));
    const expected = [...byStrategy].filter(([, rs]) => rs.size >= 2).map(([s, rs]) => [nameOf(o, s), sorted(rs)]);
    expect(rows.map((r) => [r.strategy, sorted(r.regions as string[])]).sort()).toEqual(expected.sort());
    expect(rows.length).toBeGreaterThan(0);
  });

  it("region-similarity: region pairs ranked by the Jaccard index of their industries", async () => {
    const rows = await run("region-similarity", { limit: 10 });
    const sets = regionKeys(o)
      .map((r) => ({ name: nameOf(o, r), industries: new Set([...reached(o, r, "DEVELOPS").keys()].map((i) => nameOf(o, i))) }))
      .filter((r) => r.industries.size > 0);
    const pairs = sets.flatMap((a) =>
      sets
        .filter((b) => a.name < b.name)
        .map((b) => {
          const shared = [...a.industries].filter((i) => b.industries.has(i)).length;
          return { regionA: a.name, regionB: b.name, shared, jaccard: shared / (a.industries.size + b.industries.size - shared) };
        })
        .filter((p) => p.shared > 0),
    );
    pairs.sort((x, y) => y.jaccard - x.jaccard || y.shared - x.shared || (x.regionA < y.regionA ? -1 : x.regionA > y.regionA ? 1 : x.regionB < y.regionB ? -1 : 1));
    const expected = pairs.slice(0, 10);
    expect(rows.map((r) => [r.regionA, r.regionB])).toEqual(expected.map((p) => [p.regionA, p.regionB]));
    rows.forEach((r, k) => expect(r.jaccard as number).toBeCloseTo(expected[k]!.jaccard, 9));
  });

  it("shortest-path: the shortest chain of facts from 天元区 to 津市市, each step a stored fact", async () => {
    const [row] = await run("shortest-path", { from: "天元区", to: "津市市" });
    const [from] = keysNamed(o, "天元区", "Region");
    const [to] = keysNamed(o, "津市市", "Region");
    const hops = shortestHops(o, from!, to!, (t) => t !== "PART_OF");
    expect(hops).toBeGreaterThan(0);
    expect(row?.hops).toBe(hops);
    const names = row!.names as string[];
    const relations = row!.relations as RelationType[];
    relations.forEach((type, k) => {
      const linked = [...o.facts.values()].some(
        (f) => f.type === type && [nameOf(o, f.from), nameOf(o, f.to)].sort().join() === [names[k], names[k + 1]].sort().join(),
      );
      expect(linked, `${names[k]} -${type}- ${names[k + 1]}`).toBe(true);
    });
    const [viaHierarchy] = await run("shortest-path", { from: "天元区", to: "津市市", hierarchy: true });
    expect(viaHierarchy?.hops as number).toBeLessThanOrEqual(hops);
  });

  it("relation-evidence: why 田心高科园 is linked to 轨道交通, sentence by sentence", async () => {
    const rows = await run("relation-evidence", { from: "田心高科园", to: "轨道交通" });
    const a = keysNamed(o, "田心高科园");
    const b = keysNamed(o, "轨道交通");
    const facts = [...o.facts.values()].filter((f) => (a.includes(f.from) && b.includes(f.to)) || (b.includes(f.from) && a.includes(f.to)));
    expect(sorted(rows.map((r) => `${r.relation}|${sentenceKey(r.doc as string, r.line as number)}`))).toEqual(
      sorted(facts.flatMap((f) => [...f.sentences].map((s) => `${f.type}|${s}`))),
    );
    expect(rows.some((r) => (r.sentence as string).includes("田心高科园") && (r.sentence as string).includes("轨道交通"))).toBe(true);
  });

  it("entity-evidence: the sentences that mention 田心高科园, in document order", async () => {
    const rows = await run("entity-evidence", { name: "田心高科园", limit: 50 });
    const keys = keysNamed(o, "田心高科园");
    const expected = [...o.mentions].filter((m) => keys.some((k) => m.startsWith(`${k}->`))).map((m) => m.split("->")[1]!);
    expect(rows.map((r) => sentenceKey(r.doc as string, r.line as number)).sort()).toEqual(sorted(expected).slice(0, 50));
    for (const row of rows) expect((row.surfaces as string[]).every((s) => (row.sentence as string).includes(s))).toBe(true);
  });

  it("park-contents: what the park holding the most entities holds, with their industries", async () => {
    const counts = new Map<string, number>();
    for (const f of o.facts.values()) if (f.type === "LOCATED_IN" && o.entities.get(f.to)?.type === "Park") counts.set(f.to, (counts.get(f.to) ?? 0) + 1);
    const [park] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
    const rows = await run("park-contents", { park: nameOf(o, park) });
    const inside = [...o.facts.values()].filter((f) => f.type === "LOCATED_IN" && f.to === park).map((f) => f.from);
    const industriesOf = (k: string) =>
      sorted(new Set([...o.facts.values()].filter((f) => f.from === k && (f.type === "IN_INDUSTRY" || f.type === "DEVELOPS") && o.entities.get(f.to)?.type === "Industry").map((f) => nameOf(o, f.to))));
    expect(rows.map((r) => [r.name, sorted(r.industries as string[])]).sort()).toEqual(inside.map((k) => [nameOf(o, k), industriesOf(k)]).sort());
  });

  it("indicator-comparison: 地区生产总值 across places, value, unit, year and source line", async () => {
    const rows = await run("indicator-comparison", { indicator: "地区生产总值" });
    const expected = o.indicators.filter((i) => i.indicator === "地区生产总值");
    expect(rows.map((r) => [r.place, r.value, r.unit, r.year, r.doc, r.line]).sort()).toEqual(
      expected.map((i) => [nameOf(o, i.subject), i.value, i.unit, i.year, i.doc, i.line]).sort(),
    );
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ place: "天元区", value: 268.4, unit: "亿元", year: 2015 })]));
    // the plans' own 2020 targets, read by the extractor from Tianxin's table and Tianyuan's target list, side by side
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ place: "天心区", kind: "target", value: 1100, unit: "亿元", year: 2020, period: "十三五" }),
        expect.objectContaining({ place: "天心区", kind: "baseline", value: 700.76, unit: "亿元", year: 2015 }),
        expect.objectContaining({ place: "天元区", kind: "target", value: 420, unit: "亿元", year: 2020 }),
        expect.objectContaining({ place: "天元区", kind: "growth", value: 9.5, unit: "%" }),
      ]),
    );
  });

  it("search-entities: the CJK full-text index finds names and aliases containing 轨道交通; Lucene syntax in input is harmless", async () => {
    const rows = await run("search-entities", { text: "轨道交通", limit: 10 });
    expect(rows.length).toBeGreaterThan(0);
    const forms = (r: Row) => [r.name as string, ...((r.aliases as string[] | null) ?? [])];
    expect(forms(rows[0]!).some((f) => f.includes("轨道交通"))).toBe(true);
    for (const key of keysNamed(o, "轨道交通")) expect(rows.map((r) => r.name)).toContain(nameOf(o, key));
    await expect(run("search-entities", { text: "长株潭（一体化）AND -[C++]" })).resolves.toBeInstanceOf(Array);
  });

  it("documents: every loaded document with its sentence and entity counts", async () => {
    const rows = await run("documents");
    expect(rows.map((r) => r.id)).toEqual(sorted(o.docs));
    for (const row of rows) {
      expect(row.sentences).toBe([...o.sentences].filter((s) => s.startsWith(`${row.id}#`)).length);
      expect(row.entities).toBe([...o.entities.values()].filter((e) => e.docs.has(row.id as string)).length);
    }
  });
});
