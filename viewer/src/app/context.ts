/** What every feature module receives: the data, the renderer, the view state and the derived scene. */
import type Sigma from "sigma";
import type { Positions } from "../../../graph/layout.ts";
import type { KgGraph } from "../../../graph/model.ts";
import type { RenderEdge, RenderGraph, RenderNode } from "../data/render-graph.ts";
import type { Appearance } from "../render/appearance.ts";
import type { Scene } from "../render/scene.ts";
import type { Store } from "../state/store.ts";
import type { ViewState } from "../state/view-state.ts";

export interface AppContext {
  kg: KgGraph;
  /** The initial layout stored in the snapshot by the ingest (null: the viewer computes it). */
  positions: Positions | null;
  graph: RenderGraph;
  sigma: Sigma<RenderNode, RenderEdge>;
  store: Store<ViewState>;
  appearance: Appearance;
  /** The current scene, recomputed when the view state changes. */
  scene(): Scene;
  /** Centres the camera on a node (animated). */
  focusNode(key: string): void;
}

/** Display name of a node, for lists and titles. */
export function nodeName(ctx: AppContext, key: string): string {
  return ctx.kg.hasNode(key) ? ctx.kg.getNodeAttribute(key, "name") : key;
}

export function documentTitle(ctx: AppContext, id: string): string {
  return ctx.kg.getAttribute("documents").find((d) => d.id === id)?.title ?? id;
}
