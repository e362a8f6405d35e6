/** Which nodes and edges the filters let through: a pure function of the graph and the filter state. */
import type { KgGraph } from "../../../graph/model.ts";
import type { Filters } from "../state/view-state.ts";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

function matchesContext(attrs: { docs: readonly string[]; periods: readonly string[] }, filters: Filters): boolean {
  if (filters.period && !attrs.periods.includes(filters.period)) return false;
  if (filters.doc && !attrs.docs.includes(filters.doc)) return false;
  return true;
}

export function applyFilters(kg: KgGraph, filters: Filters, cities: Map<string, Set<string>>): Visibility {
  const types = new Set(filters.types);
  const relations = new Set(filters.relations);
  const nodes = new Set<string>();
  kg.forEachNode((key, attrs) => {
    if (!types.has(attrs.type) || !matchesContext(attrs, filters)) return;
    if (filters.city && key !== filters.city && !cities.get(key)?.has(filters.city)) return;
    nodes.add(key);
  });
  const edges = new Set<string>();
  kg.forEachEdge((key, attrs, source, target) => {
    if (relations.has(attrs.type) && nodes.has(source) && nodes.has(target) && matchesContext(attrs, filters)) edges.add(key);
  });
  if (filters.minDegree <= 0) return { nodes, edges };

  // degree counted in the filtered graph, so the threshold reflects what is on screen
  const degree = new Map<string, number>();
  for (const edge of edges) {
    for (const end of kg.extremities(edge)) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  for (const node of nodes) if ((degree.get(node) ?? 0) < filters.minDegree) nodes.delete(node);
  for (const edge of edges) {
    const [s, t] = kg.extremities(edge);
    if (!nodes.has(s) || !nodes.has(t)) edges.delete(edge);
  }
  return { nodes, edges };
}

/** How many of the visible nodes/edges fall into each value of `keyOf`. */
export function countBy<K extends string>(keys: Iterable<string>, keyOf: (key: string) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) {
    const k = keyOf(key);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
