/**
 * The one schema of plangraph: entity types (Neo4j labels), relation types, which types a relation may
 * connect, and the property names shared by the snapshot, the Neo4j store and the viewer.
 * Nothing else in the code base spells a label or relationship type as a string literal.
 */

export const ENTITY_TYPES = ["Region", "Park", "Industry", "Project", "Strategy", "Enterprise"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ["PART_OF", "LOCATED_IN", "DEVELOPS", "IMPLEMENTS", "IN_INDUSTRY"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Which entity types each relation may connect (from GOLD-SCHEMA.md). */
export const RELATION_ENDPOINTS: Record<RelationType, { from: readonly EntityType[]; to: readonly EntityType[] }> = {
  PART_OF: { from: ["Region"], to: ["Region"] },
  LOCATED_IN: { from: ["Park", "Project", "Enterprise"], to: ["Region", "Park"] },
  DEVELOPS: { from: ["Region", "Park"], to: ["Industry"] },
  IMPLEMENTS: { from: ["Region", "Park", "Project"], to: ["Strategy"] },
  IN_INDUSTRY: { from: ["Project", "Enterprise"], to: ["Industry"] },
};

/** Labels of the provenance layer in Neo4j (documents and the sentences facts come from). */
export const PROVENANCE_LABELS = { document: "Document", sentence: "Sentence", indicator: "Indicator" } as const;
/** Label carried by every entity node besides its type label, so one index covers all names. */
export const ENTITY_LABEL = "Entity" as const;
/** Relationship types of the provenance layer. */
export const PROVENANCE_RELATIONS = { mentionedIn: "MENTIONED_IN", inDocument: "IN_DOCUMENT", measures: "MEASURES" } as const;

export const PERIODS = ["十一五", "十二五", "十三五", "十四五", "十五五"] as const;
export type Period = (typeof PERIODS)[number];

export const DOCUMENT_KINDS = ["plan", "news", "report"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const REGION_LEVELS = ["province", "city", "district", "county", "town"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const STRATEGY_SCOPES = ["national", "provincial", "regional", "local"] as const;
export type StrategyScope = (typeof STRATEGY_SCOPES)[number];

/** Property names used on entity nodes, in the snapshot and in Neo4j alike. */
export const PROP = {
  key: "key",
  type: "type",
  name: "name",
  aliases: "aliases",
  docs: "docs",
  periods: "periods",
  code: "code",
  level: "level",
  parent: "parent",
  scope: "scope",
  region: "region",
  broader: "broader",
  confidence: "confidence",
  rule: "rule",
  evidence: "evidence",
} as const;

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** True when the schema allows `type` between an entity of type `from` and one of type `to`. */
export function relationAllowed(type: RelationType, from: EntityType, to: EntityType): boolean {
  const ends = RELATION_ENDPOINTS[type];
  return ends.from.includes(from) && ends.to.includes(to);
}
