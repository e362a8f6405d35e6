/** Read statements of the exporter: the whole entity graph and its provenance layer, as plain maps. */
import { ENTITY_LABEL, PROVENANCE_LABELS as L, PROVENANCE_RELATIONS as R } from "../schema.ts";
import { P } from "./props.ts";
import { label, relType } from "./query.ts";

const ENTITY = label(ENTITY_LABEL);

export const READ_ENTITIES = `MATCH (n${ENTITY})
RETURN n.${P.key} AS key, n.${P.type} AS type, n.${P.name} AS name, coalesce(n.${P.aliases}, []) AS aliases,
       coalesce(n.${P.docs}, []) AS docs, coalesce(n.${P.periods}, []) AS periods,
       COLLECT { MATCH (n)-[${relType(R.mentionedIn)}]->(s${label(L.sentence)}) RETURN s.${P.key} ORDER BY s.${P.doc}, s.${P.line} } AS sentences,
       n.${P.code} AS code, n.${P.level} AS level, n.${P.parent} AS parent, n.${P.region} AS region, n.${P.scope} AS scope, n.${P.broader} AS broader
ORDER BY key`;

export const READ_FACTS = `MATCH (a${ENTITY})-[r]->(b${ENTITY}) WHERE r.${P.docs} IS NOT NULL
RETURN r.${P.key} AS key, type(r) AS type, a.${P.key} AS source, b.${P.key} AS target, r.${P.docs} AS docs,
       coalesce(r.${P.sentences}, []) AS sentences, coalesce(r.${P.periods}, []) AS periods, r.${P.rule} AS rule, r.${P.confidence} AS confidence
ORDER BY key`;

export const READ_DOCUMENTS = `MATCH (d${label(L.document)})
RETURN d.${P.id} AS id, d.${P.title} AS title, d.${P.sha256} AS sha256, d.${P.kind} AS kind, d.${P.source} AS source, d.${P.lines} AS lines,
       d.${P.region} AS region, d.${P.parentRegion} AS parentRegion, d.${P.period} AS period, d.${P.startYear} AS startYear, d.${P.endYear} AS endYear
ORDER BY id`;

export const READ_SENTENCES = `MATCH (s${label(L.sentence)})-[${relType(R.inDocument)}]->(d${label(L.document)})
RETURN s.${P.key} AS key, d.${P.id} AS doc, s.${P.line} AS line, s.${P.text} AS text, coalesce(s.${P.section}, []) AS section
ORDER BY doc, line`;

export const READ_MENTIONS = `MATCH (n${ENTITY})-[m${relType(R.mentionedIn)}]->(s${label(L.sentence)})
RETURN n.${P.key} AS entity, s.${P.key} AS sentence, coalesce(m.${P.surfaces}, []) AS surfaces, coalesce(m.${P.starts}, []) AS starts,
       coalesce(m.${P.ends}, []) AS ends, m.${P.rule} AS rule, m.${P.confidence} AS confidence
ORDER BY entity, sentence`;

export const READ_INDICATORS = `MATCH (i${label(L.indicator)})-[${relType(R.measures)}]->(e${ENTITY})
OPTIONAL MATCH (i)-[${relType(R.mentionedIn)}]->(s${label(L.sentence)})
RETURN i.${P.key} AS key, e.${P.key} AS subject, s.${P.key} AS sentence, i.${P.indicator} AS indicator, i.${P.surface} AS surface,
       i.${P.value} AS value, i.${P.unit} AS unit, i.${P.kind} AS kind, i.${P.year} AS year, i.${P.period} AS period,
       i.${P.qualifier} AS qualifier, i.${P.binding} AS binding, i.${P.doc} AS doc, i.${P.line} AS line, i.${P.rule} AS rule, i.${P.confidence} AS confidence
ORDER BY key`;
