/**
 * `npm run ingest -- PATH...`: reads plans (text, HTML, DOCX, PDF), extracts the graph and writes the
 * snapshot. A bad input is reported and skipped, never fatal to the others; the snapshot is replaced
 * atomically and only by a run in which every input was read (or with --partial).
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { CORPUS_DIR, DEFAULT_SNAPSHOT } from "../corpus.ts";
import { type IngestOutcome, ingestFiles, writeSnapshot } from "../pipeline.ts";
import { DEFAULT_MAX_BYTES } from "../read/read-document.ts";
import { displayPath, DOCUMENT_EXTENSIONS, expandInputs } from "./expand-inputs.ts";
import { type CliIo, STD_IO } from "./io.ts";

export const USAGE = `Usage: npm run ingest -- [options] [PATH...]

Reads five-year plans and writes the knowledge-graph snapshot the viewer and the loader use.

PATH is a file, a directory (searched recursively for ${DOCUMENT_EXTENSIONS.join(" ")} files) or a glob
in quotes ("plans/**/*.pdf"). Without PATH the bundled corpus (corpus/) is read.
Formats and text encodings are detected from the bytes, not the file name: plain text in UTF-8 (with or
without BOM), GBK/GB18030 or UTF-16; HTML pages (main content only, tables as rows); DOCX; PDF (text
layer, with Chinese CMaps). Traditional characters are converted to simplified for matching; evidence
keeps the original.

Options:
  -o, --out FILE      where to write the snapshot (default: ${displayPath(DEFAULT_SNAPSHOT)})
      --max-size MB   refuse inputs larger than MB megabytes (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})
      --partial       write the snapshot from the inputs that were read even if others failed
                      (without it, a run with a failed input leaves the existing snapshot untouched)
      --dry-run       read and extract, print the summary, write nothing
  -q, --quiet         no per-file progress on stderr (the summary is still printed)
  -h, --help          show this help

Exit status: 0 when every input was read, 1 when any input failed (or the snapshot could not be
written), 2 for a usage error.`;


export async function runIngest(argv: readonly string[], io: CliIo = STD_IO): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.err(`ingest: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const maxMb = values["max-size"] === undefined ? DEFAULT_MAX_BYTES / 1024 / 1024 : Number(values["max-size"]);
  if (!Number.isFinite(maxMb) || maxMb <= 0) {
    io.err(`ingest: --max-size expects a positive number of megabytes, got "${values["max-size"]}"`);
    return 2;
  }
  const out = values.out ?? DEFAULT_SNAPSHOT;
  const started = Date.now();

  const { files, problems } = await expandInputs(positionals.length > 0 ? positionals : [CORPUS_DIR]);
  for (const p of problems) io.err(`ingest: ${p.input} ${p.reason}`);
  const width = String(files.length).length;
  const progress = (done: number, total: number, path: string, outcome: IngestOutcome): void => {
    if (values.quiet) return;
    const counter = `[${String(done).padStart(width)}/${total}]`;
    if (outcome.error) return io.err(`${counter} FAILED ${outcome.error.message}`);
    const { doc, entities, relations, warnings } = outcome.extraction;
    const extra = warnings.length > 0 ? `, ${warnings.length} warnings` : "";
    io.err(`${counter} ${path} (${doc.source}): ${entities.length} entities, ${relations.length} relations${extra}`);
  };
  const { extractions, graph, failures } = await ingestFiles(files, progress, { maxBytes: maxMb * 1024 * 1024 });

  const warnings = extractions.reduce((n, e) => n + e.warnings.length, 0);
  const failed = failures.length + problems.length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(`Ingested ${extractions.length} of ${files.length} files in ${seconds} s`);
  io.out(`  documents  ${extractions.length}`);
  io.out(`  entities   ${graph.order}`);
  io.out(`  relations  ${graph.size}`);
  io.out(`  warnings   ${warnings}`);
  io.out(`  failures   ${failed}`);
  for (const p of problems) io.out(`    ${p.input}: ${p.reason}`);
  for (const f of failures) io.out(`    ${f.error.message}`);

  const target = displayPath(out);
  if (values["dry-run"]) io.out(`Dry run: ${target} not written.`);
  else if (extractions.length === 0) io.out(`No document was read: ${target} left unchanged.`);
  else if (failed > 0 && !values.partial) {
    io.out(`${target} left unchanged because ${failed} input(s) failed; fix them, or pass --partial to write the ${extractions.length} that were read.`);
  } else {
    try {
      await writeSnapshot(graph, out);
      io.out(`Snapshot written: ${target} (${graph.order} nodes, ${graph.size} edges)`);
    } catch (error) {
      io.err(`ingest: could not write ${target}: ${(error as Error).message}`);
      return 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

/** Every option the command takes; `--help` documents each one (a test holds it to that). */
export const OPTIONS = {
  out: { type: "string", short: "o" },
  "max-size": { type: "string" },
  partial: { type: "boolean" },
  "dry-run": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runIngest(process.argv.slice(2));
}
