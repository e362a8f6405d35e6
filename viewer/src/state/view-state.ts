/** Everything the user can change about the view. It lives here and in sigma's reducers, never in the graph. */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type Period, type RelationType } from "../../../graph/schema.ts";

export interface Filters {
  types: readonly EntityType[];
  relations: readonly RelationType[];
  period: Period | null;
  /** Document id. */
  doc: string | null;
  /** Node key of a city-level region. */
  city: string | null;
  minDegree: number;
}

/** explore: the filtered graph; ego: around the selection; path: between two nodes; clusters: shared industries; query: a live Cypher result. */
export const MODES = ["explore", "ego", "path", "clusters", "query"] as const;
export type Mode = (typeof MODES)[number];

export const LAYOUTS = ["force", "circular-type", "geo"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  hovered: string | null;
  selected: string | null;
  selectedEdge: string | null;
  filters: Filters;
  mode: Mode;
  egoHops: number;
  pathFrom: string | null;
  pathTo: string | null;
  /** Region node keys; null means the default (the regions the documents are about). */
  clusterRegions: readonly string[] | null;
  /** Nodes named by the last console result (query mode); live data, so never put in the URL. */
  queryNodes: readonly string[];
  colourBy: "type" | "community";
  sizeBy: "degree" | "pagerank";
  labelDensity: number;
  layout: LayoutName;
  camera: CameraView | null;
  presenting: boolean;
  /** ForceAtlas2 is moving the nodes (large graphs draw no edges meanwhile). */
  layoutRunning: boolean;
}

export function defaultFilters(): Filters {
  return { types: [...ENTITY_TYPES], relations: [...RELATION_TYPES], period: null, doc: null, city: null, minDegree: 0 };
}

export function initialViewState(): ViewState {
  return {
    hovered: null,
    selected: null,
    selectedEdge: null,
    filters: defaultFilters(),
    mode: "explore",
    egoHops: 1,
    pathFrom: null,
    pathTo: null,
    clusterRegions: null,
    queryNodes: [],
    colourBy: "type",
    sizeBy: "degree",
    labelDensity: 0.35,
    layout: "force",
    camera: null,
    presenting: false,
    layoutRunning: false,
  };
}
