/** Research queries across regions: shared strategies, projects of a strategy, similarity, connecting paths. */
import { RELATION_TYPES } from "../../schema.ts";
import { P } from "../props.ts";
import type { NamedQuery } from "../query.ts";
import { label, relType } from "../query.ts";
import { ENTITY, named, namedAny, WITHIN } from "./fragments.ts";

const REGION = label("Region");
const STRATEGY = label("Strategy");
const PROJECT = label("Project");
const INDUSTRY = label("Industry");

export const sharedStrategies: NamedQuery = {
  name: "shared-strategies",
  description: "Strategies that at least minRegions of the given regions implement (directly or through their parks and projects).",
  params: [
    { name: "regions", type: "string[]", description: "region names (empty: all regions)", default: [] },
    { name: "minRegions", type: "int", description: "how many regions must share the strategy", default: 2 },
  ],
  cypher: `MATCH (r${REGION}) WHERE ${namedAny("r", "regions")}
MATCH (r)${WITHIN}()-[${relType("IMPLEMENTS")}]->(s${STRATEGY})
WITH s, r ORDER BY r.${P.name}
WITH s, collect(DISTINCT r.${P.name}) AS regions
WHERE size(regions) >= $minRegions
RETURN s.${P.name} AS strategy, s.${P.scope} AS scope, size(regions) AS regionCount, regions
ORDER BY regionCount DESC, strategy`,
};

export const strategyProjects: NamedQuery = {
  name: "strategy-projects",
  description: "Projects that implement a strategy, with where they are located and the documents that say so.",
  params: [{ name: "strategy", type: "string", description: "strategy name, e.g. 长株潭一体化" }],
  cypher: `MATCH (s${STRATEGY}) WHERE ${named("s", "strategy")}
MATCH (p${PROJECT})-[f${relType("IMPLEMENTS")}]->(s)
OPTIONAL MATCH (p)-[${relType("LOCATED_IN")}]->(place)
RETURN p.${P.name} AS project, s.${P.name} AS strategy, collect(DISTINCT place.${P.name}) AS locatedIn, f.${P.docs} AS docs, f.${P.periods} AS periods
ORDER BY project`,
};

export const regionSimilarity: NamedQuery = {
  name: "region-similarity",
  description: "Pairs of regions ranked by the Jaccard similarity of the industries they develop (|shared| / |either|).",
  params: [
    { name: "region", type: "string", description: "only pairs that include this region (null: all pairs)", default: null },
    { name: "limit", type: "int", description: "pairs to return", default: 20 },
  ],
  cypher: `MATCH (r${REGION})${WITHIN}()-[${relType("DEVELOPS")}]->(i${INDUSTRY})
WITH r, collect(DISTINCT i.${P.name}) AS industries
WITH collect({name: r.${P.name}, aliases: coalesce(r.${P.aliases}, []), industries: industries}) AS all
UNWIND all AS a
UNWIND all AS b
WITH a, b WHERE a.name < b.name
  AND ($region IS NULL OR $region = a.name OR $region = b.name OR $region IN a.aliases OR $region IN b.aliases)
WITH a, b, [x IN a.industries WHERE x IN b.industries] AS shared
WHERE size(shared) > 0
WITH a, b, shared, size(a.industries) + size(b.industries) - size(shared) AS either
RETURN a.name AS regionA, b.name AS regionB, toFloat(size(shared)) / either AS jaccard, shared, either AS unionSize
ORDER BY jaccard DESC, size(shared) DESC, regionA, regionB
LIMIT $limit`,
};

export const shortestPath: NamedQuery = {
  name: "shortest-path",
  description:
    "The shortest chain of facts linking two entities (e.g. two regions through an industry or strategy they share); the region hierarchy (PART_OF) is left out unless hierarchy=true.",
  params: [
    { name: "from", type: "string", description: "name of the first entity" },
    { name: "to", type: "string", description: "name of the second entity" },
    { name: "hierarchy", type: "boolean", description: "allow steps along PART_OF", default: false },
  ],
  cypher: `MATCH (a${ENTITY}) WHERE ${named("a", "from")}
MATCH (b${ENTITY}) WHERE ${named("b", "to")} AND a <> b
MATCH p = shortestPath((a)-[${relType(...RELATION_TYPES)}*..8]-(b))
WHERE $hierarchy OR none(rel IN relationships(p) WHERE type(rel) = $partOf)
RETURN [n IN nodes(p) | n.${P.name}] AS names, [n IN nodes(p) | n.${P.type}] AS types,
       [rel IN relationships(p) | type(rel)] AS relations, length(p) AS hops
ORDER BY hops
LIMIT 1`,
  fixed: { partOf: "PART_OF" },
};
