/** Colour (entity type or Louvain community), size (degree or PageRank) and label density controls. */
import type { AppContext } from "../app/context.ts";
import type { ViewState } from "../state/view-state.ts";
import { byId, el } from "../ui/dom.ts";

function radioGroup<K extends "colourBy" | "sizeBy">(ctx: AppContext, name: K, options: Array<[ViewState[K], string]>): HTMLElement {
  const group = el("div", { className: "radio-group", attrs: { role: "radiogroup" } });
  for (const [value, label] of options) {
    const input = el("input", { attrs: { type: "radio", name, value: String(value) } });
    input.addEventListener("change", () => ctx.store.update({ [name]: value } as Partial<ViewState>));
    group.append(el("label", {}, [input, el("span", { text: label })]));
  }
  return group;
}

export function mountAppearanceControls(ctx: AppContext): void {
  const density = el("input", { attrs: { type: "range", name: "labelDensity", min: "0.05", max: "2", step: "0.05", "aria-label": "标签密度" } });
  density.addEventListener("input", () => ctx.store.update({ labelDensity: Number(density.value) }));
  const communities = el("span", { className: "muted community-count" });
  const box = byId("appearance");
  box.replaceChildren(
    el("div", { className: "legend-title", text: "样式" }),
    el("div", { text: "颜色" }),
    radioGroup(ctx, "colourBy", [
      ["type", "实体类型"],
      ["community", "社区 (Louvain)"],
    ]),
    communities,
    el("div", { text: "大小" }),
    radioGroup(ctx, "sizeBy", [
      ["degree", "度数"],
      ["pagerank", "PageRank"],
    ]),
    el("label", { className: "legend-item" }, [el("span", { text: "标签密度" }), density]),
  );
  const render = (): void => {
    const state = ctx.store.get();
    for (const input of box.querySelectorAll<HTMLInputElement>("input[type=radio]")) input.checked = state[input.name as "colourBy" | "sizeBy"] === input.value;
    density.value = String(state.labelDensity);
    // counted only once communities are in use: Louvain is computed on demand
    communities.textContent = state.colourBy === "community" ? `（${ctx.appearance.communityCount} 个社区）` : "";
  };
  ctx.store.subscribe(render);
  render();
}
