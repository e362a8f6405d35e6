/** Sigma reducers: derive what each node and edge looks like from the view state, leaving the graph untouched. */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { RenderEdge, RenderGraph, RenderNode } from "../data/render-graph.ts";
import type { ViewState } from "../state/view-state.ts";
import { DIMMED_COLOR } from "../style/palette.ts";
import type { Appearance } from "./appearance.ts";
import type { Scene } from "./scene.ts";

/** Above this many edges, edges are hidden while ForceAtlas2 runs. */
export const LIVE_EDGE_LIMIT = 5000;

export interface Reducers {
  node: (key: string, data: RenderNode) => Partial<NodeDisplayData>;
  edge: (key: string, data: RenderEdge) => Partial<EdgeDisplayData>;
}

export function makeReducers(graph: RenderGraph, getState: () => ViewState, getScene: () => Scene, appearance: Appearance): Reducers {
  return {
    node(key, data) {
      const state = getState();
      const { visible } = getScene();
      if (!visible.nodes.has(key)) return { ...data, hidden: true, label: null };
      const out: Partial<NodeDisplayData> = { ...data };
      if (state.colourBy === "community") out.color = appearance.communityColour(key);
      if (state.sizeBy === "pagerank") out.size = appearance.pagerankSize(key);
      const focus = state.hovered;
      if (focus && key !== focus && !graph.areNeighbors(key, focus)) {
        out.color = DIMMED_COLOR;
        out.label = "";
        out.zIndex = 0;
      } else if (focus) {
        out.zIndex = 1;
        out.forceLabel = true;
      }
      if (key === state.selected || key === state.pathFrom || key === state.pathTo) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 2;
      }
      // focused modes are small: every label fits
      if (state.mode !== "explore") out.forceLabel = true;
      return out;
    },
    edge(key, data) {
      const state = getState();
      // every layout tick redraws everything; on large graphs the edges would make each tick take seconds
      if (state.layoutRunning && graph.size > LIVE_EDGE_LIMIT) return { ...data, hidden: true };
      if (!getScene().visible.edges.has(key)) return { ...data, hidden: true };
      const focus = state.hovered;
      if (focus && !graph.hasExtremity(key, focus)) return { ...data, color: DIMMED_COLOR };
      if (key === state.selectedEdge) return { ...data, size: data.size * 3, zIndex: 1 };
      return data;
    },
  };
}
