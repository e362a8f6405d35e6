/**
 * Shared clusters: the industries that two or more chosen regions develop. A region develops an industry
 * directly (DEVELOPS) or through what lies in it (sub-regions via PART_OF, parks/projects/enterprises via
 * LOCATED_IN, which develop it or are IN_INDUSTRY), since plans mostly assign industries to their parks.
 */
import type { KgGraph } from "../../../graph/model.ts";
import { entityKey } from "../../../graph/ids.ts";
import type { RelationType } from "../../../graph/schema.ts";
import type { Visibility } from "../filters/visibility.ts";

const INSIDE: readonly RelationType[] = ["PART_OF", "LOCATED_IN"];
const TO_INDUSTRY: readonly RelationType[] = ["DEVELOPS", "IN_INDUSTRY"];

export interface SharedClusters {
  regions: string[];
  /** Industries developed by at least `minRegions` regions, most shared first. */
  industries: string[];
  /** industry → region → number of supporting relations. */
  cells: Map<string, Map<string, number>>;
  /** The focused graph: regions, shared industries and the places and relations that connect them. */
  focus: Visibility;
}

/** The regions the documents are about (e.g. 天心区, 天元区, 荷塘区, 津市市), falling back to the busiest regions. */
export function defaultClusterRegions(kg: KgGraph): string[] {
  const regions = kg.filterNodes((_, a) => a.type === "Region");
  // a document without a recorded region is about the most specific region its title names
  const fromTitle = (title: string): string | null =>
    regions.filter((r) => title.includes(kg.getNodeAttribute(r, "name"))).sort((a, b) => kg.getNodeAttribute(b, "name").length - kg.getNodeAttribute(a, "name").length)[0] ?? null;
  const fromDocs = kg
    .getAttribute("documents")
    .map((d) => (d.region ? entityKey("Region", d.region) : fromTitle(d.title)))
    .filter((k): k is string => k !== null && kg.hasNode(k));
  if (fromDocs.length >= 2) return [...new Set(fromDocs)];
  const developsCount = (k: string): number => kg.outEdges(k).filter((e) => TO_INDUSTRY.includes(kg.getEdgeAttribute(e, "type"))).length;
  return regions.sort((a, b) => developsCount(b) - developsCount(a) || kg.degree(b) - kg.degree(a)).slice(0, 3);
}

/** For one region: industry → the edges (chains) through which the region reaches it. */
function industriesOf(kg: KgGraph, region: string, visible: Visibility): Map<string, { places: Set<string>; edges: Set<string> }> {
  const places = new Map<string, string[]>([[region, []]]);
  const queue = [region];
  while (queue.length) {
    const place = queue.shift()!;
    kg.forEachInEdge(place, (edge, attrs, source) => {
      if (!visible.edges.has(edge) || !INSIDE.includes(attrs.type) || places.has(source)) return;
      places.set(source, [...places.get(place)!, edge]);
      queue.push(source);
    });
  }
  const found = new Map<string, { places: Set<string>; edges: Set<string> }>();
  for (const [place, chain] of places) {
    kg.forEachOutEdge(place, (edge, attrs, _, target) => {
      if (!visible.edges.has(edge) || !TO_INDUSTRY.includes(attrs.type) || kg.getNodeAttribute(target, "type") !== "Industry") return;
      const entry = found.get(target) ?? { places: new Set(), edges: new Set() };
      entry.places.add(place);
      chain.forEach((e) => entry.edges.add(e));
      entry.edges.add(edge);
      found.set(target, entry);
    });
  }
  return found;
}

export function sharedClusters(kg: KgGraph, regions: readonly string[], visible: Visibility, minRegions = 2): SharedClusters {
  const chosen = regions.filter((r) => kg.hasNode(r));
  const cells = new Map<string, Map<string, number>>();
  const reach = new Map<string, Map<string, { places: Set<string>; edges: Set<string> }>>();
  for (const region of chosen) {
    const found = industriesOf(kg, region, visible);
    reach.set(region, found);
    for (const [industry, via] of found) {
      const row = cells.get(industry) ?? new Map<string, number>();
      row.set(region, via.edges.size);
      cells.set(industry, row);
    }
  }
  const industries = [...cells.entries()]
    .filter(([, row]) => row.size >= minRegions)
    .sort(([a, ra], [b, rb]) => rb.size - ra.size || kg.getNodeAttribute(a, "name").localeCompare(kg.getNodeAttribute(b, "name"), "zh-CN"))
    .map(([industry]) => industry);
  const focus: Visibility = { nodes: new Set([...chosen, ...industries]), edges: new Set() };
  for (const industry of industries) {
    for (const region of chosen) {
      const via = reach.get(region)?.get(industry);
      if (!via) continue;
      via.places.forEach((p) => focus.nodes.add(p));
      via.edges.forEach((e) => {
        focus.edges.add(e);
        kg.extremities(e).forEach((n) => focus.nodes.add(n));
      });
    }
  }
  for (const industry of [...cells.keys()]) if (!industries.includes(industry)) cells.delete(industry);
  return { regions: chosen, industries, cells, focus };
}
