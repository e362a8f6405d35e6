/**
 * The Neo4j load benchmark: facts per second of the real loader (ingest/load: one transaction per
 * document, UNWIND batches) against the naive one-statement-per-fact load of the same rows, in the same
 * run on the same server, and their ratio — on the corpus graph and on a synthetic corpus's graph.
 * The database is emptied before each load. Without --uri / NEO4J_URI a throwaway local server is started.
 */
import type { Driver } from "neo4j-driver";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { COUNT_GRAPH } from "../../graph/cypher/load.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { connect, type ConnectionOptions } from "../../ingest/load/connection.ts";
import { ensureSchema } from "../../ingest/load/load-document.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { ingestFilesInParallel } from "../../ingest/parallel.ts";
import { startNeo4j } from "../../scripts/neo4j/server.ts";
import { fixed, seconds, table } from "../format.ts";
import { syntheticCorpus } from "../synthetic-corpus.ts";
import { factCount, loadNaive, naiveStatements } from "./naive.ts";

/** The target: batched at least this many times the naive rate. */
export const TARGET_RATIO = 20;

export interface LoadBenchOptions {
  /** Synthetic corpus whose graph is loaded too (MB); 0: the corpus only. */
  loadSize: number;
  /** The naive load runs at most this many statements; its rate stands for the whole set. */
  naiveLimit: number;
  uri?: string;
  database?: string;
  log: (line: string) => void;
}

export interface LoadSetResult {
  set: string;
  documents: number;
  facts: number;
  batchedMs: number;
  nodes: number;
  relationships: number;
  naiveStatements: number;
  naiveMs: number;
  /** Counts after a complete naive load (undefined when it was cut at the limit). */
  naiveNodes?: number;
  naiveRelationships?: number;
  /** Batched load time per statement kind (label of the loader's onBatch), ms. */
  byStatement: Record<string, number>;
}

export interface LoadBenchResult {
  server: string;
  sets: LoadSetResult[];
}

/** Unmeasured corpus loads before the measured ones (one left the first measured set well below steady state). */
const WARM_UP_ROUNDS = 3;

async function wipe(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // relationships first, in their own batches: a node with 100k relationships (a region of the 100 MB graph)
    // detached in one go exceeds the transaction memory pool
    await session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

async function counts(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(COUNT_GRAPH, {}, { database });
  const r = records[0];
  return { nodes: Number(r?.get("nodes") ?? 0), relationships: Number(r?.get("relationships") ?? 0) };
}

async function measure(driver: Driver, connection: ConnectionOptions, set: string, extractions: DocumentExtraction[], naiveLimit: number, log: (line: string) => void): Promise<LoadSetResult> {
  const { database } = connection;
  const facts = factCount(extractions);
  await wipe(driver, database);
  await ensureSchema(driver, database);
  log(`  ${set}: batched load of ${facts} facts …`);
  const byStatement: Record<string, number> = {};
  let last = performance.now();
  // onBatch runs after each statement: the time since the previous one is that statement's
  const onBatch = (_doc: string, label: string) => {
    const now = performance.now();
    byStatement[label] = (byStatement[label] ?? 0) + (now - last);
    last = now;
  };
  const t0 = performance.now();
  const summary = await loadExtractions(driver, extractions, { connection, onBatch, onDocument: () => (last = performance.now()) });
  const batchedMs = performance.now() - t0;
  if (summary.failed.length > 0) throw new Error(`bench: the batched load failed for ${summary.failed.map((f) => `${f.doc}: ${f.error.message}`).join("; ")}`);
  const batched = await counts(driver, database);

  await wipe(driver, database);
  const statements = naiveStatements(extractions);
  log(`  ${set}: naive load, ${Math.min(naiveLimit, statements.length)} of ${statements.length} statements …`);
  const naive = await loadNaive(driver, statements, naiveLimit, database);
  const complete = naive.statements === statements.length ? await counts(driver, database) : undefined;
  await wipe(driver, database);
  return {
    set, documents: extractions.length, facts, batchedMs, byStatement, ...batched, naiveStatements: naive.statements, naiveMs: naive.ms,
    ...(complete ? { naiveNodes: complete.nodes, naiveRelationships: complete.relationships } : {}),
  };
}

export async function runLoadBench(options: LoadBenchOptions): Promise<LoadBenchResult> {
  const { log } = options;
  const datasets: Array<{ set: string; files: string[] }> = [{ set: "corpus", files: corpusFiles() }];
  if (options.loadSize > 0) datasets.push({ set: `synthetic ${options.loadSize} MB`, files: syntheticCorpus(options.loadSize).files });
  const graphs: Array<{ set: string; extractions: DocumentExtraction[] }> = [];
  for (const d of datasets) {
    log(`  ingesting ${d.set} (${d.files.length} documents, worker threads) …`);
    const r = await ingestFilesInParallel(d.files);
    graphs.push({ set: d.set, extractions: r.extractions });
  }

  const uri = options.uri ?? process.env.NEO4J_URI;
  const server = uri ? undefined : await startNeo4j({ heap: process.env.PLANGRAPH_NEO4J_HEAP ?? "1g", pageCache: "256m", log: (l) => log(`  ${l}`) });
  const connection: ConnectionOptions = server
    ? { uri: server.uri, user: server.user, password: server.password }
    : { uri: uri ?? "", user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: options.database ?? process.env.NEO4J_DATABASE };
  if (!server) log(`  using ${connection.uri}${connection.database ? ` database ${connection.database}` : ""}: its data is DELETED`);
  const driver = await connect(connection);
  try {
    // a fresh server plans each statement on first use and its JIT is cold: unmeasured corpus loads first, both
    // ways, until the server is in the steady state a long-running load sees
    const warm = graphs[0];
    if (warm) {
      log(`  warm-up: ${WARM_UP_ROUNDS} unmeasured loads of the corpus (batched and naive) …`);
      for (let round = 0; round < WARM_UP_ROUNDS; round++) {
        await wipe(driver, connection.database);
        await loadExtractions(driver, warm.extractions, { connection });
        await wipe(driver, connection.database);
        await loadNaive(driver, naiveStatements(warm.extractions), 300, connection.database);
      }
    }
    const sets: LoadSetResult[] = [];
    for (const g of graphs) sets.push(await measure(driver, connection, g.set, g.extractions, options.naiveLimit, log));
    return { server: server ? `throwaway Neo4j ${server.version} (local, heap 1g, page cache 256m)` : connection.uri, sets };
  } finally {
    await driver.close();
    await server?.stop();
  }
}

export function reportLoad(result: LoadBenchResult): string {
  const rows = result.sets.map((s) => {
    const batchedRate = s.facts / (s.batchedMs / 1000);
    const naiveRate = s.naiveStatements / (s.naiveMs / 1000);
    const same = s.naiveNodes === undefined ? `cut at ${s.naiveStatements}` : s.naiveNodes === s.nodes && s.naiveRelationships === s.relationships ? "yes" : `NO (${s.naiveNodes}/${s.naiveRelationships})`;
    return [
      s.set, String(s.documents), String(s.facts), `${s.nodes}/${s.relationships}`, seconds(s.batchedMs), fixed(batchedRate, 0),
      String(s.naiveStatements), seconds(s.naiveMs), fixed(naiveRate, 0), `${fixed(batchedRate / naiveRate, 1)}×`, same,
    ];
  });
  return [
    `Neo4j load (${result.server}); target: batched ≥ ${TARGET_RATIO}× naive`,
    table(["set", "docs", "facts", "nodes/rels", "batched", "facts/s", "naive stmts", "naive", "facts/s", "ratio", "naive graph equal"], rows),
    "(batched: ingest/load, one transaction per document, UNWIND batches of 500; naive: the same statements with one row each, auto-commit)",
    ...result.sets.map((s) => {
      const parts = Object.entries(s.byStatement).sort((a, b) => b[1] - a[1]);
      return `batched time by statement, ${s.set}: ${parts.map(([k, ms]) => `${k} ${fixed((100 * ms) / s.batchedMs, 0)}%`).join(", ")}`;
    }),
  ].join("\n");
}
