/**
 * `npm run export -- --format gexf|graphml|csv [--out PATH]`: writes the graph stored in Neo4j as GEXF
 * (Gephi), GraphML, or CSV files that `neo4j-admin database import full` loads into an empty database.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../corpus.ts";
import { CONNECTION_HELP, connect, connectionOptions, explainNeo4jError } from "../load/connection.ts";
import { importCommand, shellLine, toImportCsv } from "../load/export/csv.ts";
import { dumpStore, entityGraph } from "../load/export/dump.ts";
import { toGexf } from "../load/export/gexf.ts";
import { toGraphml } from "../load/export/graphml.ts";
import { type CliIo, STD_IO, CONNECTION_FLAGS } from "./io.ts";

export const EXPORT_FORMATS = ["gexf", "graphml", "csv"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const DEFAULT_OUT: Record<ExportFormat, string> = {
  gexf: join(REPO_ROOT, "out", "plangraph.gexf"),
  graphml: join(REPO_ROOT, "out", "plangraph.graphml"),
  csv: join(REPO_ROOT, "out", "neo4j-import"),
};

export const USAGE = `Usage: npm run export -- --format gexf|graphml|csv [--out PATH]

Writes the graph stored in Neo4j (load it first with \`npm run load\`):
  gexf     entities and facts for Gephi (labels are the Chinese names)      default out/plangraph.gexf
  graphml  the same for yEd, Cytoscape or NetworkX                          default out/plangraph.graphml
  csv      a folder of CSV files for \`neo4j-admin database import full\`,  default out/neo4j-import/
           provenance included (documents, sentences, mentions, indicators)

Options:
  -f, --format FORMAT   gexf, graphml or csv (required)
  -o, --out PATH        file (gexf, graphml) or folder (csv) to write
  -h, --help            show this help

${CONNECTION_HELP}`;

export const OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
  ...CONNECTION_FLAGS,
} as const;


/** Writes next to the target and renames, so an interrupted export never leaves a half-written file. */
async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, content);
  await rename(`${path}.tmp`, path);
}

export async function runExport(argv: readonly string[], io: CliIo = STD_IO): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: [...argv], strict: true, options: OPTIONS });
  } catch (error) {
    io.err(`export: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    io.err(`export: --format must be one of ${EXPORT_FORMATS.join(", ")}${values.format ? `, got "${values.format}"` : ""}\n\n${USAGE}`);
    return 2;
  }
  const out = resolve(values.out ?? DEFAULT_OUT[format]);
  const connection = connectionOptions(values);
  try {
    const driver = await connect(connection);
    let dump;
    try {
      dump = await dumpStore(driver, connection.database);
    } finally {
      await driver.close();
    }
    const shown = relative(process.cwd(), out) || out;
    if (format === "csv") {
      const files = toImportCsv(dump);
      const staging = `${out}.tmp`;
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      for (const [name, content] of Object.entries(files)) await writeFile(join(staging, name), content);
      await rm(out, { recursive: true, force: true });
      await rename(staging, out);
      io.out(`Wrote ${Object.keys(files).length} CSV files to ${shown}/ (${dump.entities.length} entities, ${dump.facts.length} facts, ${dump.sentences.length} sentences).`);
      io.out(`Import into an empty, stopped database from that folder with:\n  neo4j-admin ${shellLine(importCommand())}`);
      return 0;
    }
    const graph = entityGraph(dump);
    await writeAtomically(out, format === "gexf" ? toGexf(graph) : toGraphml(graph));
    io.out(`Wrote ${shown} (${graph.order} nodes, ${graph.size} edges).`);
    return 0;
  } catch (error) {
    io.err((explainNeo4jError(error, connection) as Error).message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runExport(process.argv.slice(2));
}
