/** Colours and display names for entity and relation types (keys come from the schema, never spelled here). */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../../../graph/schema.ts";

// Tableau 10: distinct hues that stay apart for the common colour-vision deficiencies.
const ENTITY_HUES = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#9c755f"] as const;
const ENTITY_NAMES_ZH = ["地区", "园区", "产业", "项目", "战略", "企业"] as const;
const RELATION_HUES = ["#8da0cb", "#fc8d62", "#66c2a5", "#e78ac3", "#a6d854"] as const;
const RELATION_NAMES_ZH = ["隶属", "位于", "发展", "实施", "所属产业"] as const;

function byIndex<K extends string, V>(keys: readonly K[], values: readonly V[]): Record<K, V> {
  return Object.fromEntries(keys.map((k, i) => [k, values[i % values.length]])) as Record<K, V>;
}

export const ENTITY_COLOR: Record<EntityType, string> = byIndex(ENTITY_TYPES, ENTITY_HUES);
export const ENTITY_LABEL_ZH: Record<EntityType, string> = byIndex(ENTITY_TYPES, ENTITY_NAMES_ZH);
export const RELATION_COLOR: Record<RelationType, string> = byIndex(RELATION_TYPES, RELATION_HUES);
export const RELATION_LABEL_ZH: Record<RelationType, string> = byIndex(RELATION_TYPES, RELATION_NAMES_ZH);

/** Colour used for everything pushed to the background (hover dimming, filtered context). */
export const DIMMED_COLOR = "#e3e5e8";
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
