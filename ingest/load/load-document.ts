/**
 * Loads one document's facts in one managed write transaction: either all of them are in the database
 * afterwards, or none (and the previous version of the document is untouched). An unchanged document
 * (same sha256) is skipped; a changed one first withdraws its old support (graph/cypher/load.ts).
 */
import type { Driver, ManagedTransaction, QueryResult, Result } from "neo4j-driver";
import { LoadError } from "../../graph/errors.ts";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { SCHEMA_STATEMENTS } from "../../graph/cypher/constraints.ts";
import {
  CREATE_DOCUMENT_SHELL,
  CREATE_INDICATORS,
  CREATE_MENTIONS,
  CREATE_SENTENCES,
  DELETE_DOCUMENT,
  DETACH_DOCUMENT,
  DOCUMENT_HASH,
  UPSERT_DOCUMENT,
  upsertEntities,
  upsertRelations,
} from "../../graph/cypher/load.ts";
import { ENTITY_TYPES, PERIODS, RELATION_TYPES } from "../../graph/schema.ts";
import { isConnectivityError } from "./connection.ts";
import { documentRows } from "./rows.ts";

export type DocumentOutcome = "created" | "updated" | "skipped" | "removed" | "absent";

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface DocumentResult {
  doc: string;
  outcome: DocumentOutcome;
  counters: WriteCounters;
  warnings: string[];
}

export interface LoadDocumentOptions {
  database?: string;
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Load even when the stored hash matches. */
  force?: boolean;
  /**
   * Called after each batch inside the transaction (progress; tests use it to interrupt a load), with the
   * time the server took to run it (ms): the statements are pipelined, so the client's clock cannot tell.
   */
  onBatch?: (doc: string, statement: string, rows: number, serverMs: number) => void | Promise<void>;
}

export const emptyCounters = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });

export function sumCounters(into: WriteCounters, more: WriteCounters): void {
  for (const key of Object.keys(into) as Array<keyof WriteCounters>) into[key] += more[key];
}

function addCounters(into: WriteCounters, result: Pick<QueryResult, "summary">): void {
  const { nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet } = result.summary.counters.updates();
  sumCounters(into, { nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet });
}

/** Constraints and indexes, before any write; waits until they are online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}

const chunks = <T>(rows: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

export async function loadDocument(driver: Driver, extraction: DocumentExtraction, options: LoadDocumentOptions = {}): Promise<DocumentResult> {
  const rows = documentRows(extraction);
  const batchSize = options.batchSize ?? 500;
  const base = { doc: rows.doc, period: rows.period, periods: [...PERIODS] };
  const session = driver.session({ database: options.database, defaultAccessMode: "WRITE" });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      // A retried attempt starts from scratch, counters included.
      const counters = emptyCounters();
      const stored = (await tx.run(DOCUMENT_HASH, base)).records[0]?.get("sha256") as string | undefined;
      if (stored === extraction.doc.sha256 && !options.force) return { doc: rows.doc, outcome: "skipped", counters, warnings: rows.warnings };

      // The writes are pipelined: every statement is sent without waiting for the one before (the server
      // runs them in order, in this transaction), so a document costs one round trip, not one per statement.
      // Their outcomes are read back in order; the first failure fails the transaction, which rolls back.
      const sent: Array<{ result: Result; label: string; count: number }> = [];
      const send = (statement: string, params: Record<string, unknown>, label: string, count: number) => {
        sent.push({ result: tx.run(statement, { ...base, ...params }), label, count });
      };
      const batched = <T>(statement: string, list: readonly T[], label: string) => {
        for (const batch of chunks(list, batchSize)) send(statement, { rows: batch }, label, batch.length);
      };

      if (stored !== undefined) for (const statement of DETACH_DOCUMENT) send(statement, { sentencePrefix: `${rows.doc}#` }, "detach", 0);
      send(CREATE_DOCUMENT_SHELL, {}, "document", 1);
      for (const type of ENTITY_TYPES) batched(upsertEntities(type), rows.entities.get(type) ?? [], type);
      batched(CREATE_SENTENCES, rows.sentences, "sentences");
      batched(CREATE_MENTIONS, rows.mentions, "mentions");
      for (const type of RELATION_TYPES) batched(upsertRelations(type), rows.relations.get(type) ?? [], type);
      batched(CREATE_INDICATORS, rows.indicators, "indicators");
      send(UPSERT_DOCUMENT, { props: rows.props }, "document", 1);
      for (const { result, label, count } of sent) {
        const summary = await result.summary();
        addCounters(counters, { summary });
        await options.onBatch?.(rows.doc, label, count, summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber());
      }
      return { doc: rows.doc, outcome: stored === undefined ? "created" : "updated", counters, warnings: rows.warnings };
    });
  } catch (error) {
    // A lost server is not this document's fault: let the caller name the URI and stop the run.
    if (isConnectivityError(error)) throw error;
    throw error instanceof LoadError ? error : new LoadError(`load: document ${rows.doc} was not loaded (nothing of it was written): ${(error as Error).message}`, { cause: error });
  } finally {
    await session.close();
  }
}

/** Takes a document out: its support goes, facts only it supported go, its Document and Sentence nodes go. */
export async function removeDocument(driver: Driver, doc: string, options: { database?: string } = {}): Promise<DocumentResult> {
  const session = driver.session({ database: options.database, defaultAccessMode: "WRITE" });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = emptyCounters();
      const params = { doc, sentencePrefix: `${doc}#`, periods: [...PERIODS] };
      const stored = (await tx.run(DOCUMENT_HASH, params)).records.length > 0;
      if (!stored) return { doc, outcome: "absent", counters, warnings: [] };
      for (const statement of [...DETACH_DOCUMENT, DELETE_DOCUMENT]) addCounters(counters, await tx.run(statement, params));
      return { doc, outcome: "removed", counters, warnings: [] };
    });
  } finally {
    await session.close();
  }
}
