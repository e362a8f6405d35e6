/** Viewer entry: load the snapshot, project it for sigma, lay it out, draw it, wire the panels. */
import Sigma from "sigma";
import { loadSnapshot, snapshotUrl } from "./data/load-snapshot.ts";
import { type RenderEdge, type RenderNode, toRenderGraph } from "./data/render-graph.ts";
import { exposeDebugHandle } from "./debug/handle.ts";
import { initialLayout } from "./layout/initial.ts";
import { countByType, renderLegend } from "./legend/legend.ts";
import { makeReducers } from "./render/reducers.ts";
import { Store } from "./state/store.ts";
import { initialViewState } from "./state/view-state.ts";
import { LABEL_FONT } from "./style/palette.ts";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer: #${id} is missing from index.html`);
  return found as T;
}

async function main(): Promise<void> {
  const status = element("status");
  const kg = await loadSnapshot(snapshotUrl(window.location));
  const graph = toRenderGraph(kg);
  initialLayout(graph);

  const store = new Store(initialViewState());
  const reducers = makeReducers(graph, () => store.get());
  const sigma = new Sigma<RenderNode, RenderEdge>(graph, element("graph"), {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelDensity: 0.35,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6,
    defaultEdgeType: "arrow",
    zIndex: true,
    nodeReducer: reducers.node,
    edgeReducer: reducers.edge,
  });
  store.subscribe(() => sigma.refresh({ skipIndexation: true }));
  sigma.on("enterNode", ({ node }) => store.update({ hovered: node }));
  sigma.on("leaveNode", () => store.update({ hovered: null }));
  sigma.on("clickNode", ({ node }) => store.update({ selected: node }));
  sigma.on("clickStage", () => store.update({ selected: null }));

  renderLegend(element("legend"), countByType(kg));
  status.textContent = `${kg.order} 个实体 · ${kg.size} 条关系 · ${kg.getAttribute("documents").length} 份文件`;
  exposeDebugHandle(kg, sigma, () => store.get());
}

main().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status) status.textContent = `加载失败: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
