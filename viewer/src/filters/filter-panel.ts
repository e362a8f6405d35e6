/** The filter panel: entity types, relation types, period, document, city and minimum degree, with live counts. */
import { ENTITY_TYPES, PERIODS, RELATION_TYPES, type EntityType, type Period, type RelationType } from "../../../graph/schema.ts";
import { type AppContext, documentTitle, nodeName } from "../app/context.ts";
import { defaultFilters, type Filters } from "../state/view-state.ts";
import { ENTITY_COLOR, ENTITY_LABEL_ZH, RELATION_COLOR, RELATION_LABEL_ZH } from "../style/palette.ts";
import { byId, el } from "../ui/dom.ts";
import { cityNodes } from "./cities.ts";
import { countBy } from "./visibility.ts";

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

function checkboxRow(name: string, value: string, label: string, colour: string): { row: HTMLElement; box: HTMLInputElement; count: HTMLElement } {
  const box = el("input", { attrs: { type: "checkbox", name, value } });
  const count = el("span", { className: "legend-count" });
  const row = el("label", { className: "legend-item", dataset: { [name]: value } }, [box, el("span", { className: "legend-swatch", attrs: { style: `background:${colour}` } }), el("span", { text: label }), count]);
  return { row, box, count };
}

function select(name: string, label: string, options: Array<[string, string]>): HTMLSelectElement {
  return el("select", { attrs: { name, "aria-label": label } }, [el("option", { text: `全部${label}`, attrs: { value: "" } }), ...options.map(([v, t]) => el("option", { text: t, attrs: { value: v } }))]);
}

export function mountFilters(ctx: AppContext): void {
  const { kg, store } = ctx;
  const setFilters = (patch: Partial<Filters>): void => store.update({ filters: { ...store.get().filters, ...patch } });
  const totalsByType = countBy(kg.nodes(), (k) => kg.getNodeAttribute(k, "type"));
  const totalsByRelation = countBy(kg.edges(), (k) => kg.getEdgeAttribute(k, "type"));

  const typeRows = ENTITY_TYPES.map((type) => {
    const r = checkboxRow("type", type, `${ENTITY_LABEL_ZH[type]} ${type}`, ENTITY_COLOR[type]);
    r.box.addEventListener("change", () => setFilters({ types: toggle<EntityType>(store.get().filters.types, type, r.box.checked) }));
    return { type, ...r };
  });
  const relationRows = RELATION_TYPES.map((type) => {
    const r = checkboxRow("relation", type, `${RELATION_LABEL_ZH[type]} ${type}`, RELATION_COLOR[type]);
    r.box.addEventListener("change", () => setFilters({ relations: toggle<RelationType>(store.get().filters.relations, type, r.box.checked) }));
    return { type, ...r };
  });

  const periodsInUse = PERIODS.filter((p) => kg.someNode((_, a) => a.periods.includes(p)));
  const period = select("period", "规划期", periodsInUse.map((p) => [p, p]));
  period.addEventListener("change", () => setFilters({ period: (period.value || null) as Period | null }));
  const doc = select("doc", "文件", kg.getAttribute("documents").map((d) => [d.id, documentTitle(ctx, d.id)]));
  doc.addEventListener("change", () => setFilters({ doc: doc.value || null }));
  const city = select("city", "城市", cityNodes(kg).map((c) => [c, nodeName(ctx, c)]));
  city.addEventListener("change", () => setFilters({ city: city.value || null }));
  const maxDegree = Math.max(1, ...kg.nodes().map((n) => kg.degree(n)));
  const minDegree = el("input", { attrs: { type: "range", name: "minDegree", min: "0", max: String(Math.min(maxDegree, 30)), step: "1", "aria-label": "最小度数" } });
  const minDegreeValue = el("span", { className: "legend-count" });
  minDegree.addEventListener("input", () => setFilters({ minDegree: Number(minDegree.value) }));
  const summary = el("div", { className: "filter-summary", attrs: { role: "status" } });
  const reset = el("button", { text: "重置筛选", className: "reset-filters", onClick: () => store.update({ filters: defaultFilters() }) });

  byId("filters").replaceChildren(
    el("div", { className: "legend-title", text: "实体类型" }),
    ...typeRows.map((r) => r.row),
    el("div", { className: "legend-title", text: "关系类型" }),
    ...relationRows.map((r) => r.row),
    el("div", { className: "legend-title", text: "范围" }),
    period,
    doc,
    city,
    el("label", { className: "legend-item" }, [el("span", { text: "最小度数" }), minDegree, minDegreeValue]),
    summary,
    reset,
  );

  const render = (): void => {
    const { filters } = store.get();
    const { filtered, visible } = ctx.scene();
    const byType = countBy(filtered.nodes, (k) => kg.getNodeAttribute(k, "type"));
    const byRelation = countBy(filtered.edges, (k) => kg.getEdgeAttribute(k, "type"));
    for (const r of typeRows) {
      r.box.checked = filters.types.includes(r.type);
      r.count.textContent = `${byType.get(r.type) ?? 0} / ${totalsByType.get(r.type) ?? 0}`;
    }
    for (const r of relationRows) {
      r.box.checked = filters.relations.includes(r.type);
      r.count.textContent = `${byRelation.get(r.type) ?? 0} / ${totalsByRelation.get(r.type) ?? 0}`;
    }
    period.value = filters.period ?? "";
    doc.value = filters.doc ?? "";
    city.value = filters.city ?? "";
    minDegree.value = String(filters.minDegree);
    minDegreeValue.textContent = String(filters.minDegree);
    summary.textContent = `显示 ${visible.nodes.size} 个实体 · ${visible.edges.size} 条关系`;
    summary.dataset.nodes = String(visible.nodes.size);
    summary.dataset.edges = String(visible.edges.size);
  };
  store.subscribe(render);
  render();
}
