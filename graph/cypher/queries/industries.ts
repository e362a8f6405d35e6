/** Research queries about industries: who shares them, who carries them, how they change between plans. */
import { PERIODS } from "../../schema.ts";
import { P } from "../props.ts";
import type { NamedQuery } from "../query.ts";
import { label, relType } from "../query.ts";
import { evidenceOf, named, namedAny, WITHIN } from "./fragments.ts";

const REGION = label("Region");
const INDUSTRY = label("Industry");
const PARK = label("Park");
const DEVELOPS = relType("DEVELOPS");

const evidenceParam = { name: "evidence", type: "int", description: "supporting sentences returned per row", default: 5 } as const;

export const sharedIndustries: NamedQuery = {
  name: "shared-industries",
  description:
    "Industries that at least minRegions of the given regions develop (directly or through the parks and projects located in them), with the sentences that say so.",
  params: [
    { name: "regions", type: "string[]", description: "region names (empty: all regions)", default: [] },
    { name: "minRegions", type: "int", description: "how many of the regions must share the industry", default: 2 },
    evidenceParam,
  ],
  cypher: `MATCH (r${REGION}) WHERE ${namedAny("r", "regions")}
MATCH (r)${WITHIN}(x)-[d${DEVELOPS}]->(i${INDUSTRY})
WITH i, r, d ORDER BY r.${P.name}
WITH i, collect(DISTINCT r.${P.name}) AS regions, collect(DISTINCT d) AS facts
WHERE size(regions) >= $minRegions
WITH i, regions, reduce(acc = [], f IN facts | acc + [s IN f.${P.sentences} WHERE NOT s IN acc]) AS keys
${evidenceOf("keys", "evidence")}
RETURN i.${P.name} AS industry, size(regions) AS regionCount, regions, evidence
ORDER BY regionCount DESC, industry`,
};

export const regionIndustriesByPeriod: NamedQuery = {
  name: "region-industries-by-period",
  description: "The industries a region develops (itself or through what lies in it), grouped by the plan period of the supporting documents.",
  params: [{ name: "region", type: "string", description: "region name, e.g. 天元区" }],
  cypher: `MATCH (r${REGION}) WHERE ${named("r", "region")}
MATCH (r)${WITHIN}(x)-[d${DEVELOPS}]->(i${INDUSTRY})
UNWIND d.${P.periods} AS period
WITH period, collect(DISTINCT i.${P.name}) AS industries
RETURN period, industries, size(industries) AS count
ORDER BY [k IN range(0, size($periods) - 1) WHERE $periods[k] = period][0]`,
  fixed: { periods: [...PERIODS] },
};

export const periodChanges: NamedQuery = {
  name: "period-changes",
  description: "What changed in a region's industries between two plan periods: each industry marked new, dropped or kept.",
  params: [
    { name: "region", type: "string", description: "region name, e.g. 天心区" },
    { name: "from", type: "string", description: "earlier period", default: "十三五" },
    { name: "to", type: "string", description: "later period", default: "十四五" },
  ],
  cypher: `MATCH (r${REGION}) WHERE ${named("r", "region")}
MATCH (r)${WITHIN}(x)-[d${DEVELOPS}]->(i${INDUSTRY})
WITH i, reduce(acc = [], ps IN collect(d.${P.periods}) | acc + ps) AS periods
WITH i, $from IN periods AS before, $to IN periods AS after
WHERE before OR after
RETURN i.${P.name} AS industry, CASE WHEN before AND after THEN 'kept' WHEN after THEN 'new' ELSE 'dropped' END AS change
ORDER BY change, industry`,
};

export const parksByIndustry: NamedQuery = {
  name: "parks-by-industry",
  description: "Parks that carry an industry (or a narrower one under it): developed by the park itself or by projects and enterprises located in it.",
  params: [{ name: "industry", type: "string", description: "industry name, e.g. 轨道交通" }],
  cypher: `MATCH (i${INDUSTRY}) WHERE ${named("i", "industry")} OR i.${P.broader} = $industry
MATCH (p${PARK})<-[${relType("LOCATED_IN")}*0..2]-(x)-[${relType("DEVELOPS", "IN_INDUSTRY")}]->(i)
OPTIONAL MATCH (p)-[${relType("LOCATED_IN")}]->(r${REGION})
RETURN p.${P.name} AS park, collect(DISTINCT r.${P.name}) AS regions, collect(DISTINCT i.${P.name}) AS industries, p.${P.docs} AS docs
ORDER BY park`,
};

export const topIndustries: NamedQuery = {
  name: "top-industries",
  description: "The most widely shared industries: how many regions develop each (directly or through what lies in them), and how many documents say so.",
  params: [{ name: "limit", type: "int", description: "rows to return", default: 10 }],
  cypher: `MATCH (r${REGION})${WITHIN}()-[d${DEVELOPS}]->(i${INDUSTRY})
WITH i, r, d ORDER BY r.${P.name}
WITH i, collect(DISTINCT r.${P.name}) AS regions, reduce(acc = [], ds IN collect(d.${P.docs}) | acc + [doc IN ds WHERE NOT doc IN acc]) AS docs
RETURN i.${P.name} AS industry, size(regions) AS regionCount, size(docs) AS docCount, regions
ORDER BY regionCount DESC, docCount DESC, industry
LIMIT $limit`,
};
