/**
 * The database schema, created before any write: a uniqueness constraint on every label's key, the
 * indexes the loader and the query library look things up by, and a full-text index over entity names
 * and aliases with Lucene's CJK analyzer (bigrams), so 轨道交通 finds 中国轨道交通城 too.
 * Every statement is idempotent (IF NOT EXISTS).
 */
import { ENTITY_LABEL, ENTITY_TYPES, PROP, PROVENANCE_LABELS } from "../schema.ts";
import { label } from "./query.ts";

export const FULLTEXT_INDEX = "entity_names";

const snake = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => `${i ? "_" : ""}${c.toLowerCase()}`);

function unique(labelName: Parameters<typeof label>[0], property: string): string {
  return `CREATE CONSTRAINT ${snake(labelName)}_${property}_unique IF NOT EXISTS FOR (n${label(labelName)}) REQUIRE n.${property} IS UNIQUE`;
}

function index(labelName: Parameters<typeof label>[0], property: string): string {
  return `CREATE INDEX ${snake(labelName)}_${property} IF NOT EXISTS FOR (n${label(labelName)}) ON (n.${property})`;
}

export const SCHEMA_STATEMENTS: readonly string[] = [
  unique(ENTITY_LABEL, PROP.key),
  ...ENTITY_TYPES.map((type) => unique(type, PROP.key)),
  unique(PROVENANCE_LABELS.document, "id"),
  unique(PROVENANCE_LABELS.sentence, PROP.key),
  unique(PROVENANCE_LABELS.indicator, PROP.key),
  // Queries start from a name the user typed.
  index(ENTITY_LABEL, PROP.name),
  ...ENTITY_TYPES.map((type) => index(type, PROP.name)),
  index(PROVENANCE_LABELS.sentence, "doc"),
  index(PROVENANCE_LABELS.indicator, "doc"),
  index(PROVENANCE_LABELS.indicator, "indicator"),
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n${label(ENTITY_LABEL)}) ON EACH [n.${PROP.name}, n.${PROP.aliases}]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
];
