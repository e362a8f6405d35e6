/** The shared-clusters panel: pick regions, see the sortable regions × industries matrix, export CSV or PNG. */
import { type AppContext, nodeName } from "../app/context.ts";
import { byId, download, el } from "../ui/dom.ts";
import { buildMatrix, type Matrix, matrixToCsv, type MatrixSort, sortMatrix } from "./matrix.ts";
import { matrixToPng } from "./matrix-png.ts";
import { clusterGraphNodes } from "../debug/handle.ts";
import { followContainerSize } from "../render/camera.ts";
import { buildClusterGraph, type ClusterRenderer, drawClusterGraph } from "./cluster-graph.ts";
import type { SharedClusters } from "./shared.ts";
import { defaultClusterRegions } from "./shared.ts";

export function mountClusters(ctx: AppContext): void {
  const { kg, store } = ctx;
  const panel = byId("clusters");
  const canvas = byId("cluster-graph");
  const main = byId("graph");
  let renderer: ClusterRenderer | null = null;
  let drawnFor: SharedClusters | null = null;
  let unfollow: (() => void) | null = null;
  let sort: MatrixSort = { by: "count" };
  let descending = true;
  let current: Matrix = { regions: [], rows: [] };
  const chosen = (): readonly string[] => store.get().clusterRegions ?? defaultClusterRegions(kg);
  const regions = kg.filterNodes((_, a) => a.type === "Region").sort((a, b) => kg.degree(b) - kg.degree(a));

  const addRegion = el("select", { attrs: { "aria-label": "add region", name: "add-region" } });
  addRegion.addEventListener("change", () => {
    if (addRegion.value) store.update({ clusterRegions: [...chosen(), addRegion.value] });
  });
  const chips = el("div", { className: "chips" });
  const table = el("table", { className: "matrix" });
  const setSort = (next: MatrixSort): void => {
    descending = JSON.stringify(next) === JSON.stringify(sort) ? !descending : next.by !== "name";
    sort = next;
    render();
  };
  panel.replaceChildren(
    el("header", { className: "clusters-head" }, [
      el("strong", { text: "共享产业集群" }),
      chips,
      addRegion,
      el("button", { className: "export-csv", text: "导出 CSV", onClick: () => download(new Blob([matrixToCsv(current)], { type: "text/csv;charset=utf-8" }), "shared-clusters.csv") }),
      el("button", { className: "export-png", text: "导出 PNG", onClick: () => void matrixToPng(current, "共享产业集群").then((b) => download(b, "shared-clusters.png")) }),
    ]),
    el("div", { className: "matrix-scroll" }, [table]),
  );

  function header(text: string, next: MatrixSort): HTMLElement {
    const active = JSON.stringify(next) === JSON.stringify(sort);
    const th = el("th", { attrs: { "aria-sort": active ? (descending ? "descending" : "ascending") : "none" } }, [el("button", { className: "link", text: `${text}${active ? (descending ? " ▼" : " ▲") : ""}`, onClick: () => setSort(next) })]);
    return th;
  }

  function render(): void {
    const state = store.get();
    panel.hidden = state.mode !== "clusters";
    // the focused graph replaces the main one while the mode is on
    canvas.hidden = panel.hidden;
    main.hidden = !panel.hidden;
    if (panel.hidden) {
      unfollow?.();
      renderer?.kill();
      renderer = null;
      return;
    }
    const clusters = ctx.scene().clusters;
    if (!clusters) return;
    const picked = chosen();
    chips.replaceChildren(
      ...picked.map((key) =>
        el("span", { className: "chip", dataset: { key } }, [
          el("span", { text: nodeName(ctx, key) }),
          el("button", { text: "×", title: "移除", attrs: { "aria-label": `remove ${nodeName(ctx, key)}` }, onClick: () => store.update({ clusterRegions: picked.filter((k) => k !== key) }) }),
        ]),
      ),
    );
    addRegion.replaceChildren(el("option", { text: "＋ 添加地区", attrs: { value: "" } }), ...regions.filter((r) => !picked.includes(r)).map((r) => el("option", { text: nodeName(ctx, r), attrs: { value: r } })));
    if (!renderer || drawnFor !== clusters) {
      drawnFor = clusters;
      const graph = buildClusterGraph(kg, clusters);
      unfollow?.();
      renderer = drawClusterGraph(canvas, graph, renderer);
      unfollow = followContainerSize(renderer);
      clusterGraphNodes.set(canvas, graph.nodes());
      renderer.on("clickNode", ({ node }) => store.update({ selected: node, selectedEdge: null }));
    }
    current = sortMatrix(buildMatrix(kg, clusters), sort, descending);
    const head = el("tr", {}, [header("产业", { by: "name" }), ...current.regions.map((r, index) => header(r.name, { by: "region", index })), header("地区数", { by: "count" })]);
    const body = current.rows.map((row) =>
      el("tr", { dataset: { industry: row.industry } }, [
        el("th", { attrs: { scope: "row" } }, [el("button", { className: "link", text: row.name, onClick: () => store.update({ selected: row.industry, selectedEdge: null }) })]),
        ...row.cells.map((count) => el("td", { className: count ? "hit" : "", text: count ? String(count) : "" })),
        el("td", { text: String(row.regionCount) }),
      ]),
    );
    table.replaceChildren(el("thead", {}, [head]), el("tbody", {}, body));
    if (!current.rows.length) table.append(el("caption", { text: "所选地区没有共同发展的产业" }));
  }
  store.subscribe((state, previous) => {
    if (state.mode !== previous.mode || state.clusterRegions !== previous.clusterRegions || state.filters !== previous.filters) render();
  });
  render();
}
