/**
 * Which city each node belongs to, for the city filter: regions climb PART_OF (or their `parent`) to a
 * city; parks, projects and enterprises go through LOCATED_IN first; industries and strategies belong to
 * the cities of the places that develop or implement them.
 */
import type { KgGraph } from "../../../graph/model.ts";
import { entityKey } from "../../../graph/ids.ts";
import type { RelationType } from "../../../graph/schema.ts";

const UP: RelationType = "PART_OF";
const PLACED: RelationType = "LOCATED_IN";

function isCity(kg: KgGraph, key: string): boolean {
  const attrs = kg.getNodeAttributes(key);
  if (attrs.type !== "Region") return false;
  // without a level from the extractor, a name ending in 市 that is not the subject's own county-level city
  return attrs.level ? attrs.level === "city" : /市$/.test(attrs.name);
}

function parentsOf(kg: KgGraph, key: string): string[] {
  const out: string[] = [];
  kg.forEachOutEdge(key, (_, attrs, __, target) => {
    if (attrs.type === UP || attrs.type === PLACED) out.push(target);
  });
  const parent = kg.getNodeAttribute(key, "parent");
  if (parent) {
    const parentKey = entityKey("Region", parent);
    if (kg.hasNode(parentKey)) out.push(parentKey);
  }
  return out;
}

function climb(kg: KgGraph, start: string, memo: Map<string, Set<string>>, seen = new Set<string>()): Set<string> {
  const cached = memo.get(start);
  if (cached) return cached;
  if (seen.has(start)) return new Set();
  seen.add(start);
  const cities = new Set<string>();
  if (isCity(kg, start)) cities.add(start);
  for (const parent of parentsOf(kg, start)) for (const c of climb(kg, parent, memo, seen)) cities.add(c);
  memo.set(start, cities);
  return cities;
}

/** node key → keys of the cities it lies in (empty when unknown). */
export function cityIndex(kg: KgGraph): Map<string, Set<string>> {
  const memo = new Map<string, Set<string>>();
  kg.forEachNode((key, attrs) => {
    if (attrs.type === "Industry" || attrs.type === "Strategy") return;
    climb(kg, key, memo);
  });
  kg.forEachNode((key, attrs) => {
    if (attrs.type !== "Industry" && attrs.type !== "Strategy") return;
    const cities = new Set<string>();
    kg.forEachInNeighbor(key, (source) => memo.get(source)?.forEach((c) => cities.add(c)));
    memo.set(key, cities);
  });
  return memo;
}

/** The cities of the graph, for the filter's choice list (every city lies in itself, so none is empty). */
export function cityNodes(kg: KgGraph): string[] {
  return kg.filterNodes((key) => isCity(kg, key));
}
