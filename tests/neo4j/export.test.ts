/**
 * Exporting the stored graph: GEXF that graphology (like Gephi) reads back whole, GraphML with every node
 * and edge, and CSV files that the real `neo4j-admin database import` loads to the same totals.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runExport } from "../../ingest/cli/export.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { importCommand } from "../../ingest/load/export/csv.ts";
import { dumpStore } from "../../ingest/load/export/dump.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { importedCounts, runAdmin } from "../../scripts/neo4j/admin.ts";
import { connect, describeNeo4j, describeOwnNeo4j, requireTarget, wipeDatabase } from "../support/neo4j.ts";
import { fixtureExtraction } from "./fixture.ts";
import { oracle, type Oracle } from "./oracle.ts";
import { graphCounts } from "./store-state.ts";

describeNeo4j("exporting the graph", () => {
  let driver: Driver;
  let dir: string;
  let o: Oracle;
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  const connectionFlags = () => {
    const t = requireTarget();
    return ["--uri", t.uri, "--user", t.user, "--password", t.password, ...(t.database ? ["--database", t.database] : [])];
  };

  beforeAll(async () => {
    const target = requireTarget();
    driver = connect(target);
    await wipeDatabase(driver);
    const extractions = [...(await ingestFiles(corpusFiles())).extractions, fixtureExtraction()];
    await loadExtractions(driver, extractions, { connection: { uri: target.uri, user: target.user, password: target.password, database: target.database } });
    o = oracle(extractions);
    dir = await mkdtemp(join(tmpdir(), "plangraph-export-"));
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes GEXF that reads back with every entity and fact, labelled with its Chinese name", async () => {
    const out = join(dir, "graph.gexf");
    expect(await runExport(["--format", "gexf", "--out", out, ...connectionFlags()], io)).toBe(0);
    const graph = parse(MultiDirectedGraph, await readFile(out, "utf8"));
    expect(graph.order).toBe(o.entities.size);
    expect(graph.size).toBe(o.facts.size);
    const [park] = [...o.entities.values()].filter((e) => e.name === "田心高科园");
    expect(graph.getNodeAttribute(park!.key, "label")).toBe("田心高科园");
  });

  it("writes GraphML with a node per entity and an edge per fact", async () => {
    const out = join(dir, "graph.graphml");
    expect(await runExport(["--format", "graphml", "--out", out, ...connectionFlags()], io)).toBe(0);
    const text = await readFile(out, "utf8");
    expect(text.match(/<node /g)?.length).toBe(o.entities.size);
    expect(text.match(/<edge /g)?.length).toBe(o.facts.size);
    expect(text).toContain('attr.name="name"');
    expect(text).toContain("<data key=\"n_name\">田心高科园</data>");
  });

  it("gives each entity the sentences it is mentioned in, in document and line order, read from its mentions", async () => {
    const { entities } = await dumpStore(driver);
    expect(entities.length).toBe(o.entities.size);
    const expected = new Map<string, string[]>();
    for (const m of o.mentions) {
      const [entity, sentence] = m.split("->") as [string, string];
      expected.set(entity, [...(expected.get(entity) ?? []), sentence]);
    }
    const docLine = (key: string) => {
      const cut = key.lastIndexOf("#");
      return [key.slice(0, cut), Number(key.slice(cut + 1))] as const;
    };
    const inOrder = (keys: string[]) =>
      [...keys].sort((a, b) => {
        const [da, la] = docLine(a);
        const [db, lb] = docLine(b);
        return da < db ? -1 : da > db ? 1 : la - lb;
      });
    for (const e of entities) expect(e.sentences, String(e.key)).toEqual(inOrder(expected.get(String(e.key)) ?? []));
  });

  it("refuses an unknown format with a usage error", async () => {
    expect(await runExport(["--format", "xlsx", ...connectionFlags()], io)).toBe(2);
    expect(lines.at(-1)).toMatch(/--format must be one of gexf, graphml, csv/);
  });

  // The import tool runs from the cached jars.
  describeOwnNeo4j("CSV for neo4j-admin", () => {
    it("imports with the real neo4j-admin to exactly the stored node and relationship totals", { timeout: 300_000 }, async () => {
      const out = join(dir, "csv");
      expect(await runExport(["--format", "csv", "--out", out, ...connectionFlags()], io)).toBe(0);
      expect((await readdir(out)).sort()).toEqual(
        ["documents", "entities", "facts", "in_document", "indicator_mentions", "indicators", "measures", "mentions", "sentences"].map((f) => `${f}.csv`),
      );
      const result = await runAdmin(importCommand(), { cwd: out });
      expect(result.code, result.output.slice(-2000)).toBe(0);
      expect(importedCounts(result.output)).toEqual(await graphCounts(driver));
    });
  });
});
