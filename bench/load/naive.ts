/**
 * The baseline the batched loader is measured against: the same statements and the same rows, but one
 * fact per statement, each its own auto-commit transaction — how a loader written without batching
 * behaves. Rows go in the loader's order (document, entities, sentences, mentions, relations, indicators).
 */
import type { Driver } from "neo4j-driver";
import type { DocumentExtraction } from "../../graph/facts.ts";
import {
  CREATE_DOCUMENT_SHELL,
  CREATE_INDICATORS,
  CREATE_MENTIONS,
  CREATE_SENTENCES,
  UPSERT_DOCUMENT,
  upsertEntities,
  upsertRelations,
} from "../../graph/cypher/load.ts";
import { ENTITY_TYPES, PERIODS, RELATION_TYPES } from "../../graph/schema.ts";
import { documentRows } from "../../ingest/load/rows.ts";

interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Every fact of the extractions as its own statement, in load order; the documents needed for the first `limit`. */
export function naiveStatements(extractions: readonly DocumentExtraction[], limit = Infinity): Statement[] {
  const out: Statement[] = [];
  for (const extraction of extractions) {
    if (out.length >= limit) break;
    const rows = documentRows(extraction);
    const base = { doc: rows.doc, period: rows.period, periods: [...PERIODS] };
    const each = <T>(cypher: string, list: readonly T[]) => {
      for (const row of list) out.push({ cypher, params: { ...base, rows: [row] } });
    };
    out.push({ cypher: CREATE_DOCUMENT_SHELL, params: base });
    for (const type of ENTITY_TYPES) each(upsertEntities(type), rows.entities.get(type) ?? []);
    each(CREATE_SENTENCES, rows.sentences);
    each(CREATE_MENTIONS, rows.mentions);
    for (const type of RELATION_TYPES) each(upsertRelations(type), rows.relations.get(type) ?? []);
    each(CREATE_INDICATORS, rows.indicators);
    out.push({ cypher: UPSERT_DOCUMENT, params: { ...base, props: rows.props } });
  }
  return out;
}

/** Facts the batched loader writes for these extractions (the same count as naiveStatements). */
export function factCount(extractions: readonly DocumentExtraction[]): number {
  let n = 0;
  for (const extraction of extractions) {
    const rows = documentRows(extraction);
    n += 2 + rows.sentences.length + rows.mentions.length + rows.indicators.length;
    for (const list of rows.entities.values()) n += list.length;
    for (const list of rows.relations.values()) n += list.length;
  }
  return n;
}

/** Runs at most `limit` statements one by one; returns how many ran and how long they took. */
export async function loadNaive(driver: Driver, statements: readonly Statement[], limit: number, database?: string): Promise<{ statements: number; ms: number }> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  const todo = statements.slice(0, limit);
  const t0 = performance.now();
  try {
    for (const s of todo) await session.run(s.cypher, s.params);
  } finally {
    await session.close();
  }
  return { statements: todo.length, ms: performance.now() - t0 };
}
