/** Sigma reducers: derive what each node and edge looks like from the view state, leaving the graph untouched. */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { RenderEdge, RenderGraph, RenderNode } from "../data/render-graph.ts";
import type { ViewState } from "../state/view-state.ts";
import { DIMMED_COLOR } from "../style/palette.ts";

export interface Reducers {
  node: (key: string, data: RenderNode) => Partial<NodeDisplayData>;
  edge: (key: string, data: RenderEdge) => Partial<EdgeDisplayData>;
}

export function makeReducers(graph: RenderGraph, getState: () => ViewState): Reducers {
  return {
    node(key, data) {
      const { hovered, selected } = getState();
      const out: Partial<NodeDisplayData> = { ...data };
      const focus = hovered ?? selected;
      if (focus && key !== focus && !graph.areNeighbors(key, focus)) {
        out.color = DIMMED_COLOR;
        out.label = "";
        out.zIndex = 0;
      } else if (focus) {
        out.zIndex = 1;
      }
      if (key === selected) {
        out.highlighted = true;
        out.forceLabel = true;
      }
      return out;
    },
    edge(key, data) {
      const { hovered, selected } = getState();
      const focus = hovered ?? selected;
      if (focus && !graph.hasExtremity(key, focus)) return { ...data, hidden: true };
      return data;
    },
  };
}
