/** Research queries about provenance and places: evidence behind facts, park contents, indicators, search. */
import { RELATION_TYPES } from "../../schema.ts";
import { FULLTEXT_INDEX } from "../constraints.ts";
import { P } from "../props.ts";
import type { NamedQuery } from "../query.ts";
import { label, relType } from "../query.ts";
import { DOCUMENT, ENTITY, INDICATOR, SENTENCE, named, namedAny } from "./fragments.ts";

export const relationEvidence: NamedQuery = {
  name: "relation-evidence",
  description: "Why two entities are linked: every relation between them (either direction) and each sentence that states it, with document and line.",
  params: [
    { name: "from", type: "string", description: "name of one entity, e.g. 田心高科园" },
    { name: "to", type: "string", description: "name of the other, e.g. 轨道交通" },
    { name: "type", type: "string", description: "only this relation type (null: any)", default: null },
  ],
  cypher: `MATCH (a${ENTITY}) WHERE ${named("a", "from")}
MATCH (b${ENTITY}) WHERE ${named("b", "to")}
MATCH (a)-[f]-(b) WHERE type(f) IN $relationTypes AND ($type IS NULL OR type(f) = $type)
UNWIND f.${P.sentences} AS sk
MATCH (s${SENTENCE} {${P.key}: sk})
RETURN type(f) AS relation, startNode(f).${P.name} AS source, endNode(f).${P.name} AS target,
       f.${P.periods} AS periods, s.${P.doc} AS doc, s.${P.line} AS line, s.${P.section} AS section, s.${P.text} AS sentence
ORDER BY relation, doc, line`,
  fixed: { relationTypes: [...RELATION_TYPES] },
};

export const entityEvidence: NamedQuery = {
  name: "entity-evidence",
  description: "Where an entity is mentioned: document, line and sentence of each mention, with the surface forms used.",
  params: [
    { name: "name", type: "string", description: "entity name or alias" },
    { name: "limit", type: "int", description: "sentences to return", default: 20 },
  ],
  cypher: `MATCH (e${ENTITY}) WHERE ${named("e", "name")}
MATCH (e)-[m${relType("MENTIONED_IN")}]->(s${SENTENCE})
RETURN e.${P.name} AS entity, e.${P.type} AS type, m.${P.surfaces} AS surfaces, s.${P.doc} AS doc, s.${P.line} AS line, s.${P.text} AS sentence
ORDER BY doc, line
LIMIT $limit`,
};

export const parkContents: NamedQuery = {
  name: "park-contents",
  description: "What a park holds: the enterprises, projects and sub-parks located in it, with their industries.",
  params: [{ name: "park", type: "string", description: "park name, e.g. 株洲高新技术产业开发区" }],
  cypher: `MATCH (p${label("Park")}) WHERE ${named("p", "park")}
MATCH (x${ENTITY})-[${relType("LOCATED_IN")}]->(p)
OPTIONAL MATCH (x)-[${relType("IN_INDUSTRY", "DEVELOPS")}]->(i${label("Industry")})
WITH p, x, i ORDER BY i.${P.name}
RETURN p.${P.name} AS park, x.${P.type} AS type, x.${P.name} AS name, collect(DISTINCT i.${P.name}) AS industries
ORDER BY type, name`,
};

export const indicatorComparison: NamedQuery = {
  name: "indicator-comparison",
  description:
    "One indicator (e.g. 地区生产总值) compared across places and periods: value, unit, kind, year, qualifier, whether it is a five-year total, and where it comes from.",
  params: [
    { name: "indicator", type: "string", description: "canonical indicator name" },
    { name: "regions", type: "string[]", description: "place names (empty: all)", default: [] },
  ],
  cypher: `MATCH (n${INDICATOR} {${P.indicator}: $indicator})-[${relType("MEASURES")}]->(e${ENTITY})
WHERE ${namedAny("e", "regions")}
RETURN e.${P.name} AS place, n.${P.kind} AS kind, n.${P.value} AS value, n.${P.unit} AS unit, n.${P.year} AS year,
       n.${P.period} AS period, n.${P.qualifier} AS qualifier, coalesce(n.${P.cumulative}, false) AS cumulative,
       n.${P.doc} AS doc, n.${P.line} AS line
ORDER BY place, period, cumulative, year, kind`,
};

export const searchEntities: NamedQuery = {
  name: "search-entities",
  description: "Full-text search over entity names and aliases (CJK analyzer: 轨道交通 also finds 中国轨道交通城). Lucene syntax is escaped.",
  params: [
    { name: "text", type: "string", description: "words to look for" },
    { name: "limit", type: "int", description: "hits to return", default: 10 },
  ],
  cypher: `CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
RETURN node.${P.name} AS name, node.${P.type} AS type, node.${P.aliases} AS aliases, score
ORDER BY score DESC, name
LIMIT $limit`,
  fixed: { index: FULLTEXT_INDEX },
  // Names such as 长株潭（一体化） must not be read as Lucene operators.
  prepare: (params) => ({ ...params, text: String(params.text).replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&") }),
};

export const documents: NamedQuery = {
  name: "documents",
  description: "The loaded documents: period, region, hash, and how many sentences and entities each contributes.",
  params: [],
  cypher: `MATCH (d${DOCUMENT})
CALL { WITH d MATCH (s${SENTENCE} {${P.doc}: d.${P.id}}) RETURN count(s) AS sentences }
CALL { WITH d MATCH (e${ENTITY}) WHERE d.${P.id} IN e.${P.docs} RETURN count(e) AS entities }
RETURN d.${P.id} AS id, d.${P.title} AS title, d.${P.period} AS period, d.${P.region} AS region, d.${P.sha256} AS sha256, sentences, entities
ORDER BY id`,
};
