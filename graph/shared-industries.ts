/**
 * What "region X develops industry Y" means, written once for the viewer's shared clusters and the
 * Neo4j query shared-industries (graph/cypher/queries/industries.ts) alike:
 *
 *   X develops Y when a plan says that X itself, or a place located in X, DEVELOPS Y.
 *
 * - "Located in X" follows LOCATED_IN up to two steps (a park in the district; a park, project or
 *   enterprise in a park in the district), because plans mostly assign industries to their parks.
 *   In Cypher: `(x:Region)<-[:LOCATED_IN*0..2]-(place)-[:DEVELOPS]->(y:Industry)`.
 * - PART_OF is not followed: a city would otherwise develop every industry of each of its districts and
 *   look the same as all of them; the districts are compared, not their sums.
 * - IN_INDUSTRY does not count: an enterprise or a project belonging to a sector says what is there, not
 *   what the plan sets out to develop, and a regional-economics comparison is of the plans' choices.
 *   (Projects and enterprises cannot DEVELOPS by the schema, so they never make a region develop anything.)
 */
import type { KgGraph } from "./model.ts";
import type { RelationType } from "./schema.ts";

/** The relation that places something in a region. */
export const LOCATED: RelationType = "LOCATED_IN";
/** How many LOCATED_IN steps a place may be from the region. */
export const LOCATED_MAX_HOPS = 2;
/** The one relation that says a place develops an industry. */
export const DEVELOPS: RelationType = "DEVELOPS";

/** How a region reaches one industry: the places that develop it and every relation on the way. */
export interface IndustryReach {
  places: Set<string>;
  edges: Set<string>;
}

/**
 * industry key → how `region` reaches it. `allowEdge` restricts the walk to some relations (the viewer
 * passes its filters); by default every relation of the graph is used.
 */
export function regionIndustries(kg: KgGraph, region: string, allowEdge: (edge: string) => boolean = () => true): Map<string, IndustryReach> {
  const found = new Map<string, IndustryReach>();
  if (!kg.hasNode(region)) return found;
  // breadth first, so each place is reached by its shortest chain of LOCATED_IN relations
  const chains = new Map<string, string[]>([[region, []]]);
  let frontier = [region];
  for (let hop = 0; hop < LOCATED_MAX_HOPS && frontier.length; hop++) {
    const next: string[] = [];
    for (const place of frontier) {
      kg.forEachInEdge(place, (edge, attrs, source) => {
        if (attrs.type !== LOCATED || chains.has(source) || !allowEdge(edge)) return;
        chains.set(source, [...chains.get(place)!, edge]);
        next.push(source);
      });
    }
    frontier = next;
  }
  for (const [place, chain] of chains) {
    kg.forEachOutEdge(place, (edge, attrs, _, target) => {
      if (attrs.type !== DEVELOPS || kg.getNodeAttribute(target, "type") !== "Industry" || !allowEdge(edge)) return;
      const reach = found.get(target) ?? { places: new Set<string>(), edges: new Set<string>() };
      reach.places.add(place);
      for (const e of chain) reach.edges.add(e);
      reach.edges.add(edge);
      found.set(target, reach);
    });
  }
  return found;
}

/** Every (region, industry) pair of the graph by this definition, as region key → industry keys. */
export function developedIndustries(kg: KgGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  kg.forEachNode((key, attrs) => {
    if (attrs.type !== "Region") return;
    const industries = regionIndustries(kg, key);
    if (industries.size) out.set(key, new Set(industries.keys()));
  });
  return out;
}
