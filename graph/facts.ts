/**
 * The facts the extractor produces and every later stage consumes: documents, entities, relations and
 * indicators, each with the evidence it came from.
 */
import type { DocumentKind, EntityType, Period, RegionLevel, RelationType, StrategyScope } from "./schema.ts";

/** Where a fact was read: document, section path, line, the original sentence and the span in it. */
export interface Evidence {
  /** Document id (the file name, e.g. `000_8c1d04e729e92782.txt`). */
  doc: string;
  /** Section headings from the outermost to the innermost, e.g. ["第三章 …", "第一节 …"]. */
  section: string[];
  /** 1-based line number in the original document. */
  line: number;
  /** The sentence as it stands in the original text (not normalised). */
  sentence: string;
  /** Character span [start, end) of the surface form inside `sentence`. */
  span: [number, number];
}

/** How a fact was decided: the rule that produced it and how sure that rule is. */
export interface Decision {
  rule: string;
  confidence: number;
}

export interface Mention extends Decision {
  surface: string;
  evidence: Evidence;
}

/** Type-specific attributes; all optional, all plain values so they survive JSON and Neo4j. */
export interface EntityAttrs {
  /** Region: GB/T 2260 code. */
  code?: string;
  level?: RegionLevel;
  /** Region: canonical name of the parent region. Park/Project/Enterprise: where it lies. */
  parent?: string;
  region?: string;
  /** Strategy scope. */
  scope?: StrategyScope;
  /** Industry: canonical name of the broader sector in the taxonomy. */
  broader?: string;
}

export interface ExtractedEntity {
  /** entityKey(type, name) */
  id: string;
  type: EntityType;
  /** Canonical name: the full official form where the text gives one. */
  name: string;
  /** Other surface forms seen for the same thing. */
  aliases: string[];
  attrs: EntityAttrs;
  mentions: Mention[];
}

export interface ExtractedRelation extends Decision {
  type: RelationType;
  /** Entity ids. */
  from: string;
  to: string;
  evidence: Evidence[];
}

export const INDICATOR_KINDS = ["baseline", "target", "growth", "value"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface IndicatorFact extends Decision {
  /** Entity id of the place (region or park) the figure belongs to. */
  subject: string;
  /** Canonical indicator name, e.g. 地区生产总值. */
  indicator: string;
  surface: string;
  value: number;
  unit: string;
  kind: IndicatorKind;
  year?: number;
  period?: Period;
  qualifier?: string;
  binding?: "预期" | "约束";
  /** The figure is a total or change over several years (五年累计, 5年新增), not one year's level or an annual rate. */
  cumulative?: boolean;
  /** Character span [start, end) of the figure (number, unit, qualifier) inside `evidence.sentence`. */
  valueSpan?: [number, number];
  evidence: Evidence;
}

export interface DocumentMeta {
  id: string;
  title: string;
  /** Canonical region the plan is about, and its parent. */
  region?: string;
  parentRegion?: string;
  period?: Period;
  startYear?: number;
  endYear?: number;
  kind: DocumentKind;
  /** sha256 of the original bytes: an unchanged document is skipped on re-ingest. */
  sha256: string;
  lines: number;
  /** Format the text was read from, e.g. `text/utf-8`, `text/gb18030`, `html`, `docx`, `pdf`. */
  source: string;
}

export interface DocumentExtraction {
  doc: DocumentMeta;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  indicators: IndicatorFact[];
  warnings: string[];
}

/** A cross-document merge: which surface forms or ids became one node, and why (so it can be undone). */
export interface MergeDecision {
  into: string;
  merged: string[];
  rule: string;
  docs: string[];
}
