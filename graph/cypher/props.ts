/**
 * Property names that exist only in the Neo4j store (provenance layer and support lists), next to the
 * shared PROP of graph/schema.ts. Cypher in graph/cypher spells property names only through `P`.
 */
import { PROP } from "../schema.ts";

export const STORE_PROP = {
  /** Fact support: keys of the sentences (`doc#line`) that state the fact. */
  sentences: "sentences",
  /** Document. */
  id: "id",
  title: "title",
  sha256: "sha256",
  period: "period",
  kind: "kind",
  source: "source",
  lines: "lines",
  parentRegion: "parentRegion",
  startYear: "startYear",
  endYear: "endYear",
  /** Sentence and Indicator: the document and line they come from. */
  doc: "doc",
  line: "line",
  text: "text",
  section: "section",
  sentence: "sentence",
  /** MENTIONED_IN: surface forms and their spans in the sentence. */
  surfaces: "surfaces",
  starts: "starts",
  ends: "ends",
  /** Indicator. */
  indicator: "indicator",
  surface: "surface",
  value: "value",
  unit: "unit",
  year: "year",
  qualifier: "qualifier",
  binding: "binding",
  /** Indicator: a total or change over the whole period (五年累计), not a yearly level. */
  cumulative: "cumulative",
} as const;

/** Every property name the store uses. */
export const P = { ...PROP, ...STORE_PROP } as const;
