/**
 * DocumentExtraction → the `$rows` of the load statements (graph/cypher/load.ts). Pure: no driver calls,
 * but integers are already `neo4j.int` so that lines and years arrive in Neo4j as INTEGER, not FLOAT.
 */
import neo4j, { type Integer } from "neo4j-driver";
import type { DocumentExtraction, DocumentMeta, Evidence } from "../../graph/facts.ts";
import { P } from "../../graph/cypher/props.ts";
import { relationKey, sentenceKey } from "../../graph/ids.ts";
import { PERIODS, relationAllowed, type EntityType, type Period, type RelationType } from "../../graph/schema.ts";

export interface SentenceRow {
  key: string;
  line: Integer;
  text: string;
  section: string[];
}

export interface EntityRow {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  code: string | null;
  level: string | null;
  parent: string | null;
  region: string | null;
  scope: string | null;
  broader: string | null;
}

export interface MentionRow {
  entity: string;
  sentence: string;
  surfaces: string[];
  starts: Integer[];
  ends: Integer[];
  rule: string;
  confidence: number;
}

export interface RelationRow {
  key: string;
  from: string;
  to: string;
  sentences: string[];
  rule: string;
  confidence: number;
}

export interface IndicatorRow {
  key: string;
  subject: string;
  sentence: string;
  props: Record<string, string | number | boolean | Integer | null>;
}

export interface DocumentRows {
  doc: string;
  period: Period | null;
  /** Document node properties; `sha256` among them marks the document as completely loaded. */
  props: Record<string, string | Integer | null>;
  sentences: SentenceRow[];
  entities: Map<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  relations: Map<RelationType, RelationRow[]>;
  indicators: IndicatorRow[];
  /** Facts left out because they break the schema or point at entities the document lacks. */
  warnings: string[];
}

const PERIOD_BY_ORDINAL: Record<string, Period> = { 十一: "十一五", 十二: "十二五", 十三: "十三五", 十四: "十四五", 十五: "十五五" };

/** The document's plan period: from its metadata, else from a title such as 第十三个五年规划 or “十四五”规划. */
export function documentPeriod(doc: DocumentMeta): Period | null {
  if (doc.period) return doc.period;
  const named = PERIODS.find((p) => doc.title.includes(p));
  if (named) return named;
  const ordinal = /第(十[一二三四五])个五年/.exec(doc.title)?.[1];
  return ordinal ? (PERIOD_BY_ORDINAL[ordinal] ?? null) : null;
}

const int = (value: number | undefined): Integer | null => (value === undefined ? null : neo4j.int(value));

export function documentRows(extraction: DocumentExtraction): DocumentRows {
  const { doc } = extraction;
  const period = documentPeriod(doc);
  const warnings: string[] = [];
  const sentences = new Map<string, SentenceRow>();
  const addSentence = (evidence: Evidence): string => {
    const key = sentenceKey(doc.id, evidence.line);
    const known = sentences.get(key);
    if (!known) sentences.set(key, { key, line: neo4j.int(evidence.line), text: evidence.sentence, section: [...evidence.section] });
    // Two sentences of one line: keep the line's text whole rather than whichever came first.
    else if (!known.text.includes(evidence.sentence)) known.text = evidence.sentence.includes(known.text) ? evidence.sentence : `${known.text}${evidence.sentence}`;
    return key;
  };

  const types = new Map<string, EntityType>();
  const entities = new Map<EntityType, EntityRow[]>();
  // One row per entity and one mention row per entity and sentence, even if the extraction lists an entity
  // twice: the loader CREATEs a document's mentions, so a repeated pair would be a duplicate relationship.
  const byId = new Map<string, { row: EntityRow; bySentence: Map<string, MentionRow> }>();
  for (const entity of extraction.entities) {
    types.set(entity.id, entity.type);
    const { attrs } = entity;
    let known = byId.get(entity.id);
    if (!known) {
      const row: EntityRow = {
        key: entity.id,
        type: entity.type,
        name: entity.name,
        aliases: [],
        code: attrs.code ?? null,
        level: attrs.level ?? null,
        parent: attrs.parent ?? null,
        region: attrs.region ?? null,
        scope: attrs.scope ?? null,
        broader: attrs.broader ?? null,
      };
      known = { row, bySentence: new Map() };
      byId.set(entity.id, known);
      const list = entities.get(entity.type) ?? [];
      list.push(row);
      entities.set(entity.type, list);
    } else {
      const { row } = known;
      row.code ??= attrs.code ?? null;
      row.level ??= attrs.level ?? null;
      row.parent ??= attrs.parent ?? null;
      row.region ??= attrs.region ?? null;
      row.scope ??= attrs.scope ?? null;
      row.broader ??= attrs.broader ?? null;
    }
    const { row, bySentence } = known;
    for (const alias of entity.aliases) if (alias !== row.name && !row.aliases.includes(alias)) row.aliases.push(alias);
    for (const mention of entity.mentions) {
      const sentence = addSentence(mention.evidence);
      const m = bySentence.get(sentence) ?? { entity: entity.id, sentence, surfaces: [], starts: [], ends: [], rule: mention.rule, confidence: mention.confidence };
      m.surfaces.push(mention.surface);
      m.starts.push(neo4j.int(mention.evidence.span[0]));
      m.ends.push(neo4j.int(mention.evidence.span[1]));
      m.confidence = Math.max(m.confidence, mention.confidence);
      bySentence.set(sentence, m);
    }
  }
  const mentions: MentionRow[] = [];
  for (const { bySentence } of byId.values()) mentions.push(...bySentence.values());

  const relations = new Map<RelationType, RelationRow[]>();
  const seen = new Map<string, RelationRow>();
  for (const relation of extraction.relations) {
    const from = types.get(relation.from);
    const to = types.get(relation.to);
    if (!from || !to) {
      warnings.push(`load: ${relation.type} from "${relation.from}" to "${relation.to}" names an entity the document does not contain; left out`);
      continue;
    }
    if (!relationAllowed(relation.type, from, to)) {
      warnings.push(`load: ${relation.type} from "${relation.from}" (${from}) to "${relation.to}" (${to}) violates the schema; left out`);
      continue;
    }
    const key = relationKey(relation.type, relation.from, relation.to);
    const sentenceKeys = relation.evidence.map(addSentence);
    const known = seen.get(key);
    if (known) {
      known.sentences = [...new Set([...known.sentences, ...sentenceKeys])];
      known.confidence = Math.max(known.confidence, relation.confidence);
      continue;
    }
    const row: RelationRow = { key, from: relation.from, to: relation.to, sentences: [...new Set(sentenceKeys)], rule: relation.rule, confidence: relation.confidence };
    seen.set(key, row);
    relations.set(relation.type, [...(relations.get(relation.type) ?? []), row]);
  }

  const indicators: IndicatorRow[] = [];
  const indicatorKeys = new Set<string>();
  for (const fact of extraction.indicators) {
    if (!types.has(fact.subject)) {
      warnings.push(`load: indicator ${fact.indicator} of "${fact.subject}" names an entity the document does not contain; left out`);
      continue;
    }
    const sentence = addSentence(fact.evidence);
    // one mention can carry two figures (财政总收入102.1亿元 … 突破100亿元), so the figure's own position is in the key
    const valueAt = fact.valueSpan?.[0] ?? fact.value;
    const key = `${sentence}|${fact.subject}|${fact.indicator}|${fact.kind}|${fact.year ?? ""}|${fact.evidence.span[0]}|${valueAt}`;
    if (indicatorKeys.has(key)) continue;
    indicatorKeys.add(key);
    indicators.push({
      key,
      subject: fact.subject,
      sentence,
      props: {
        [P.indicator]: fact.indicator,
        [P.surface]: fact.surface,
        [P.value]: fact.value,
        [P.unit]: fact.unit,
        [P.kind]: fact.kind,
        [P.year]: int(fact.year),
        [P.period]: fact.period ?? period,
        [P.qualifier]: fact.qualifier ?? null,
        [P.binding]: fact.binding ?? null,
        [P.cumulative]: fact.cumulative ?? false,
        [P.line]: neo4j.int(fact.evidence.line),
        [P.rule]: fact.rule,
        [P.confidence]: fact.confidence,
      },
    });
  }

  return {
    doc: doc.id,
    period,
    props: {
      [P.title]: doc.title,
      [P.sha256]: doc.sha256,
      [P.kind]: doc.kind,
      [P.source]: doc.source,
      [P.lines]: neo4j.int(doc.lines),
      [P.region]: doc.region ?? null,
      [P.parentRegion]: doc.parentRegion ?? null,
      [P.period]: period,
      [P.startYear]: int(doc.startYear),
      [P.endYear]: int(doc.endYear),
    },
    sentences: [...sentences.values()],
    entities,
    mentions,
    relations,
    indicators,
    warnings,
  };
}
