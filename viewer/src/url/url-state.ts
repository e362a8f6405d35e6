/**
 * The view in the URL: filters, selection, mode, layout, styling and camera as query parameters, so a
 * link reproduces the view. Only values that differ from the defaults are written.
 */
import { ENTITY_TYPES, isEntityType, isRelationType, PERIODS, RELATION_TYPES, type Period } from "../../../graph/schema.ts";
import { type CameraView, initialViewState, LAYOUTS, MODES, type ViewState } from "../state/view-state.ts";

/** Parameters that are not part of the view and survive rewriting (which snapshot is loaded). */
const KEEP = ["snapshot"];

const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);
const round = (n: number): number => Math.round(n * 10_000) / 10_000;

export function encodeView(state: ViewState, camera: CameraView | null): URLSearchParams {
  const d = initialViewState();
  const p = new URLSearchParams();
  const f = state.filters;
  if (f.types.length !== ENTITY_TYPES.length) p.set("types", f.types.join(","));
  if (f.relations.length !== RELATION_TYPES.length) p.set("rels", f.relations.join(","));
  if (f.period) p.set("period", f.period);
  if (f.doc) p.set("doc", f.doc);
  if (f.city) p.set("city", f.city);
  if (f.minDegree) p.set("deg", String(f.minDegree));
  if (state.selected) p.set("sel", state.selected);
  if (state.selectedEdge) p.set("edge", state.selectedEdge);
  if (state.mode !== d.mode && state.mode !== "query") p.set("mode", state.mode);
  if (state.egoHops !== d.egoHops) p.set("hops", String(state.egoHops));
  if (state.pathFrom) p.set("from", state.pathFrom);
  if (state.pathTo) p.set("to", state.pathTo);
  if (state.clusterRegions) p.set("regions", state.clusterRegions.join(","));
  if (state.colourBy !== d.colourBy) p.set("colour", state.colourBy);
  if (state.sizeBy !== d.sizeBy) p.set("size", state.sizeBy);
  if (state.labelDensity !== d.labelDensity) p.set("density", String(state.labelDensity));
  if (state.layout !== d.layout) p.set("layout", state.layout);
  if (camera) p.set("cam", [camera.x, camera.y, camera.ratio].map(round).join(","));
  return p;
}

/** Reads a view from query parameters; unknown or malformed values fall back to the defaults. */
export function decodeView(params: URLSearchParams, hasNode: (key: string) => boolean, hasEdge: (key: string) => boolean): { state: ViewState; camera: CameraView | null } {
  const s = initialViewState();
  const node = (name: string): string | null => {
    const v = params.get(name);
    return v && hasNode(v) ? v : null;
  };
  const types = list(params.get("types")).filter(isEntityType);
  const rels = list(params.get("rels")).filter(isRelationType);
  const period = params.get("period");
  const number = (name: string, min: number, max: number, fallback: number): number => {
    const v = Number(params.get(name));
    return params.has(name) && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
  };
  s.filters = {
    types: params.has("types") ? types : s.filters.types,
    relations: params.has("rels") ? rels : s.filters.relations,
    period: period && (PERIODS as readonly string[]).includes(period) ? (period as Period) : null,
    doc: params.get("doc"),
    city: node("city"),
    minDegree: number("deg", 0, 1000, 0),
  };
  s.selected = node("sel");
  const edge = params.get("edge");
  s.selectedEdge = edge && hasEdge(edge) ? edge : null;
  const mode = params.get("mode");
  // a query result is live data and is not in the link; such a view opens as the plain graph
  s.mode = MODES.find((m) => m === mode && m !== "query") ?? s.mode;
  s.egoHops = number("hops", 1, 3, s.egoHops);
  s.pathFrom = node("from");
  s.pathTo = node("to");
  s.clusterRegions = params.has("regions") ? list(params.get("regions")).filter(hasNode) : null;
  s.colourBy = params.get("colour") === "community" ? "community" : "type";
  s.sizeBy = params.get("size") === "pagerank" ? "pagerank" : "degree";
  s.labelDensity = number("density", 0.05, 2, s.labelDensity);
  const layout = params.get("layout");
  s.layout = LAYOUTS.find((l) => l === layout) ?? s.layout;
  const cam = list(params.get("cam")).map(Number);
  const camera = cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null;
  return { state: s, camera };
}

/** The query string for a view, keeping the non-view parameters of `current`. */
export function viewQuery(state: ViewState, camera: CameraView | null, current: URLSearchParams): string {
  const params = encodeView(state, camera);
  for (const key of KEEP) {
    const v = current.get(key);
    if (v) params.set(key, v);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
