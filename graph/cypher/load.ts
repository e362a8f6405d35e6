/**
 * The write statements of the loader, one document at a time and all inside one transaction:
 * `detachDocument` withdraws the document's support from every fact (deleting facts nobody else supports),
 * then the `upsert*` statements write its facts in `UNWIND $rows` batches.
 *
 * Every fact carries support lists: `docs` (document ids), `sentences` (sentence keys `doc#line`) and
 * `periods` (plan periods of those documents, in PERIODS order). A fact lives while `docs` is non-empty,
 * so re-ingesting a changed document replaces exactly its own support and keeps what others support.
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
/** Periods of the remaining support, recomputed from the documents still listed. */
const periodsOf = (docs: string) => `[p IN $periods WHERE EXISTS { MATCH (d${DOC}) WHERE d.${P.id} IN ${docs} AND d.${P.period} = p }]`;

/** Reads the stored hash of a document (absent: never loaded). */
export const DOCUMENT_HASH = `MATCH (d${DOC} {${P.id}: $doc}) RETURN d.${P.sha256} AS sha256`;

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
       n.${P.sentences} = [s IN n.${P.sentences} WHERE NOT s STARTS WITH $sentencePrefix],
       n.${P.periods} = ${periodsOf("docs")}
   WITH n WHERE size(n.${P.docs}) = 0
   DETACH DELETE n`,
  `MATCH (i${INDICATOR} {${P.doc}: $doc}) DETACH DELETE i`,
  `MATCH (s${SENTENCE} {${P.doc}: $doc}) DETACH DELETE s`,
];

/** Takes a document out completely (after DETACH_DOCUMENT). */
export const DELETE_DOCUMENT = `MATCH (d${DOC} {${P.id}: $doc}) DETACH DELETE d`;

/** Written last in the document's transaction, so a Document node with its hash means "fully loaded". */
export const UPSERT_DOCUMENT = `MERGE (d${DOC} {${P.id}: $doc}) SET d += $props`;

export const UPSERT_SENTENCES = `UNWIND $rows AS row
MATCH (d${DOC} {${P.id}: $doc})
MERGE (s${SENTENCE} {${P.key}: row.key})
SET s.${P.doc} = $doc, s.${P.line} = row.${P.line}, s.${P.text} = row.${P.text}, s.${P.section} = row.${P.section}
MERGE (s)-[${relType(R.inDocument)}]->(d)`;

/** Document node first (without its hash) so sentences can hang off it inside the same transaction. */
export const CREATE_DOCUMENT_SHELL = `MERGE (d${DOC} {${P.id}: $doc})`;

export function upsertEntities(type: EntityType): string {
  return `UNWIND $rows AS row
MERGE (n${ENTITY} {${P.key}: row.key})
ON CREATE SET n${label(type)}
SET n.${P.type} = row.type,
    n.${P.name} = row.name,
    n.${P.aliases} = ${union(`n.${P.aliases}`, "row.aliases")},
    n.${P.docs} = ${union(`n.${P.docs}`, "[$doc]")},
    n.${P.sentences} = ${union(`n.${P.sentences}`, `row.${P.sentences}`)},
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
  return `UNWIND $rows AS row
MATCH (a${ENTITY} {${P.key}: row.from})
MATCH (b${ENTITY} {${P.key}: row.to})
MERGE (a)-[r${relType(type)}]->(b)
SET r.${P.key} = row.key,
    r.${P.docs} = ${union(`r.${P.docs}`, "[$doc]")},
    r.${P.sentences} = ${union(`r.${P.sentences}`, `row.${P.sentences}`)},
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

/** Node and relationship totals, for the summary and the idempotence test. */
export const COUNT_GRAPH = `CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
