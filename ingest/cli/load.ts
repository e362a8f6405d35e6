/**
 * `npm run load -- [PATH...]`: ingests plans and loads their facts into Neo4j, one transaction per
 * document; unchanged documents are skipped, changed ones replace their own facts, `--remove` takes
 * documents out. Ends with a summary of what was created, updated, skipped and removed.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { Driver } from "neo4j-driver";
import { COUNT_GRAPH } from "../../graph/cypher/load.ts";
import { CORPUS_DIR } from "../corpus.ts";
import { CONNECTION_HELP, connect, connectionOptions, explainNeo4jError } from "../load/connection.ts";
import { loadExtractions, removeDocuments, type LoadSummary } from "../load/load-corpus.ts";
import { ingestFiles } from "../pipeline.ts";
import { expandInputs } from "./expand-inputs.ts";
import { type CliIo, STD_IO, CONNECTION_FLAGS } from "./io.ts";

export const USAGE = `Usage: npm run load -- [options] [PATH...]

Reads plans like \`npm run ingest\` (files, directories, globs; default: the bundled corpus/) and loads
their entities, relations, indicators and evidence sentences into Neo4j. Each document is one
transaction: it is loaded whole or not at all. A document whose content hash is unchanged is skipped;
a changed one replaces exactly its own facts (facts another document supports stay).

Options:
      --remove ID       take the document with this id (its file name) out of the database; repeatable;
                        with --remove nothing is ingested
      --force           reload documents even when their hash is unchanged
      --batch-size N    rows per UNWIND statement (default 500)
  -q, --quiet           no per-document progress on stderr
  -h, --help            show this help

${CONNECTION_HELP}

Exit status: 0 when everything loaded, 1 when any input or document failed or Neo4j is unreachable,
2 for a usage error.`;

export const OPTIONS = {
  remove: { type: "string", multiple: true },
  force: { type: "boolean" },
  "batch-size": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  ...CONNECTION_FLAGS,
} as const;


function printSummary(io: CliIo, summary: LoadSummary, seconds: string): void {
  const c = summary.counters;
  io.out(`Loaded in ${seconds} s`);
  io.out(`  created   ${summary.created.length}`);
  io.out(`  updated   ${summary.updated.length}`);
  io.out(`  skipped   ${summary.skipped.length} (unchanged)`);
  if (summary.removed.length) io.out(`  removed   ${summary.removed.length}`);
  io.out(`  failed    ${summary.failed.length}`);
  for (const f of summary.failed) io.out(`    ${f.error.message}`);
  io.out(`  nodes         +${c.nodesCreated} −${c.nodesDeleted}`);
  io.out(`  relationships +${c.relationshipsCreated} −${c.relationshipsDeleted}`);
  if (summary.warnings.length) io.out(`  warnings  ${summary.warnings.length}${summary.warnings.slice(0, 5).map((w) => `\n    ${w}`).join("")}`);
}

async function totals(driver: Driver, database?: string): Promise<string> {
  const { records } = await driver.executeQuery(COUNT_GRAPH, {}, { database });
  const r = records[0];
  return r ? `Database now holds ${r.get("nodes")} nodes and ${r.get("relationships")} relationships.` : "";
}

export async function runLoad(argv: readonly string[], io: CliIo = STD_IO): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    io.err(`load: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const batchSize = values["batch-size"] === undefined ? 500 : Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    io.err(`load: --batch-size expects a positive whole number, got "${values["batch-size"]}"`);
    return 2;
  }
  if (values.remove?.length && positionals.length) {
    io.err("load: --remove takes documents out; do not name PATHs to load in the same run");
    return 2;
  }
  const connection = connectionOptions(values);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

  let driver: Driver;
  try {
    driver = await connect(connection);
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
  try {
    if (values.remove?.length) {
      const summary = await removeDocuments(driver, values.remove, connection);
      printSummary(io, summary, seconds());
      io.out(await totals(driver, connection.database));
      return 0;
    }
    const { files, problems } = await expandInputs(positionals.length ? positionals : [CORPUS_DIR]);
    for (const p of problems) io.err(`load: ${p.input} ${p.reason}`);
    if (!values.quiet) io.err(`Reading ${files.length} document(s)…`);
    const { extractions, failures } = await ingestFiles(files);
    for (const f of failures) io.err(`load: ${f.error.message}`);
    const width = String(extractions.length).length;
    const summary = await loadExtractions(driver, extractions, {
      connection,
      batchSize,
      force: values.force,
      onDocument: (result, index, total) => {
        if (values.quiet) return;
        const c = result.counters;
        const removed = c.nodesDeleted ? `, −${c.nodesDeleted} nodes` : "";
        const detail = result.outcome === "skipped" ? "unchanged" : `+${c.nodesCreated} nodes, +${c.relationshipsCreated} relationships${removed}`;
        io.err(`[${String(index + 1).padStart(width)}/${total}] ${result.doc}: ${result.outcome} (${detail})`);
      },
    });
    printSummary(io, summary, seconds());
    io.out(await totals(driver, connection.database));
    return summary.failed.length || failures.length || problems.length ? 1 : 0;
  } catch (error) {
    io.err((explainNeo4jError(error, connection) as Error).message);
    return 1;
  } finally {
    await driver.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runLoad(process.argv.slice(2));
}
