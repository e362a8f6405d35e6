/**
 * `npm run --silent extract -- [--format eval|json] FILE...` — extracts each file and prints JSON on stdout:
 * `eval` is what ../shared/eval/score.mjs reads ({ documents: [{ file, entities, relations }] }),
 * `json` the full DocumentExtraction of every file plus the cross-document merge decisions.
 */
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { ingestDocument } from "../pipeline.ts";
import { resolveCorpus } from "../resolve.ts";

const HELP = `usage: npm run --silent extract -- [--format eval|json] FILE...

  --format eval   JSON for the scorer: { documents: [ { file, entities: [{id,type,name,aliases}], relations: [{type,from,to}] } ] }
  --format json   full extractions (entities with mentions and evidence, relations with evidence) and merges
  --no-resolve    skip cross-document resolution
  -h, --help      this text

DEBUG_EXTRACT=1 prints every chosen mention as "surface → Type (rule)" on stderr.`;

export function toEvalJson(extractions: readonly DocumentExtraction[]): { documents: unknown[] } {
  return {
    documents: extractions.map((x) => ({
      file: basename(x.doc.id),
      entities: x.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases })),
      relations: x.relations.map((r) => ({ type: r.type, from: r.from, to: r.to })),
    })),
  };
}

export async function extractFiles(files: readonly string[], resolve = true): Promise<{ extractions: DocumentExtraction[]; merges: unknown[]; failures: string[] }> {
  const extractions: DocumentExtraction[] = [];
  const failures: string[] = [];
  for (const f of files) {
    try {
      // the pipeline's reader keeps its warnings and quotes traditional-character documents as written
      extractions.push(await ingestDocument(f));
    } catch (error) {
      failures.push(`${f}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!resolve) return { extractions, merges: [], failures };
  const resolved = resolveCorpus(extractions);
  return { extractions: resolved.extractions, merges: resolved.merges, failures };
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: "string", default: "eval" }, help: { type: "boolean", short: "h" }, "no-resolve": { type: "boolean" } } });
  } catch (error) {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.format !== "eval" && values.format !== "json") {
    console.error(`extract: --format must be eval or json, got "${values.format}"`);
    return 2;
  }
  if (positionals.length === 0) {
    console.error(`extract: no input files\n\n${HELP}`);
    return 2;
  }
  const { extractions, merges, failures } = await extractFiles(positionals, !values["no-resolve"]);
  for (const f of failures) console.error(`extract: ${f}`);
  const out = values.format === "eval" ? toEvalJson(extractions) : { documents: extractions, merges };
  process.stdout.write(JSON.stringify(out, null, values.format === "json" ? 1 : 0) + "\n");
  return failures.length > 0 && extractions.length === 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
