/**
 * `npm run query -- NAME [--param k=v ...] [--format table|json|csv]` runs a named query of the research
 * library (graph/cypher/queries) against Neo4j; `--list` shows every query with its parameters.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { ParamValue, NamedQuery, ParamSpec } from "../../graph/cypher/query.ts";
import { findQuery, QUERIES } from "../../graph/cypher/queries/index.ts";
import { CONNECTION_HELP, connect, connectionOptions, explainNeo4jError } from "../load/connection.ts";
import { FORMATS, formatRows, type Format } from "../load/format.ts";
import { runQuery } from "../load/run-query.ts";
import { type CliIo, STD_IO, CONNECTION_FLAGS } from "./io.ts";

export const USAGE = `Usage: npm run query -- NAME [--param key=value ...] [--format table|json|csv]
       npm run query -- --list

Runs a named, parameterised query of the research library against Neo4j (load the corpus first with
\`npm run load\`). List parameters take comma-separated values: --param regions=天元区,荷塘区,津市市.

Options:
  -p, --param KEY=VALUE   a query parameter; repeat for several
  -f, --format FORMAT     table (default), json or csv
  -l, --list              list the queries, their descriptions and parameters
  -h, --help              show this help

${CONNECTION_HELP}

Example: npm run query -- shared-industries --param regions=天元区,荷塘区,津市市,天心区`;

export const OPTIONS = {
  param: { type: "string", short: "p", multiple: true },
  format: { type: "string", short: "f" },
  list: { type: "boolean", short: "l" },
  help: { type: "boolean", short: "h" },
  ...CONNECTION_FLAGS,
} as const;


function describeParam(p: ParamSpec): string {
  const fallback = p.default === undefined ? "required" : `default ${JSON.stringify(p.default)}`;
  return `    --param ${p.name}=<${p.type}>  ${p.description} (${fallback})`;
}

export function listing(): string {
  return QUERIES.map((q) => [`${q.name}`, `    ${q.description}`, ...q.params.map(describeParam)].join("\n")).join("\n\n");
}

/** `key=value` strings → typed parameter values, checked against the query's spec. */
export function parseParams(query: NamedQuery, pairs: readonly string[]): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq < 1) throw new Error(`--param expects key=value, got "${pair}"`);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    const spec = query.params.find((p) => p.name === key);
    if (!spec) throw new Error(`query ${query.name} has no parameter "${key}" (it takes: ${query.params.map((p) => p.name).join(", ") || "none"})`);
    if (spec.type === "string[]") out[key] = raw.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
    else if (spec.type === "int" || spec.type === "float") {
      const n = Number(raw);
      if (!Number.isFinite(n) || (spec.type === "int" && !Number.isInteger(n))) throw new Error(`parameter "${key}" must be ${spec.type === "int" ? "a whole number" : "a number"}, got "${raw}"`);
      out[key] = n;
    } else if (spec.type === "boolean") {
      if (raw !== "true" && raw !== "false") throw new Error(`parameter "${key}" must be true or false, got "${raw}"`);
      out[key] = raw === "true";
    } else out[key] = raw;
  }
  return out;
}

export async function runQueryCli(argv: readonly string[], io: CliIo = STD_IO): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    io.err(`query: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.list) {
    io.out(listing());
    return 0;
  }
  const format = (values.format ?? "table") as Format;
  if (!FORMATS.includes(format)) {
    io.err(`query: --format must be one of ${FORMATS.join(", ")}, got "${values.format}"`);
    return 2;
  }
  const [name, ...extra] = positionals;
  if (!name || extra.length) {
    io.err(`query: name exactly one query (see --list)\n\n${USAGE}`);
    return 2;
  }
  const query = findQuery(name);
  if (!query) {
    io.err(`query: no query named "${name}"; known: ${QUERIES.map((q) => q.name).join(", ")}`);
    return 2;
  }
  let params: Record<string, ParamValue>;
  try {
    params = parseParams(query, values.param ?? []);
    const missing = query.params.filter((p) => p.default === undefined && params[p.name] === undefined);
    if (missing.length) throw new Error(`query ${query.name} needs ${missing.map((p) => `--param ${p.name}=<${p.type}>`).join(" ")}`);
  } catch (error) {
    io.err(`query: ${(error as Error).message}`);
    return 2;
  }

  const connection = connectionOptions(values);
  try {
    const driver = await connect(connection);
    try {
      io.out(formatRows(await runQuery(driver, query, params, { database: connection.database }), format));
    } finally {
      await driver.close();
    }
    return 0;
  } catch (error) {
    io.err((explainNeo4jError(error, connection) as Error).message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runQueryCli(process.argv.slice(2));
}
