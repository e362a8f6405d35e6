/**
 * The state the passes share: the prepared document, the candidate mentions each pass proposes, the
 * chosen mentions per sentence and the entities and relations built from them. Every addition records
 * its rule and confidence; DEBUG_EXTRACT=1 prints `surface → Type (rule)`.
 */
import type { DocumentMeta, EntityAttrs, Evidence } from "../../graph/facts.ts";
import type { EntityType, RelationType } from "../../graph/schema.ts";
import { originalSpan } from "../text/normalize.ts";
import type { Sentence } from "../text/sentences.ts";

/** A proposed mention: a span of one sentence's normalised text read as an entity of some type. */
export interface Candidate {
  type: EntityType;
  /** Sentence index and [start, end) in its normalised text. */
  sentence: number;
  start: number;
  end: number;
  surface: string;
  /** The canonical name the rule proposes (may differ from the surface: 株洲 → 株洲市). */
  name: string;
  attrs: EntityAttrs;
  rule: string;
  confidence: number;
}

export interface PlanInfo {
  meta: DocumentMeta;
  /** Canonical region the plan is about, with its code when known. */
  region?: string;
  regionCode?: string;
  parentRegion?: string;
  /** Parks the title names as co-subjects (株洲高新技术产业开发区、株洲市天元区 …). */
  titleParks: string[];
}

export interface RelationProposal {
  type: RelationType;
  /** Canonical names with their types; resolved to ids when the document is assembled. */
  from: { type: EntityType; name: string };
  to: { type: EntityType; name: string };
  sentence: number;
  rule: string;
  confidence: number;
}

export interface Ctx {
  docId: string;
  sentences: Sentence[];
  plan: PlanInfo;
  /** All candidates proposed so far. */
  candidates: Candidate[];
  /** Chosen (non-overlapping) mentions, per sentence index, in text order. */
  chosen: Map<number, Candidate[]>;
  relations: RelationProposal[];
  /** Document-local aliases: surface → canonical name, per type. */
  aliases: Map<string, string>;
  warnings: string[];
  debug: boolean;
  /**
   * Sectors the plan develops without an edge from a place: the trades of a paragraph's sector (风电 in a 新能源
   * paragraph) and sectors named once in passing. They stay entities of the document though no edge reaches them.
   */
  sectorParts?: Set<string>;
}

export function propose(ctx: Ctx, c: Candidate): void {
  if (c.end <= c.start || c.name.length === 0) return;
  ctx.candidates.push(c);
}

export function relate(ctx: Ctx, r: RelationProposal): void {
  if (r.from.type === r.to.type && r.from.name === r.to.name) return;
  ctx.relations.push(r);
}

export function evidenceOf(ctx: Ctx, sentenceIndex: number, start: number, end: number): Evidence {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return { doc: ctx.docId, section: [], line: 0, sentence: "", span: [0, 0] };
  const [a, b] = originalSpan(s.mapped, s.offset + start, s.offset + end);
  return { doc: ctx.docId, section: s.section, line: s.line, sentence: s.original, span: [a - s.originalStart, b - s.originalStart] };
}

export function aliasKey(type: EntityType, surface: string): string {
  return `${type}|${surface}`;
}
