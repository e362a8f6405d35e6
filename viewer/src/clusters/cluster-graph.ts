/**
 * The focused shared-clusters graph, drawn by its own sigma: the chosen regions on a ring, each shared
 * industry placed between the regions that develop it, one edge per (region, industry) sized by how many
 * relations support it. A layout of its own keeps it readable however the main graph is laid out.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import Sigma from "sigma";
import type { KgGraph } from "../../../graph/model.ts";
import { ENTITY_COLOR, LABEL_FONT } from "../style/palette.ts";
import type { SharedClusters } from "./shared.ts";

interface ClusterNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  forceLabel?: boolean;
  fixed?: boolean;
}

const REGION_SIZE = 16;

interface ClusterEdge {
  size: number;
  color: string;
  weight?: number;
}
export type ClusterGraph = Graph<ClusterNode, ClusterEdge>;
export type ClusterRenderer = Sigma<ClusterNode, ClusterEdge>;

export function buildClusterGraph(kg: KgGraph, clusters: SharedClusters): ClusterGraph {
  const graph: ClusterGraph = new Graph<ClusterNode, ClusterEdge>();
  const ring = 300;
  clusters.regions.forEach((region, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, clusters.regions.length) - Math.PI / 2;
    graph.addNode(region, { x: ring * Math.cos(angle), y: ring * Math.sin(angle), size: REGION_SIZE, color: ENTITY_COLOR.Region, label: kg.getNodeAttribute(region, "name"), forceLabel: true });
  });
  clusters.industries.forEach((industry, i) => {
    const row = clusters.cells.get(industry)!;
    const ends = [...row.keys()].map((r) => graph.getNodeAttributes(r));
    // between its regions, pulled to the centre the more regions share it; a golden-angle offset separates neighbours
    const mx = ends.reduce((s, a) => s + a.x, 0) / ends.length;
    const my = ends.reduce((s, a) => s + a.y, 0) / ends.length;
    const share = ends.length / Math.max(1, clusters.regions.length);
    const spread = 12 + 3 * Math.sqrt(i);
    const angle = i * 2.399963;
    const total = [...row.values()].reduce((s, v) => s + v, 0);
    graph.addNode(industry, {
      x: mx * (1 - 0.6 * share) + spread * Math.cos(angle),
      y: my * (1 - 0.6 * share) + spread * Math.sin(angle),
      size: 5 + 2 * Math.sqrt(total),
      color: ENTITY_COLOR.Industry,
      label: kg.getNodeAttribute(industry, "name"),
    });
    for (const [region, count] of row) graph.addEdge(region, industry, { size: 0.5 + Math.sqrt(count), color: "#9fd3a9", weight: count });
  });
  // regions stay on their ring; ForceAtlas2 spreads the industries between them by what they share
  graph.forEachNode((key, a) => graph.setNodeAttribute(key, "fixed", a.size === REGION_SIZE));
  forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 40, gravity: 0.5, edgeWeightInfluence: 0.5 } });
  noverlap.assign(graph, { maxIterations: 150, settings: { margin: 6, ratio: 1.4 } });
  return graph;
}

/** Draws the cluster graph into `container`, replacing any previous drawing; returns the renderer. */
export function drawClusterGraph(container: HTMLElement, graph: ClusterGraph, previous: ClusterRenderer | null): ClusterRenderer {
  previous?.kill();
  return new Sigma<ClusterNode, ClusterEdge>(graph, container, { stagePadding: 60, labelFont: LABEL_FONT, labelSize: 13, labelDensity: 1.2, labelGridCellSize: 60, labelRenderedSizeThreshold: 0, zIndex: true });
}
