/**
 * The load and query commands as a user runs them: help, progress and summary, named queries with typed
 * parameters in three formats, and errors that say what to do.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { QUERIES } from "../../graph/cypher/queries/index.ts";
import { runLoad } from "../../ingest/cli/load.ts";
import { runQueryCli } from "../../ingest/cli/query.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { freePort } from "../../scripts/neo4j/server.ts";
import { connect, describeNeo4j, requireTarget, wipeDatabase } from "../support/neo4j.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err, text: () => [...out, ...err].join("\n") };
}

describeNeo4j("the load and query commands", () => {
  let driver: Driver;
  const flags = () => {
    const t = requireTarget();
    return ["--uri", t.uri, "--user", t.user, "--password", t.password, ...(t.database ? ["--database", t.database] : [])];
  };

  beforeAll(async () => {
    driver = connect();
    await wipeDatabase(driver);
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it("load --help documents every option and the connection variables", async () => {
    const run = capture();
    expect(await runLoad(["--help"], run.io)).toBe(0);
    for (const option of ["--remove", "--force", "--batch-size", "--quiet", "--uri", "--user", "--password", "--database", "NEO4J_URI", "NEO4J_PASSWORD"]) {
      expect(run.text()).toContain(option);
    }
  });

  it("load shows progress per document and a summary; a second run reports every document skipped", async () => {
    const first = capture();
    expect(await runLoad(flags(), first.io)).toBe(0);
    const documents = corpusFiles().length;
    expect(first.err.filter((l) => /^\[\s*\d+\/\d+\] .*: created \(\+\d+ nodes/.test(l))).toHaveLength(documents);
    expect(first.text()).toMatch(new RegExp(`created\\s+${documents}\\n`));
    expect(first.text()).toMatch(/Database now holds \d+ nodes and \d+ relationships\./);

    const second = capture();
    expect(await runLoad(flags(), second.io)).toBe(0);
    expect(second.text()).toMatch(new RegExp(`skipped\\s+${documents} \\(unchanged\\)`));
    expect(second.text()).toMatch(/created\s+0/);
  });

  it("load names an unreachable server and how to start one, and exits 1", async () => {
    const run = capture();
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    expect(await runLoad(["--uri", uri, "--password", "whatever1"], run.io)).toBe(1);
    expect(run.text()).toContain(`cannot reach Neo4j at ${uri}`);
    expect(run.text()).toContain("docker compose up -d");
    expect(run.text()).toContain("npm run neo4j:test-server");
  });

  it("query --list names every query of the library with its parameters", async () => {
    const run = capture();
    expect(await runQueryCli(["--list"], run.io)).toBe(0);
    for (const q of QUERIES) {
      expect(run.text()).toContain(q.name);
      for (const p of q.params) expect(run.text()).toContain(`--param ${p.name}=<${p.type}>`);
    }
  });

  it("query runs a named query with list parameters, as a table, JSON and CSV", async () => {
    const args = ["shared-industries", "--param", "regions=天元区,荷塘区,津市市,天心区", ...flags()];
    const json = capture();
    expect(await runQueryCli([...args, "--format", "json"], json.io)).toBe(0);
    const rows = JSON.parse(json.out.join("\n")) as Array<{ industry: string; regions: string[] }>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.regions.length).toBeGreaterThanOrEqual(2);

    const table = capture();
    expect(await runQueryCli(args, table.io)).toBe(0);
    expect(table.text()).toContain(rows[0]!.industry);
    expect(table.text()).toMatch(new RegExp(`\\(${rows.length} rows?\\)`));

    const csv = capture();
    expect(await runQueryCli([...args, "--format", "csv"], csv.io)).toBe(0);
    const lines = csv.out.join("\n").split("\n");
    expect(lines[0]).toBe("industry,regionCount,regions,evidence");
    expect(lines).toHaveLength(rows.length + 1);
  });

  it("query refuses an unknown query, an unknown parameter and a missing one with usage errors", async () => {
    const unknown = capture();
    expect(await runQueryCli(["no-such-query", ...flags()], unknown.io)).toBe(2);
    expect(unknown.text()).toContain('no query named "no-such-query"');

    const badParam = capture();
    expect(await runQueryCli(["shared-industries", "--param", "region=天元区", ...flags()], badParam.io)).toBe(2);
    expect(badParam.text()).toContain('has no parameter "region"');

    const missing = capture();
    expect(await runQueryCli(["relation-evidence", "--param", "from=田心高科园", ...flags()], missing.io)).toBe(2);
    expect(missing.text()).toContain("--param to=<string>");

    const notInt = capture();
    expect(await runQueryCli(["top-industries", "--param", "limit=many", ...flags()], notInt.io)).toBe(2);
    expect(notInt.text()).toContain('"limit" must be a whole number');
  });
});
