/**
 * CSV files in the shape `neo4j-admin database import full` reads: one file per node kind (with :ID in its
 * own ID space and :LABEL) and per relationship kind (:START_ID, :END_ID, :TYPE); typed headers such as
 * `line:long` and `docs:string[]` (array items separated by ";").
 */
import { ENTITY_LABEL, PROVENANCE_LABELS as L, PROVENANCE_RELATIONS as R } from "../../../graph/schema.ts";
import { P } from "../../../graph/cypher/props.ts";
import { csvField } from "../format.ts";
import type { Plain, Row } from "../run-query.ts";
import type { StoreDump } from "./dump.ts";

export const ARRAY_DELIMITER = ";";

interface Column {
  header: string;
  value: (row: Row) => Plain | undefined;
}

/** A property column; the header's type suffix follows the value kind. */
const col = (name: string, type = ""): Column => ({ header: `${name}${type}`, value: (row) => row[name] });
const fixed = (header: string, value: string): Column => ({ header, value: () => value });
const from = (header: string, field: string): Column => ({ header, value: (row) => row[field] });

// An item of an array field may not contain the delimiter; the full-width semicolon reads the same in Chinese.
const item = (v: Plain) => String(v ?? "").replaceAll(ARRAY_DELIMITER, "；");

function field(value: Plain | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return csvField(value.map(item).join(ARRAY_DELIMITER));
  if (typeof value === "object") return csvField(JSON.stringify(value));
  return csvField(String(value));
}

function csvFile(columns: readonly Column[], rows: readonly Row[]): string {
  return [columns.map((c) => c.header).join(","), ...rows.map((row) => columns.map((c) => field(c.value(row))).join(","))].join("\n") + "\n";
}

export function toImportCsv(dump: StoreDump): Record<string, string> {
  const entity = `(${ENTITY_LABEL})`;
  const sentence = `(${L.sentence})`;
  const documentSpace = `(${L.document})`;
  const indicator = `(${L.indicator})`;
  return {
    "entities.csv": csvFile(
      [
        col(P.key, `:ID${entity}`),
        { header: ":LABEL", value: (row) => `${ENTITY_LABEL};${String(row.type)}` },
        col(P.type),
        col(P.name),
        col(P.aliases, ":string[]"),
        col(P.docs, ":string[]"),
        col(P.periods, ":string[]"),
        ...[P.code, P.level, P.parent, P.region, P.scope, P.broader].map((n) => col(n)),
      ],
      dump.entities,
    ),
    "documents.csv": csvFile(
      [
        from(`${P.id}:ID${documentSpace}`, "id"),
        fixed(":LABEL", L.document),
        ...[P.title, P.sha256, P.kind, P.source].map((n) => col(n)),
        col(P.lines, ":long"),
        ...[P.region, P.parentRegion, P.period].map((n) => col(n)),
        col(P.startYear, ":long"),
        col(P.endYear, ":long"),
      ],
      dump.documents,
    ),
    "sentences.csv": csvFile(
      [from(`${P.key}:ID${sentence}`, "key"), fixed(":LABEL", L.sentence), col(P.doc), col(P.line, ":long"), col(P.text), col(P.section, ":string[]")],
      dump.sentences,
    ),
    "indicators.csv": csvFile(
      [
        from(`${P.key}:ID${indicator}`, "key"),
        fixed(":LABEL", L.indicator),
        ...[P.indicator, P.surface].map((n) => col(n)),
        col(P.value, ":double"),
        ...[P.unit, P.kind].map((n) => col(n)),
        col(P.year, ":long"),
        ...[P.period, P.qualifier, P.binding, P.doc].map((n) => col(n)),
        col(P.line, ":long"),
        col(P.sentence),
        col(P.rule),
        col(P.confidence, ":double"),
      ],
      dump.indicators,
    ),
    "facts.csv": csvFile(
      [
        from(`:START_ID${entity}`, "source"),
        from(`:END_ID${entity}`, "target"),
        from(":TYPE", "type"),
        col(P.key),
        col(P.docs, ":string[]"),
        col(P.sentences, ":string[]"),
        col(P.periods, ":string[]"),
        col(P.rule),
        col(P.confidence, ":double"),
      ],
      dump.facts,
    ),
    "mentions.csv": csvFile(
      [
        from(`:START_ID${entity}`, "entity"),
        from(`:END_ID${sentence}`, "sentence"),
        fixed(":TYPE", R.mentionedIn),
        col(P.surfaces, ":string[]"),
        col(P.starts, ":long[]"),
        col(P.ends, ":long[]"),
        col(P.rule),
        col(P.confidence, ":double"),
      ],
      dump.mentions,
    ),
    "in_document.csv": csvFile([from(`:START_ID${sentence}`, "key"), from(`:END_ID${documentSpace}`, "doc"), fixed(":TYPE", R.inDocument)], dump.sentences),
    "measures.csv": csvFile([from(`:START_ID${indicator}`, "key"), from(`:END_ID${entity}`, "subject"), fixed(":TYPE", R.measures)], dump.indicators),
    "indicator_mentions.csv": csvFile(
      [from(`:START_ID${indicator}`, "key"), from(`:END_ID${sentence}`, "sentence"), fixed(":TYPE", R.mentionedIn)],
      dump.indicators.filter((i) => i.sentence !== null),
    ),
  };
}

/** The command as one line for a POSIX shell (";" and friends quoted). */
export function shellLine(args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)).join(" ");
}

/** The neo4j-admin command that imports the files of toImportCsv (run in their folder, server stopped). */
export function importCommand(database = "neo4j"): string[] {
  // The database name comes first: --nodes and --relationships take several files and would swallow it.
  return [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination=true",
    "--multiline-fields=true",
    `--array-delimiter=${ARRAY_DELIMITER}`,
    ...["entities", "documents", "sentences", "indicators"].map((f) => `--nodes=${f}.csv`),
    ...["facts", "mentions", "in_document", "measures", "indicator_mentions"].map((f) => `--relationships=${f}.csv`),
  ];
}
