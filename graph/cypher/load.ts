/**
 * The write statements of the loader, one document at a time and all inside one transaction:
 * `detachDocument` withdraws the document's support from every fact (deleting facts nobody else supports),
 * then the `upsert*` statements write its facts in `UNWIND $rows` batches.
 *
 * Every fact carries support lists: `docs` (document ids) and `periods` (plan periods of those documents,
 * in PERIODS order), and a relationship also `sentences` (sentence keys `doc#line`). A fact lives while
 * `docs` is non-empty, so re-ingesting a changed document replaces exactly its own support and keeps what
 * others support. An entity's sentences are its MENTIONED_IN relationships, not a list on the node: a broad
 * industry is mentioned in tens of thousands of sentences at 100 MB, and a list property is rewritten whole
 * on every append (measured: it was the largest cost of loading the 100 MB corpus).
 *
 * Common parameters: $doc (document id), $period (its plan period or null), $periods (PERIODS, for order).
 */
import type { EntityType, RelationType } from "../schema.ts";
import { ENTITY_LABEL, PROVENANCE_LABELS as L, PROVENANCE_RELATIONS as R } from "../schema.ts";
import { P } from "./props.ts";
import { label, relType } from "./query.ts";

const ENTITY = label(ENTITY_LABEL);
const DOC = label(L.document);
const SENTENCE = label(L.sentence);
const INDICATOR = label(L.indicator);

/** `list` plus the items of `more` it lacks, order kept (Cypher 5 has no list-set union). */
const union = (list: string, more: string) => `reduce(acc = coalesce(${list}, []), x IN ${more} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
/**
 * Support lists grow by the document being loaded. When the fact does not list the document yet (always
 * so after DETACH_DOCUMENT), none of its sentence keys (`doc#line`) can be there either, so the
 * rows are appended as they are: no element-by-element union, which costs list length × rows on the few
 * facts every document mentions (a broad industry lists tens of thousands of sentences at 100 MB).
 */
const appendSupport = (owner: string, list: string, more: string) =>
  `CASE WHEN $doc IN coalesce(${owner}.${P.docs}, []) THEN ${union(`${owner}.${list}`, more)} ELSE coalesce(${owner}.${list}, []) + ${more} END`;
/** Periods of the remaining support, recomputed from the documents still listed. */
const periodsOf = (docs: string) => `[p IN $periods WHERE EXISTS { MATCH (d${DOC}) WHERE d.${P.id} IN ${docs} AND d.${P.period} = p }]`;

/**
 * Prefix of the statements run for every document. Each of them finds its nodes through a unique key, so
 * its plan is the same on an empty store and on a large one; but by default Neo4j plans a cached query
 * again whenever the store's statistics have moved past a threshold, which during a load (a store growing
 * from nothing) is every few seconds for every statement. Measured on the 10 MB graph: the server's CPU for
 * the load went from 15.2 s to 9.0 s with re-planning skipped.
 */
const KEEP_PLAN = "CYPHER replan=skip\n";

/** Reads the stored hash of a document (absent: never loaded). */
export const DOCUMENT_HASH = `${KEEP_PLAN}MATCH (d${DOC} {${P.id}: $doc}) RETURN d.${P.sha256} AS sha256`;

/** Withdraws the document's support from entities and relationships; deletes facts left without support. */
export const DETACH_DOCUMENT: readonly string[] = [
  `MATCH ()-[r]->() WHERE $doc IN r.${P.docs}
   WITH r, [d IN r.${P.docs} WHERE d <> $doc] AS docs
   SET r.${P.docs} = docs,
       r.${P.sentences} = [s IN r.${P.sentences} WHERE NOT s STARTS WITH $sentencePrefix],
       r.${P.periods} = ${periodsOf("docs")}
   WITH r WHERE size(r.${P.docs}) = 0
   DELETE r`,
  `MATCH (n${ENTITY}) WHERE $doc IN n.${P.docs}
   WITH n, [d IN n.${P.docs} WHERE d <> $doc] AS docs
   SET n.${P.docs} = docs,
       n.${P.periods} = ${periodsOf("docs")}
   WITH n WHERE size(n.${P.docs}) = 0
   DETACH DELETE n`,
  `MATCH (i${INDICATOR} {${P.doc}: $doc}) DETACH DELETE i`,
  `MATCH (s${SENTENCE} {${P.doc}: $doc}) DETACH DELETE s`,
];

/** Takes a document out completely (after DETACH_DOCUMENT). */
export const DELETE_DOCUMENT = `MATCH (d${DOC} {${P.id}: $doc}) DETACH DELETE d`;

/** Written last in the document's transaction, so a Document node with its hash means "fully loaded". */
export const UPSERT_DOCUMENT = `${KEEP_PLAN}MERGE (d${DOC} {${P.id}: $doc}) SET d += $props`;

export const UPSERT_SENTENCES = `UNWIND $rows AS row
MATCH (d${DOC} {${P.id}: $doc})
MERGE (s${SENTENCE} {${P.key}: row.key})
SET s.${P.doc} = $doc, s.${P.line} = row.${P.line}, s.${P.text} = row.${P.text}, s.${P.section} = row.${P.section}
MERGE (s)-[${relType(R.inDocument)}]->(d)`;

/** Document node first (without its hash) so sentences can hang off it inside the same transaction. */
export const CREATE_DOCUMENT_SHELL = `${KEEP_PLAN}MERGE (d${DOC} {${P.id}: $doc})`;

export function upsertEntities(type: EntityType): string {
  return `${KEEP_PLAN}UNWIND $rows AS row
MERGE (n${ENTITY} {${P.key}: row.key})
ON CREATE SET n${label(type)}
SET n.${P.type} = row.type,
    n.${P.name} = row.name,
    n.${P.aliases} = ${union(`n.${P.aliases}`, "row.aliases")},
    n.${P.docs} = ${appendSupport("n", P.docs, "[$doc]")},
    n.${P.periods} = [p IN $periods WHERE p IN coalesce(n.${P.periods}, []) OR p = $period],
    n.${P.code} = coalesce(row.code, n.${P.code}),
    n.${P.level} = coalesce(row.level, n.${P.level}),
    n.${P.parent} = coalesce(row.parent, n.${P.parent}),
    n.${P.region} = coalesce(row.region, n.${P.region}),
    n.${P.scope} = coalesce(row.scope, n.${P.scope}),
    n.${P.broader} = coalesce(row.broader, n.${P.broader})`;
}

export const UPSERT_MENTIONS = `UNWIND $rows AS row
MATCH (n${ENTITY} {${P.key}: row.entity})
MATCH (s${SENTENCE} {${P.key}: row.sentence})
MERGE (n)-[m${relType(R.mentionedIn)}]->(s)
SET m.${P.surfaces} = row.${P.surfaces}, m.${P.starts} = row.${P.starts}, m.${P.ends} = row.${P.ends}, m.${P.rule} = row.rule, m.${P.confidence} = row.confidence`;

export function upsertRelations(type: RelationType): string {
  return `${KEEP_PLAN}UNWIND $rows AS row
MATCH (a${ENTITY} {${P.key}: row.from})
MATCH (b${ENTITY} {${P.key}: row.to})
MERGE (a)-[r${relType(type)}]->(b)
SET r.${P.key} = row.key,
    r.${P.sentences} = ${appendSupport("r", P.sentences, `row.${P.sentences}`)},
    r.${P.docs} = ${appendSupport("r", P.docs, "[$doc]")},
    r.${P.periods} = [p IN $periods WHERE p IN coalesce(r.${P.periods}, []) OR p = $period],
    r.${P.rule} = row.rule,
    r.${P.confidence} = CASE WHEN r.${P.confidence} > row.confidence THEN r.${P.confidence} ELSE row.confidence END`;
}

export const UPSERT_INDICATORS = `UNWIND $rows AS row
MATCH (e${ENTITY} {${P.key}: row.subject})
MATCH (s${SENTENCE} {${P.key}: row.sentence})
MERGE (i${INDICATOR} {${P.key}: row.key})
SET i += row.props, i.${P.doc} = $doc, i.${P.sentence} = row.${P.sentence}
MERGE (i)-[${relType(R.measures)}]->(e)
MERGE (i)-[${relType(R.mentionedIn)}]->(s)`;

/*
 * A document's own nodes and relationships — its sentences, the mentions in them, its indicators — are
 * keyed by the document (`doc#line`, `doc#line|…`) and all deleted by DETACH_DOCUMENT, so when the loader
 * writes them they cannot exist yet: CREATE, not MERGE, and no lock on the entity's (possibly dense)
 * relationship chain to look for a relationship that is not there. The UPSERT_* forms above stay for
 * writers that cannot promise a fresh document.
 */

export const CREATE_SENTENCES = `${KEEP_PLAN}MATCH (d${DOC} {${P.id}: $doc})
UNWIND $rows AS row
CREATE (s${SENTENCE} {${P.key}: row.key, ${P.doc}: $doc, ${P.line}: row.${P.line}, ${P.text}: row.${P.text}, ${P.section}: row.${P.section}})-[${relType(R.inDocument)}]->(d)`;

export const CREATE_MENTIONS = `${KEEP_PLAN}UNWIND $rows AS row
MATCH (n${ENTITY} {${P.key}: row.entity})
MATCH (s${SENTENCE} {${P.key}: row.sentence})
CREATE (n)-[${relType(R.mentionedIn)} {${P.surfaces}: row.${P.surfaces}, ${P.starts}: row.${P.starts}, ${P.ends}: row.${P.ends}, ${P.rule}: row.rule, ${P.confidence}: row.confidence}]->(s)`;

export const CREATE_INDICATORS = `${KEEP_PLAN}UNWIND $rows AS row
MATCH (e${ENTITY} {${P.key}: row.subject})
MATCH (s${SENTENCE} {${P.key}: row.sentence})
CREATE (i${INDICATOR})
SET i = row.props, i.${P.key} = row.key, i.${P.doc} = $doc, i.${P.sentence} = row.${P.sentence}
CREATE (i)-[${relType(R.measures)}]->(e)
CREATE (i)-[${relType(R.mentionedIn)}]->(s)`;

/** Node and relationship totals, for the summary and the idempotence test. */
export const COUNT_GRAPH = `CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
