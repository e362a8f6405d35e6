/**
 * The render graph: a projection of the knowledge graph carrying only what sigma draws (position, size,
 * colour, label). The knowledge graph itself is never written to by the viewer.
 */
import { MultiDirectedGraph } from "graphology";
import type { KgGraph } from "../../../graph/model.ts";
import type { EntityType, RelationType } from "../../../graph/schema.ts";
import { ENTITY_COLOR, RELATION_COLOR } from "../style/palette.ts";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entity: EntityType;
}

export interface RenderEdge {
  size: number;
  color: string;
  relation: RelationType;
}

export type RenderGraph = MultiDirectedGraph<RenderNode, RenderEdge>;

/**
 * Node radius from degree and mentions: square root of degree so hubs stand out without swallowing their
 * neighbours, plus a log of mentions so often-cited entities are visible even before relations exist.
 */
export function nodeSize(degree: number, mentions: number): number {
  // capped: a plan's own region links to hundreds of things and would otherwise cover its neighbours
  return Math.min(24, 2.5 + 1.5 * Math.sqrt(degree) + 1.2 * Math.log2(1 + mentions));
}

export function toRenderGraph(kg: KgGraph): RenderGraph {
  const render: RenderGraph = new MultiDirectedGraph<RenderNode, RenderEdge>();
  kg.forEachNode((key, attrs) => {
    render.addNode(key, {
      x: 0,
      y: 0,
      size: nodeSize(kg.degree(key), attrs.mentionCount),
      color: ENTITY_COLOR[attrs.type],
      label: attrs.name,
      entity: attrs.type,
    });
  });
  kg.forEachEdge((key, attrs, source, target) => {
    render.addDirectedEdgeWithKey(key, source, target, { size: 2, color: RELATION_COLOR[attrs.type], relation: attrs.type });
  });
  return render;
}
