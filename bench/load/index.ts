/**
 * The Neo4j load benchmark: facts per second of the real loader (ingest/load: one transaction per
 * document, its statements pipelined, UNWIND batches) against the naive one-statement-per-fact load of the
 * same rows, in the same run on the same server, and their ratio — on the corpus graph (several rounds,
 * the median kept) and on a synthetic corpus's graph. The database is emptied before each load.
 * Without --uri / NEO4J_URI a throwaway local server is started.
 */
import type { Driver } from "neo4j-driver";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { COUNT_GRAPH } from "../../graph/cypher/load.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { connect, type ConnectionOptions } from "../../ingest/load/connection.ts";
import { ensureSchema } from "../../ingest/load/load-document.ts";
import { loadExtractions, removeDocuments } from "../../ingest/load/load-corpus.ts";
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

/** One measured pass over a set: the batched load, then the naive one, each into an emptied database. */
export interface LoadRound {
  /** Median of `batchedRuns`. */
  batchedMs: number;
  /** Each batched load of the round, ms (the corpus is loaded several times per round: one load is ~1 s). */
  batchedRuns: number[];
  /** CPU of this (client) process during the batched load: building rows, encoding and decoding Bolt. */
  clientCpuMs: number;
  naiveStatements: number;
  naiveMs: number;
}

export interface LoadSetResult {
  set: string;
  documents: number;
  facts: number;
  /** Of the round with the median ratio (batched and naive figures stay a pair). */
  batchedMs: number;
  nodes: number;
  relationships: number;
  naiveStatements: number;
  naiveMs: number;
  /** Every round, in order. */
  rounds: LoadRound[];
  /** Counts after a complete naive load (undefined when it was cut at the limit). */
  naiveNodes?: number;
  naiveRelationships?: number;
  /**
   * The naive load of the set's last documents into the store the batched load left (minus those
   * documents): the same situation the batched load was in when it wrote them. Synthetic sets only.
   */
  naiveTail?: { documents: number; statements: number; ms: number };
  /**
   * Batched load, last round, ms: the server's time for each statement kind (the label the loader gives
   * onBatch) and `commit`, from a document's last answer to its commit returning.
   */
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

/**
 * Measured rounds per set. The corpus's batched load takes about a second, so one round is at the mercy of
 * whatever else the machine runs; the 10 MB one takes ~15 s; a 100 MB round takes minutes and runs once.
 */
const roundsFor = (set: "corpus" | number): number => (set === "corpus" ? 5 : set <= 20 ? 3 : 1);
/** Batched loads per round: three of the corpus (the median kept), one of a synthetic set. */
const repeatsFor = (set: "corpus" | number): number => (set === "corpus" ? 3 : 1);

/** Batched rate over naive rate of one round. */
export const roundRatio = (facts: number, r: LoadRound): number => facts / r.batchedMs / (r.naiveStatements / r.naiveMs);

interface MeasureOptions {
  naiveLimit: number;
  rounds: number;
  /** Batched loads per round, the median kept. */
  repeats: number;
  /** Also measure the naive load of the last documents into the loaded store. */
  tail: boolean;
  log: (line: string) => void;
}

/** The set's last documents whose naive statements reach `limit` (at least one document). */
function tailDocuments(extractions: readonly DocumentExtraction[], limit: number): DocumentExtraction[] {
  let statements = 0;
  let first = extractions.length;
  while (first > 0 && (statements < limit || first === extractions.length)) statements += naiveStatements([extractions[--first]!]).length;
  return extractions.slice(first);
}

async function measure(driver: Driver, connection: ConnectionOptions, set: string, extractions: DocumentExtraction[], options: MeasureOptions): Promise<LoadSetResult> {
  const { database } = connection;
  const { log } = options;
  const facts = factCount(extractions);
  // only the statements the naive load runs: all of a 100 MB set's would stay in memory through its batched load
  const statements = naiveStatements(extractions, options.naiveLimit);
  const rounds: LoadRound[] = [];
  let byStatement: Record<string, number> = {};
  let batched = { nodes: 0, relationships: 0 };
  let complete: { nodes: number; relationships: number } | undefined;
  let naiveTail: LoadSetResult["naiveTail"];
  for (let round = 0; round < options.rounds; round++) {
    const of = options.rounds > 1 ? ` (round ${round + 1} of ${options.rounds})` : "";
    const batchedRuns: number[] = [];
    let clientCpuMs = 0;
    for (let repeat = 0; repeat < options.repeats; repeat++) {
      await wipe(driver, database);
      await ensureSchema(driver, database);
      log(`  ${set}: batched load of ${facts} facts${of}${options.repeats > 1 ? `, load ${repeat + 1} of ${options.repeats}` : ""} …`);
      byStatement = {};
      // statements: the server's own time for each; commit: from the last statement's answer to the commit's
      let lastAnswer = 0;
      const onBatch = (_doc: string, label: string, _rows: number, serverMs: number) => {
        byStatement[label] = (byStatement[label] ?? 0) + serverMs;
        lastAnswer = performance.now();
      };
      const onDocument = () => {
        byStatement.commit = (byStatement.commit ?? 0) + (performance.now() - lastAnswer);
      };
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const summary = await loadExtractions(driver, extractions, { connection, onBatch, onDocument });
      batchedRuns.push(performance.now() - t0);
      const cpu = process.cpuUsage(cpu0);
      clientCpuMs = (cpu.user + cpu.system) / 1000;
      if (summary.failed.length > 0) throw new Error(`bench: the batched load failed for ${summary.failed.map((f) => `${f.doc}: ${f.error.message}`).join("; ")}`);
    }
    batched = await counts(driver, database);

    if (options.tail && round === options.rounds - 1) {
      const tail = tailDocuments(extractions, options.naiveLimit);
      log(`  ${set}: naive load of the last ${tail.length} documents into the loaded store …`);
      await removeDocuments(driver, tail.map((e) => e.doc.id), connection);
      const r = await loadNaive(driver, naiveStatements(tail), options.naiveLimit, database);
      naiveTail = { documents: tail.length, statements: r.statements, ms: r.ms };
    }

    await wipe(driver, database);
    log(`  ${set}: naive load, ${Math.min(options.naiveLimit, statements.length)} of ${facts} statements${of} …`);
    const naive = await loadNaive(driver, statements, options.naiveLimit, database);
    if (naive.statements === facts) complete = await counts(driver, database);
    const sorted = [...batchedRuns].sort((a, b) => a - b);
    const batchedMs = sorted.length % 2 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    rounds.push({ batchedMs, batchedRuns, clientCpuMs, naiveStatements: naive.statements, naiveMs: naive.ms });
  }
  await wipe(driver, database);
  // the set's figures are those of its median round by ratio, so batched and naive stay a pair
  const byRatio = [...rounds].sort((a, b) => roundRatio(facts, a) - roundRatio(facts, b));
  const mid = byRatio[(byRatio.length - 1) >> 1]!;
  return {
    set, documents: extractions.length, facts, batchedMs: mid.batchedMs, byStatement, ...batched, naiveStatements: mid.naiveStatements, naiveMs: mid.naiveMs, rounds,
    ...(complete ? { naiveNodes: complete.nodes, naiveRelationships: complete.relationships } : {}),
    ...(naiveTail ? { naiveTail } : {}),
  };
}

export async function runLoadBench(options: LoadBenchOptions): Promise<LoadBenchResult> {
  const { log } = options;
  const datasets: Array<{ set: string; size: "corpus" | number; files: string[] }> = [{ set: "corpus", size: "corpus", files: corpusFiles() }];
  if (options.loadSize > 0) datasets.push({ set: `synthetic ${options.loadSize} MB`, size: options.loadSize, files: syntheticCorpus(options.loadSize).files });
  const graphs: Array<{ set: string; size: "corpus" | number; extractions: DocumentExtraction[] }> = [];
  for (const d of datasets) {
    log(`  ingesting ${d.set} (${d.files.length} documents, worker threads) …`);
    const r = await ingestFilesInParallel(d.files);
    graphs.push({ set: d.set, size: d.size, extractions: r.extractions });
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
        await loadNaive(driver, naiveStatements(warm.extractions, 300), 300, connection.database);
      }
    }
    const sets: LoadSetResult[] = [];
    for (const g of graphs) {
      sets.push(await measure(driver, connection, g.set, g.extractions, { naiveLimit: options.naiveLimit, rounds: roundsFor(g.size), repeats: repeatsFor(g.size), tail: g.size !== "corpus", log }));
    }
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
    const ratios = s.rounds.map((r) => roundRatio(s.facts, r));
    const spread = ratios.length > 1 ? `${fixed(Math.min(...ratios), 1)}–${fixed(Math.max(...ratios), 1)}×` : "";
    const same = s.naiveNodes === undefined ? `cut at ${s.naiveStatements}` : s.naiveNodes === s.nodes && s.naiveRelationships === s.relationships ? "yes" : `NO (${s.naiveNodes}/${s.naiveRelationships})`;
    return [
      s.set, String(s.documents), String(s.facts), `${s.nodes}/${s.relationships}`, seconds(s.batchedMs), fixed(batchedRate, 0),
      String(s.naiveStatements), seconds(s.naiveMs), fixed(naiveRate, 0), `${fixed(batchedRate / naiveRate, 1)}×`, String(s.rounds.length), spread, same,
    ];
  });
  const tails = result.sets.flatMap((s) => {
    if (!s.naiveTail) return [];
    const rate = s.naiveTail.statements / (s.naiveTail.ms / 1000);
    return [`naive load of the last ${s.naiveTail.documents} documents of ${s.set} into the loaded store: ${s.naiveTail.statements} statements, ${fixed(rate, 0)} facts/s — batched ${fixed(s.facts / (s.batchedMs / 1000) / rate, 1)}× that`];
  });
  return [
    `Neo4j load (${result.server}); target: batched ≥ ${TARGET_RATIO}× naive`,
    table(["set", "docs", "facts", "nodes/rels", "batched", "facts/s", "naive stmts", "naive", "facts/s", "ratio", "rounds", "ratio range", "naive graph equal"], rows),
    "(batched: ingest/load, one transaction per document, its statements pipelined, UNWIND batches of 500; naive: the same statements with one row each,",
    " auto-commit, into an emptied database; with several rounds the row is the round with the median ratio)",
    ...tails,
    ...result.sets.map((s) => {
      const client = s.rounds.at(-1);
      const parts = Object.entries(s.byStatement).sort((a, b) => b[1] - a[1]);
      const server = parts.reduce((sum, [, ms]) => sum + ms, 0);
      return [
        `batched load, ${s.set} (last round): statements and commits ${seconds(server)} of ${seconds(client?.batchedMs ?? 0)} wall, client CPU ${seconds(client?.clientCpuMs ?? 0)};`,
        `  by statement (server time) and commit: ${parts.map(([k, ms]) => `${k} ${fixed((100 * ms) / server, 0)}%`).join(", ")}`,
      ].join("\n");
    }),
  ].join("\n");
}
