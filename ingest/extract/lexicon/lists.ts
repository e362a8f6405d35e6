/**
 * Generic vocabulary of enumerations (data only): the head nouns after `A、B、C等…` that tell what the
 * listed items are, and the action words that trail the last item (…妇女儿童中心建设).
 */
import type { EntityType } from "../../../graph/schema.ts";

/** Head after the list (possibly after 等 and a few modifiers) → the type of every item. */
export const LIST_HEADS: ReadonlyArray<{ type: EntityType; pattern: RegExp }> = [
  { type: "Industry", pattern: /^(?:等)?[^，。；、]{0,8}?(?:产业集群|产业链|产业|行业|服务业|制造业|业态|新兴产业)/u },
  { type: "Enterprise", pattern: /^(?:等)?[^，。；、]{0,8}?(?:企业|公司|集团|龙头)/u },
  { type: "Project", pattern: /^(?:等)?(?:一批)?[^，。；、]{0,6}?(?:项目|工程)(?!建设用地)/u },
  { type: "Park", pattern: /^(?:等)?[^，。；、]{0,4}?(?:园区|产业平台|发展平台)/u },
];

/** Words that trail the last item of a list and are not part of it. */
export const LIST_TRAILERS: readonly string[] = [
  "等项目建设", "等重点项目", "等项目", "项目建设", "等工程", "建设", "发展", "改造", "提质", "升级", "工作", "行动", "等", "企业", "产业", "为主", "为重点",
];

/** Conjunctions that join the last two items. */
export const LIST_CONJUNCTIONS = /(?:以及|和|与|及)/u;
