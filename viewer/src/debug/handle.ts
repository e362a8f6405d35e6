/**
 * `window.__plangraph`: a read-only window onto the running viewer for browser tests and the console.
 * It returns copies of plain data; nothing handed out can change the graph or the view.
 */
import type Sigma from "sigma";
import type { KgGraph } from "../../../graph/model.ts";
import { ENTITY_TYPES, type EntityType } from "../../../graph/schema.ts";
import type { RenderEdge, RenderNode } from "../data/render-graph.ts";
import type { ViewState } from "../state/view-state.ts";

export interface DebugHandle {
  readonly ready: true;
  counts(): { nodes: number; edges: number; byType: Record<EntityType, number> };
  /** Keys of the nodes currently drawn (not hidden by a reducer). */
  visibleNodes(): string[];
  /** Where a node is on screen, in CSS pixels relative to the graph container. */
  viewportPosition(key: string): { x: number; y: number } | null;
  /** What sigma draws for a node after the reducers ran. */
  display(key: string): { color: string; label: string | null; hidden: boolean; size: number } | null;
  state(): ViewState;
  /** Canonical name and aliases of a node. */
  names(key: string): { name: string; aliases: string[] } | null;
  /** The camera state (graph coordinates are sigma's framed 0–1 space). */
  camera(): { x: number; y: number; ratio: number };
  /** Times one full redraw (reducers + render), in ms: for benchmarks. */
  refreshMs(skipIndexation?: boolean): number;
  /** Nodes of the shared-clusters graph on screen (empty outside that mode). */
  clusterNodes(): string[];
}

/** Filled by the clusters view: which nodes its own renderer draws. */
export const clusterGraphNodes = new WeakMap<HTMLElement, string[]>();

function countByType(graph: KgGraph): Record<EntityType, number> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  graph.forEachNode((_, attrs) => counts[attrs.type]++);
  return counts;
}

declare global {
  interface Window {
    __plangraph?: DebugHandle;
  }
}

export function exposeDebugHandle(kg: KgGraph, sigma: Sigma<RenderNode, RenderEdge>, getState: () => ViewState): void {
  const handle: DebugHandle = {
    ready: true,
    counts: () => ({ nodes: kg.order, edges: kg.size, byType: countByType(kg) }),
    visibleNodes: () => kg.filterNodes((key) => sigma.getNodeDisplayData(key)?.hidden === false),
    viewportPosition(key) {
      const data = sigma.getNodeDisplayData(key);
      if (!data) return null;
      const { x, y } = sigma.framedGraphToViewport(data);
      return { x, y };
    },
    display(key) {
      const data = sigma.getNodeDisplayData(key);
      return data ? { color: data.color, label: data.label, hidden: data.hidden, size: data.size } : null;
    },
    state: () => structuredClone(getState()),
    names: (key) => (kg.hasNode(key) ? { name: kg.getNodeAttribute(key, "name"), aliases: [...kg.getNodeAttribute(key, "aliases")] } : null),
    refreshMs(skipIndexation = true) {
      const started = performance.now();
      sigma.refresh({ skipIndexation });
      return performance.now() - started;
    },
    clusterNodes: () => {
      const holder = document.getElementById("cluster-graph");
      return holder && !holder.hidden ? [...(clusterGraphNodes.get(holder) ?? [])] : [];
    },
    camera: () => {
      const { x, y, ratio } = sigma.getCamera().getState();
      return { x, y, ratio };
    },
  };
  Object.defineProperty(window, "__plangraph", { value: Object.freeze(handle), configurable: false, writable: false });
}
