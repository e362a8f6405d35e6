/** Cypher fragments shared by the research queries; schema names spliced in, values always `$params`. */
import { ENTITY_LABEL, PROVENANCE_LABELS } from "../../schema.ts";
import { LOCATED, LOCATED_MAX_HOPS } from "../../shared-industries.ts";
import { P } from "../props.ts";
import { label, relType } from "../query.ts";

export const ENTITY = label(ENTITY_LABEL);
export const SENTENCE = label(PROVENANCE_LABELS.sentence);
export const DOCUMENT = label(PROVENANCE_LABELS.document);
export const INDICATOR = label(PROVENANCE_LABELS.indicator);

/** `v` is called `$param` (canonical name or any alias). */
export const named = (v: string, param: string) => `(${v}.${P.name} = $${param} OR $${param} IN coalesce(${v}.${P.aliases}, []))`;

/** `v` is called one of the names in the list `$param`, or the list is empty (no filter). */
export const namedAny = (v: string, param: string) =>
  `(size($${param}) = 0 OR ${v}.${P.name} IN $${param} OR any(a IN coalesce(${v}.${P.aliases}, []) WHERE a IN $${param}))`;

/**
 * What counts as "a region's own" for the queries (graph/shared-industries.ts defines it once): the region itself
 * and what is located in it, up to two steps (park → district, project → park → district). PART_OF is not followed: a city would otherwise own
 * every district's industries and look identical to each of them.
 */
export const WITHIN = `<-[${relType(LOCATED)}*0..${LOCATED_MAX_HOPS}]-`;

/** Evidence maps `{doc, line, text}` for a list of sentence keys, in document order, at most `$evidence`. */
export const evidenceOf = (keys: string, as: string) => `CALL {
    WITH ${keys}
    UNWIND ${keys} AS sk
    MATCH (s${SENTENCE} {${P.key}: sk})
    WITH s ORDER BY s.${P.doc}, s.${P.line}
    RETURN collect({doc: s.${P.doc}, line: s.${P.line}, text: s.${P.text}})[..$evidence] AS ${as}
  }`;
