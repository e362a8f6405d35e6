/**
 * `npm run eval [-- --gold DIR] [--verbose]` — extracts every corpus document that has a gold file and prints
 * the scorer's table. Gold and scorer default to ../shared/eval next to the repository root.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CORPUS_DIR, REPO_ROOT } from "../ingest/corpus.ts";
import { extractFiles, toEvalJson } from "../ingest/cli/extract.ts";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { gold: { type: "string" }, scorer: { type: "string" }, verbose: { type: "boolean" }, json: { type: "boolean" }, corpus: { type: "string" } },
});
const evalDir = resolve(REPO_ROOT, "..", "shared", "eval");
const goldDir = resolve(values.gold ?? join(evalDir, "gold"));
const scorer = resolve(values.scorer ?? (existsSync(join(evalDir, "score.mjs")) ? join(evalDir, "score.mjs") : join(REPO_ROOT, "tests", "fixtures", "eval", "score.mjs")));
const corpus = resolve(values.corpus ?? CORPUS_DIR);
if (!existsSync(goldDir)) {
  console.error(`eval: gold directory ${goldDir} not found (use --gold DIR)`);
  process.exit(2);
}
const goldDocs = readdirSync(goldDir).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/u, ""));
const files = goldDocs.map((d) => join(corpus, d)).filter((f) => existsSync(f));
const started = performance.now();
const { extractions, failures } = await extractFiles(files);
const ms = performance.now() - started;
for (const f of failures) console.error(`eval: ${f}`);
const pred = join(mkdtempSync(join(tmpdir(), "plangraph-eval-")), "extracted.json");
writeFileSync(pred, JSON.stringify(toEvalJson(extractions)));
// the scorer runs its CLI only when argv[1] is its own real path: a shared/ reached through a symlink would
// otherwise print nothing
const args = [realpathSync(scorer), "--gold", goldDir, "--pred", pred, ...(values.verbose ? ["--verbose"] : []), ...(values.json ? ["--json"] : [])];
const run = spawnSync(process.execPath, args, { encoding: "utf8" });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
if (!values.json) console.log(`extracted ${extractions.length} documents in ${ms.toFixed(0)} ms (predictions: ${pred})`);
process.exit(run.status ?? 1);
