/** The details panel: a node's (or edge's) type, names, attributes, neighbours by relation and evidence. */
import type { NodeAttributes } from "../../../graph/model.ts";
import { type AppContext, documentTitle, nodeName } from "../app/context.ts";
import { ENTITY_COLOR, ENTITY_LABEL_ZH, RELATION_LABEL_ZH } from "../style/palette.ts";
import { indicatorSection } from "../indicators/indicator-section.ts";
import { byId, el } from "../ui/dom.ts";
import { evidenceList } from "./evidence.ts";

const FIELD_LABELS: Array<[keyof NodeAttributes, string]> = [
  ["code", "行政区划代码"],
  ["level", "级别"],
  ["parent", "上级"],
  ["region", "所在地"],
  ["scope", "层级"],
  ["broader", "上位产业"],
];

function field(label: string, value: string): HTMLElement {
  return el("div", { className: "field" }, [el("dt", { text: label }), el("dd", { text: value })]);
}

function nodeLink(ctx: AppContext, key: string): HTMLElement {
  const type = ctx.kg.getNodeAttribute(key, "type");
  return el("button", {
    className: "link node-link",
    text: nodeName(ctx, key),
    dataset: { key },
    attrs: { style: `border-left: 3px solid ${ENTITY_COLOR[type]}` },
    onClick: () => {
      ctx.store.update({ selected: key, selectedEdge: null });
      ctx.focusNode(key);
    },
  });
}

/** Neighbours grouped by relation type and direction, e.g. "发展 DEVELOPS →". */
function neighbourGroups(ctx: AppContext, key: string): HTMLElement {
  const groups = new Map<string, string[]>();
  ctx.kg.forEachEdge(key, (_, attrs, source, target) => {
    const outgoing = source === key;
    const label = outgoing ? `${RELATION_LABEL_ZH[attrs.type]} ${attrs.type} →` : `← ${RELATION_LABEL_ZH[attrs.type]} ${attrs.type}`;
    const list = groups.get(label) ?? [];
    const other = outgoing ? target : source;
    if (!list.includes(other)) list.push(other);
    groups.set(label, list);
  });
  const box = el("section", { className: "neighbours" }, [el("h3", { text: `邻居 (${ctx.kg.degree(key)})` })]);
  for (const [label, keys] of groups) {
    box.append(el("div", { className: "neighbour-group", dataset: { relation: label } }, [el("h4", { text: `${label} (${keys.length})` }), ...keys.map((k) => nodeLink(ctx, k))]));
  }
  return box;
}

function actions(ctx: AppContext, key: string): HTMLElement {
  const state = ctx.store.get();
  const hops = el("select", { attrs: { "aria-label": "ego hops" }, className: "ego-hops" }, [1, 2, 3].map((n) => el("option", { text: `${n} 跳`, attrs: { value: String(n) } })));
  hops.value = String(state.egoHops);
  hops.addEventListener("change", () => ctx.store.update({ egoHops: Number(hops.value), mode: "ego" }));
  return el("div", { className: "actions" }, [
    el("button", { className: "ego", text: "自我网络", onClick: () => ctx.store.update({ mode: "ego", egoHops: Number(hops.value) }) }),
    hops,
    el("button", { className: "path-from", text: "设为起点", onClick: () => ctx.store.update({ pathFrom: key, mode: ctx.store.get().pathTo ? "path" : ctx.store.get().mode }) }),
    el("button", { className: "path-to", text: "设为终点", onClick: () => ctx.store.update({ pathTo: key, mode: ctx.store.get().pathFrom ? "path" : ctx.store.get().mode }) }),
  ]);
}

function renderNode(ctx: AppContext, key: string): HTMLElement[] {
  const attrs = ctx.kg.getNodeAttributes(key);
  const fields = el("dl", { className: "fields" });
  if (attrs.aliases.length) fields.append(field("别名", attrs.aliases.join("、")));
  for (const [prop, label] of FIELD_LABELS) {
    const value = attrs[prop];
    if (typeof value === "string" && value) fields.append(field(label, value));
  }
  if (attrs.periods.length) fields.append(field("规划期", attrs.periods.join("、")));
  fields.append(field("文件", attrs.docs.map((d) => documentTitle(ctx, d)).join("；")));
  fields.append(field("提及次数", String(attrs.mentionCount)));
  return [
    el("div", { className: "type-badge", text: `${ENTITY_LABEL_ZH[attrs.type]} ${attrs.type}`, attrs: { style: `background:${ENTITY_COLOR[attrs.type]}` } }),
    el("h2", { className: "entity-name", text: attrs.name }),
    fields,
    actions(ctx, key),
    neighbourGroups(ctx, key),
    ...[indicatorSection(ctx, key)].filter((s): s is HTMLElement => s !== null),
    el("h3", { text: `证据 (${attrs.evidence.length})` }),
    evidenceList(ctx, attrs.evidence),
  ];
}

function renderEdge(ctx: AppContext, key: string): HTMLElement[] {
  const attrs = ctx.kg.getEdgeAttributes(key);
  const [source, target] = ctx.kg.extremities(key);
  return [
    el("div", { className: "type-badge relation", text: `${RELATION_LABEL_ZH[attrs.type]} ${attrs.type}` }),
    el("h2", { className: "entity-name" }, [nodeLink(ctx, source), " → ", nodeLink(ctx, target)]),
    el("dl", { className: "fields" }, [
      field("规则", `${attrs.rule} (置信度 ${attrs.confidence.toFixed(2)})`),
      field("规划期", attrs.periods.join("、") || "—"),
      field("文件", attrs.docs.map((d) => documentTitle(ctx, d)).join("；")),
    ]),
    el("h3", { text: `证据 (${attrs.evidence.length})` }),
    evidenceList(ctx, attrs.evidence),
  ];
}

export function mountDetailsPanel(ctx: AppContext): void {
  const panel = byId("details");
  const render = (): void => {
    const { selected, selectedEdge } = ctx.store.get();
    if (selectedEdge && ctx.kg.hasEdge(selectedEdge)) panel.replaceChildren(...renderEdge(ctx, selectedEdge));
    else if (selected && ctx.kg.hasNode(selected)) panel.replaceChildren(...renderNode(ctx, selected));
    else panel.replaceChildren();
    panel.hidden = panel.childElementCount === 0;
  };
  ctx.store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || state.selectedEdge !== previous.selectedEdge) render();
  });
  render();
}
