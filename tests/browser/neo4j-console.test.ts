import neo4j, { type Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { MissingPrerequisiteError } from "../../scripts/neo4j/install.ts";
import { startNeo4j, type Neo4jTestServer } from "../../scripts/neo4j/server.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { saveScreenshot } from "../support/screenshots.ts";
import { visibleNodes } from "../support/viewer-actions.ts";
import { corpusFixtureSnapshot, CORPUS_FACTS, DOCS, fixtureExtractions } from "./fixtures/corpus-graph.ts";

interface Target {
  uri: string;
  user: string;
  password: string;
}

/** NEO4J_URI when set, else a throwaway server; null (with one loud line) when Java is missing outside CI. */
async function neo4jTarget(): Promise<{ target: Target; server?: Neo4jTestServer } | null> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (NEO4J_URI) return { target: { uri: NEO4J_URI, user: NEO4J_USER ?? "neo4j", password: NEO4J_PASSWORD ?? "" } };
  try {
    const server = await startNeo4j();
    return { target: { uri: server.uri, user: server.user, password: server.password }, server };
  } catch (error) {
    if (error instanceof MissingPrerequisiteError && process.env.CI !== "true") {
      console.warn(`\n!!!!! NEO4J CONSOLE BROWSER TESTS SKIPPED: ${error.message} !!!!!\n`);
      return null;
    }
    throw error;
  }
}

const available = inject("browserAvailable") ? await neo4jTarget() : null;

describe.runIf(available)("live Neo4j console: read-only Cypher drawn into the graph", () => {
  const { target, server } = available ?? { target: { uri: "", user: "", password: "" } };
  let driver: Driver;
  let browser: Browser;
  let page: Page;
  const regions = Object.values(DOCS).map((d) => d.region);

  const run = async (cypher: string, params = "{}") => {
    await page.locator('#console textarea[name="cypher"]').fill(cypher);
    await page.locator('#console textarea[name="params"]').fill(params);
    await page.locator("#console .run-query").click();
    await expect.poll(() => page.locator("#console .console-message").getAttribute("data-kind"), { timeout: 15_000 }).toMatch(/ok|error|refused/);
  };

  beforeAll(async () => {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    const summary = await loadExtractions(driver, fixtureExtractions(CORPUS_FACTS), { connection: { ...target }, force: true });
    expect(summary.failed).toEqual([]);
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot: corpusFixtureSnapshot() });
    await page.locator('#modes [data-mode="query"]').click();
    await page.locator('#console input[name="uri"]').fill(target.uri);
    await page.locator('#console input[name="user"]').fill(target.user);
    await page.locator('#console input[name="password"]').fill(target.password);
    await page.locator("#console .connect").click();
    const connected = page.locator('#console .console-status[data-connected="true"]');
    await connected.waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      throw new Error(`console did not connect: ${await page.locator("#console .console-status").textContent()}`, { cause: error });
    });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await driver?.close();
    await server?.stop();
  });

  it("keeps the typed credentials out of the URL and the page's storage", async () => {
    expect(page.url()).not.toContain(target.password);
    expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).not.toContain(target.password);
  });

  it("runs a library query with one click and shows its rows as a table and its entities in the graph", async () => {
    await page.locator('#console select[name="named-query"]').selectOption("shared-industries");
    expect(await page.locator('#console textarea[name="cypher"]').inputValue()).toContain("MATCH");
    await page.locator('#console textarea[name="params"]').fill(JSON.stringify({ regions, minRegions: 2, evidence: 1 }));
    await page.locator("#console .run-query").click();
    await expect.poll(() => page.locator("#console .console-message").getAttribute("data-kind"), { timeout: 15_000 }).toBe("ok");
    const industries = await page.locator("#console .result-table tbody tr td:first-child").allTextContents();
    expect(industries.length).toBeGreaterThan(0);
    expect(await page.locator("#console .result-table thead th").first().textContent()).toBe("industry");
    const shown = await visibleNodes(page);
    for (const name of industries) expect(shown).toContain(entityKey("Industry", name));
    expect(await page.evaluate(() => window.__plangraph!.state().mode)).toBe("query");
    await saveScreenshot(page, "neo4j-console");
  });

  it("draws nodes returned by free Cypher, with parameters", async () => {
    await run("MATCH (r:Region) WHERE r.name IN $names RETURN r", JSON.stringify({ names: ["天心区", "荷塘区"] }));
    expect(await page.locator("#console .console-message").getAttribute("data-kind")).toBe("ok");
    expect(await visibleNodes(page)).toEqual([entityKey("Region", "天心区"), entityKey("Region", "荷塘区")].sort());
    expect(await page.locator("#console .result-table tbody tr").count()).toBe(2);
  });

  it("refuses a write with a clear message and leaves the database unchanged", async () => {
    const count = async () => (await driver.executeQuery("MATCH (n) RETURN count(n) AS n")).records[0]!.get("n").toNumber() as number;
    const before = await count();
    await run("CREATE (x:Region {name: 'should-not-exist'}) RETURN x");
    expect(await page.locator("#console .console-message").getAttribute("data-kind")).toBe("refused");
    expect(await page.locator("#console .console-message").textContent()).toContain("只读");
    expect(await count()).toBe(before);
  });

  it("reports a Cypher error without breaking the console", async () => {
    await run("MATCH (n RETURN n");
    expect(await page.locator("#console .console-message").getAttribute("data-kind")).toBe("error");
    await run("RETURN 1 AS one");
    expect(await page.locator("#console .result-table tbody td").textContent()).toBe("1");
  });
});
