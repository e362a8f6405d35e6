/**
 * Shared clusters: the industries that two or more chosen regions develop, "develop" as defined once in
 * graph/shared-industries.ts (the region or a place located in it DEVELOPS the industry), the same
 * definition as the Neo4j query shared-industries.
 */
import type { KgGraph } from "../../../graph/model.ts";
import { entityKey } from "../../../graph/ids.ts";
import { DEVELOPS, type IndustryReach, regionIndustries } from "../../../graph/shared-industries.ts";
import type { Visibility } from "../filters/visibility.ts";

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
  const developsCount = (k: string): number => kg.outEdges(k).filter((e) => kg.getEdgeAttribute(e, "type") === DEVELOPS).length;
  return regions.sort((a, b) => developsCount(b) - developsCount(a) || kg.degree(b) - kg.degree(a)).slice(0, 3);
}

export function sharedClusters(kg: KgGraph, regions: readonly string[], visible: Visibility, minRegions = 2): SharedClusters {
  const chosen = regions.filter((r) => kg.hasNode(r));
  const cells = new Map<string, Map<string, number>>();
  const reach = new Map<string, Map<string, IndustryReach>>();
  // only what the filters let through counts
  const allowEdge = (edge: string): boolean => visible.edges.has(edge);
  for (const region of chosen) {
    const found = regionIndustries(kg, region, allowEdge);
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
