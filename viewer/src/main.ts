/** Viewer entry: load the snapshot, project it for sigma, lay it out, draw it, mount the feature modules. */
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { AppContext } from "./app/context.ts";
import { mountKeyboard } from "./app/keyboard.ts";
import { mountModes } from "./app/modes.ts";
import { mountClusters } from "./clusters/clusters-view.ts";
import { mountConsole } from "./console/console-panel.ts";
import { loadSnapshot, snapshotUrl } from "./data/load-snapshot.ts";
import { type RenderEdge, type RenderNode, toRenderGraph } from "./data/render-graph.ts";
import { exposeDebugHandle } from "./debug/handle.ts";
import { mountExportMenu } from "./export/export-menu.ts";
import { cityIndex } from "./filters/cities.ts";
import { mountFilters } from "./filters/filter-panel.ts";
import { initialLayout, SYNC_LIMIT } from "./layout/initial.ts";
import { mountLayoutControls } from "./layout/layout-controls.ts";
import { mountDetailsPanel } from "./panel/node-panel.ts";
import { mountPresentation } from "./present/presentation.ts";
import { computeAppearance } from "./render/appearance.ts";
import { fitNodes, followContainerSize } from "./render/camera.ts";
import { edgeNear } from "./render/edge-hit.ts";
import { mountAppearanceControls } from "./render/appearance-controls.ts";
import { LIVE_EDGE_LIMIT, makeReducers } from "./render/reducers.ts";
import { computeScene, type Scene } from "./render/scene.ts";
import { mountSearch } from "./search/search-box.ts";
import { Store } from "./state/store.ts";
import { initialViewState, type ViewState } from "./state/view-state.ts";
import { LABEL_FONT } from "./style/palette.ts";
import { byId } from "./ui/dom.ts";
import { applyViewQuery, syncUrl } from "./url/url-sync.ts";

async function main(): Promise<void> {
  const status = byId("status");
  const { kg, positions } = await loadSnapshot(snapshotUrl(window.location));
  const graph = toRenderGraph(kg);
  // the ingest stored the layout: the graph is drawn where it will stay, with no layout work on load
  const settled = initialLayout(graph, positions);

  const store = new Store(initialViewState());
  let cityMemo: Map<string, Set<string>> | null = null;
  const cities = (): Map<string, Set<string>> => (cityMemo ??= cityIndex(kg));
  const appearance = computeAppearance(kg);
  // the scene is derived from the state; recomputed lazily, and only when a field it depends on changed
  // (hovering, styling and the camera change the state often and never the scene)
  const SCENE_FIELDS = ["filters", "mode", "selected", "egoHops", "pathFrom", "pathTo", "clusterRegions", "queryNodes"] as const;
  let sceneFor: ViewState | null = null;
  let scene: Scene | null = null;
  const getScene = (): Scene => {
    const state = store.get();
    if (!scene || !sceneFor || SCENE_FIELDS.some((f) => state[f] !== sceneFor![f])) {
      scene = computeScene(kg, state, cities);
      sceneFor = state;
    }
    return scene;
  };
  const reducers = makeReducers(graph, () => store.get(), getScene, appearance);
  const large = kg.order > SYNC_LIMIT || kg.size > LIVE_EDGE_LIMIT;
  const sigma = new Sigma<RenderNode, RenderEdge>(graph, byId("graph"), {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelDensity: store.get().labelDensity,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6,
    defaultEdgeType: "arrow",
    enableEdgeEvents: true,
    // the container is hidden while the shared-clusters graph replaces it
    allowInvalidContainer: true,
    zIndex: true,
    // large graphs: camera moves redraw nodes only, so panning and zooming stay fluid
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // Nodes are drawn as points (one vertex each, the same antialiased disc as sigma's default circles),
    // and on large graphs edges as one-pixel lines without arrow heads. Sigma's default programs draw each
    // node and edge as an instance, which software WebGL (a machine without a GPU) draws far slower: a
    // corpus frame takes 190 ms with them, 115 ms with points; 10k nodes / 50k edges 9 s, 0.9 s with lines.
    nodeProgramClasses: { circle: NodePointProgram },
    ...(large ? { edgeProgramClasses: { arrow: EdgeLineProgram } } : {}),
    nodeReducer: reducers.node,
    edgeReducer: reducers.edge,
  });
  const ctx: AppContext = {
    kg,
    positions,
    graph,
    sigma,
    store,
    appearance,
    scene: getScene,
    focusNode(key) {
      const data = sigma.getNodeDisplayData(key);
      if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(sigma.getCamera().ratio, 0.5) }, { duration: 400 });
    },
  };
  followContainerSize(sigma);
  store.subscribe((state, previous) => {
    if (state.labelDensity !== previous.labelDensity) sigma.setSetting("labelDensity", state.labelDensity);
    sigma.refresh({ skipIndexation: true });
    // entering a focused view (or changing what it focuses on) frames it
    const focusChanged = state.mode !== previous.mode || state.egoHops !== previous.egoHops || state.pathFrom !== previous.pathFrom || state.pathTo !== previous.pathTo || state.clusterRegions !== previous.clusterRegions;
    if (focusChanged || (state.mode === "ego" && state.selected !== previous.selected)) {
      requestAnimationFrame(() => fitNodes(sigma, state.mode === "explore" ? graph.nodes() : getScene().visible.nodes));
    }
  });
  // Hovering dims all but the node's neighbourhood: a redraw of every node and edge. On a large graph
  // (~1.5 s a hover at 10k nodes / 50k edges on software WebGL) sigma's own hover layer, which draws just
  // the node under the pointer and its label, is what stays responsive.
  if (!large) {
    sigma.on("enterNode", ({ node }) => store.update({ hovered: node }));
    sigma.on("leaveNode", () => store.update({ hovered: null }));
  }
  sigma.on("clickNode", ({ node }) => store.update({ selected: node, selectedEdge: null }));
  sigma.on("clickEdge", ({ edge }) => store.update({ selectedEdge: edge, selected: null }));
  sigma.on("clickStage", ({ event }) => store.update({ selected: null, selectedEdge: edgeNear(sigma, event.x, event.y) }));

  mountFilters(ctx);
  mountAppearanceControls(ctx);
  mountSearch(ctx);
  mountDetailsPanel(ctx);
  mountModes(ctx);
  mountClusters(ctx);
  const layout = mountLayoutControls(ctx);
  if (!settled && store.get().layout === "force") layout.runFor(8000);
  mountConsole(ctx);
  mountExportMenu(ctx);
  mountKeyboard(ctx, mountPresentation(ctx));
  applyViewQuery(ctx, window.location.search);
  syncUrl(ctx);
  status.textContent = `${kg.order} 个实体 · ${kg.size} 条关系 · ${kg.getAttribute("documents").length} 份文件`;
  exposeDebugHandle(kg, sigma, () => store.get());
}

main().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status) status.textContent = `加载失败: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
