/** The legend: one row per entity type with its colour and how many nodes of that type the graph holds. */
import type { KgGraph } from "../../../graph/model.ts";
import { ENTITY_TYPES, type EntityType } from "../../../graph/schema.ts";
import { ENTITY_COLOR, ENTITY_LABEL_ZH } from "../style/palette.ts";

export function countByType(graph: KgGraph): Record<EntityType, number> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  graph.forEachNode((_, attrs) => counts[attrs.type]++);
  return counts;
}

export function renderLegend(container: HTMLElement, counts: Record<EntityType, number>): void {
  const title = document.createElement("div");
  title.className = "legend-title";
  title.textContent = "实体类型";
  const list = document.createElement("ul");
  list.className = "legend-list";
  for (const type of ENTITY_TYPES) {
    const item = document.createElement("li");
    item.className = "legend-item";
    item.dataset.type = type;
    const swatch = document.createElement("span");
    swatch.className = "legend-swatch";
    swatch.style.background = ENTITY_COLOR[type];
    const name = document.createElement("span");
    name.textContent = `${ENTITY_LABEL_ZH[type]} ${type}`;
    const count = document.createElement("span");
    count.className = "legend-count";
    count.textContent = String(counts[type]);
    item.append(swatch, name, count);
    list.append(item);
  }
  container.replaceChildren(title, list);
}
