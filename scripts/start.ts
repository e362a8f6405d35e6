/**
 * `npm start`: ingest the bundled corpus, write the snapshot the viewer reads, and serve the viewer on
 * 127.0.0.1. No database needed.
 */
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { corpusFiles, DEFAULT_SNAPSHOT, REPO_ROOT } from "../ingest/corpus.ts";
import { prepareViewerData } from "../viewer/tools/prepare.ts";
import { serveDev } from "../viewer/tools/serve.ts";

const HELP = `Usage: npm start -- [options]

Ingests the documents in corpus/, writes ${relative(REPO_ROOT, DEFAULT_SNAPSHOT)} and serves the viewer.

Options:
  --port <n>     port for the viewer on 127.0.0.1 (default 5173)
  --no-ingest    serve the existing snapshot without re-reading the corpus
  -h, --help     show this help`;

async function ingest(): Promise<void> {
  const files = corpusFiles();
  const { graph, failures, ms } = await prepareViewerData(files, DEFAULT_SNAPSHOT);
  for (const { path, error } of failures) console.error(`  skipped ${relative(REPO_ROOT, path)}: ${error.message}`);
  console.log(`ingested ${files.length - failures.length}/${files.length} documents → ${graph.order} entities, ${graph.size} relations (${ms} ms)`);
  console.log(`snapshot: ${relative(REPO_ROOT, DEFAULT_SNAPSHOT)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "5173" }, "no-ingest": { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
    allowNegative: false,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`start: --port expects a number from 1 to 65535, got "${values.port}"`);

  if (values["no-ingest"]) {
    if (!existsSync(DEFAULT_SNAPSHOT)) throw new Error(`start: --no-ingest, but ${relative(REPO_ROOT, DEFAULT_SNAPSHOT)} does not exist yet; run without it once`);
  } else {
    await ingest();
  }
  const viewer = await serveDev(port);
  console.log(`\n  plangraph viewer: ${viewer.url}\n\n  (Ctrl+C to stop)`);
  const stop = (): void => void viewer.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
