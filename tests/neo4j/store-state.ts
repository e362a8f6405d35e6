/** Reads back what the store holds, in the oracle's terms, so tests can compare the two whole. */
import type { Driver } from "neo4j-driver";
import { COUNT_GRAPH } from "../../graph/cypher/load.ts";
import { P } from "../../graph/cypher/props.ts";
import { label, relType } from "../../graph/cypher/query.ts";
import { ENTITY_LABEL, PROVENANCE_LABELS, PROVENANCE_RELATIONS } from "../../graph/schema.ts";
import { toPlain } from "../../ingest/load/run-query.ts";
import type { Oracle } from "./oracle.ts";

export interface StoredFact {
  type: string;
  from: string;
  to: string;
  docs: string[];
  sentences: string[];
  periods: string[];
}

const sorted = (values: Iterable<string>) => [...values].sort();

async function rows(driver: Driver, cypher: string): Promise<Array<Record<string, unknown>>> {
  const { records } = await driver.executeQuery(cypher);
  return records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
}

export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [row] = await rows(driver, COUNT_GRAPH);
  return { nodes: row?.nodes as number, relationships: row?.relationships as number };
}

/** Every fact relationship keyed by its relation key, support lists sorted. */
export async function storedFacts(driver: Driver): Promise<Map<string, StoredFact>> {
  const E = label(ENTITY_LABEL);
  const list = await rows(
    driver,
    `MATCH (a${E})-[r]->(b${E}) WHERE r.${P.docs} IS NOT NULL
     RETURN r.${P.key} AS key, type(r) AS type, a.${P.key} AS from, b.${P.key} AS to, r.${P.docs} AS docs, r.${P.sentences} AS sentences, r.${P.periods} AS periods`,
  );
  return new Map(
    list.map((r) => [
      r.key as string,
      { type: r.type as string, from: r.from as string, to: r.to as string, docs: sorted(r.docs as string[]), sentences: sorted(r.sentences as string[]), periods: r.periods as string[] },
    ]),
  );
}

/** Entity key → its supporting documents (sorted). */
export async function storedEntities(driver: Driver): Promise<Map<string, string[]>> {
  const list = await rows(driver, `MATCH (n${label(ENTITY_LABEL)}) RETURN n.${P.key} AS key, n.${P.docs} AS docs`);
  return new Map(list.map((r) => [r.key as string, sorted(r.docs as string[])]));
}

export async function storedCounts(driver: Driver): Promise<{ documents: number; sentences: number; mentions: number }> {
  const [row] = await rows(
    driver,
    `CALL { MATCH (d${label(PROVENANCE_LABELS.document)}) RETURN count(d) AS documents }
     CALL { MATCH (s${label(PROVENANCE_LABELS.sentence)}) RETURN count(s) AS sentences }
     CALL { MATCH (${label(ENTITY_LABEL)})-[m${relType(PROVENANCE_RELATIONS.mentionedIn)}]->() RETURN count(m) AS mentions }
     RETURN documents, sentences, mentions`,
  );
  return row as { documents: number; sentences: number; mentions: number };
}

/** The oracle's facts in the same shape as storedFacts(). */
export function expectedFacts(o: Oracle): Map<string, StoredFact> {
  return new Map(
    [...o.facts.values()].map((f) => [
      f.key,
      {
        type: f.type,
        from: f.from,
        to: f.to,
        docs: sorted(f.docs),
        sentences: sorted(f.sentences),
        // stored in PERIODS order; the oracle's insertion order follows the documents, so compare as sets
        periods: [...f.periods],
      },
    ]),
  );
}

export function expectedEntities(o: Oracle): Map<string, string[]> {
  return new Map([...o.entities.values()].map((e) => [e.key, sorted(e.docs)]));
}

/** Periods compared as sets on both sides. */
export function normalisePeriods(facts: Map<string, StoredFact>): Map<string, StoredFact> {
  return new Map([...facts].map(([k, f]) => [k, { ...f, periods: sorted(f.periods) }]));
}
