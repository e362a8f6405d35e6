/** What is on screen: the filters, narrowed by the current mode (ego network, path, shared clusters). */
import type { KgGraph } from "../../../graph/model.ts";
import { defaultClusterRegions, sharedClusters, type SharedClusters } from "../clusters/shared.ts";
import { applyFilters, type Visibility } from "../filters/visibility.ts";
import { egoNetwork, shortestPath } from "../paths/neighbourhood.ts";
import type { ViewState } from "../state/view-state.ts";

export interface Scene {
  /** After the filters only (what the counts describe). */
  filtered: Visibility;
  /** What is drawn. */
  visible: Visibility;
  clusters: SharedClusters | null;
  /** Path mode with both ends chosen but no path between them. */
  noPath: boolean;
}

const NO_CITIES = new Map<string, Set<string>>();

/** `cities` (node → its cities) is asked for only when the view filters by city: it walks the whole graph. */
export function computeScene(kg: KgGraph, state: ViewState, cities: () => Map<string, Set<string>>): Scene {
  const filtered = applyFilters(kg, state.filters, state.filters.city ? cities() : NO_CITIES);
  const scene: Scene = { filtered, visible: filtered, clusters: null, noPath: false };
  if (state.mode === "ego" && state.selected && kg.hasNode(state.selected)) {
    scene.visible = egoNetwork(kg, filtered, state.selected, state.egoHops);
  } else if (state.mode === "path" && state.pathFrom && state.pathTo) {
    const path = shortestPath(kg, filtered, state.pathFrom, state.pathTo);
    if (path) scene.visible = path;
    else scene.noPath = true;
  } else if (state.mode === "query" && state.queryNodes.length) {
    const nodes = new Set(state.queryNodes.filter((k) => kg.hasNode(k)));
    scene.visible = { nodes, edges: new Set([...filtered.edges].filter((e) => kg.extremities(e).every((n) => nodes.has(n)))) };
  } else if (state.mode === "clusters") {
    scene.clusters = sharedClusters(kg, state.clusterRegions ?? defaultClusterRegions(kg), filtered);
    scene.visible = scene.clusters.focus;
  }
  return scene;
}
