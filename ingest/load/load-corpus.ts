/**
 * Loads many documents, one transaction each, and sums up what happened. A document whose data the server
 * rejects is reported and the others still load; a lost server stops the run (the rest would fail too)
 * with a message naming the URI. Either way a rerun completes the job: finished documents are skipped.
 */
import type { Driver } from "neo4j-driver";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { explainNeo4jError, isConnectivityError, type ConnectionOptions } from "./connection.ts";
import { emptyCounters, sumCounters, ensureSchema, loadDocument, removeDocument, type DocumentResult, type LoadDocumentOptions, type WriteCounters } from "./load-document.ts";

export interface LoadSummary {
  created: string[];
  updated: string[];
  skipped: string[];
  removed: string[];
  failed: Array<{ doc: string; error: Error }>;
  counters: WriteCounters;
  warnings: string[];
}

export interface LoadRunOptions extends Omit<LoadDocumentOptions, "database"> {
  connection: ConnectionOptions;
  onDocument?: (result: DocumentResult, index: number, total: number) => void;
}

export const emptySummary = (): LoadSummary => ({ created: [], updated: [], skipped: [], removed: [], failed: [], counters: emptyCounters(), warnings: [] });

function record(summary: LoadSummary, result: DocumentResult): void {
  if (result.outcome === "created") summary.created.push(result.doc);
  else if (result.outcome === "updated") summary.updated.push(result.doc);
  else if (result.outcome === "skipped") summary.skipped.push(result.doc);
  else if (result.outcome === "removed") summary.removed.push(result.doc);
  sumCounters(summary.counters, result.counters);
  summary.warnings.push(...result.warnings);
}

export async function loadExtractions(driver: Driver, extractions: readonly DocumentExtraction[], options: LoadRunOptions): Promise<LoadSummary> {
  const { connection } = options;
  const summary = emptySummary();
  try {
    await ensureSchema(driver, connection.database);
  } catch (error) {
    throw explainNeo4jError(error, connection);
  }
  for (const [index, extraction] of extractions.entries()) {
    try {
      const result = await loadDocument(driver, extraction, { ...options, database: connection.database });
      record(summary, result);
      options.onDocument?.(result, index, extractions.length);
    } catch (error) {
      if (isConnectivityError(error)) throw explainNeo4jError(error, connection);
      summary.failed.push({ doc: extraction.doc.id, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return summary;
}

export async function removeDocuments(driver: Driver, docs: readonly string[], connection: ConnectionOptions): Promise<LoadSummary> {
  const summary = emptySummary();
  for (const doc of docs) {
    try {
      const result = await removeDocument(driver, doc, { database: connection.database });
      if (result.outcome === "absent") summary.warnings.push(`load: document ${doc} is not in the database; nothing to remove`);
      record(summary, result);
    } catch (error) {
      throw explainNeo4jError(error, connection);
    }
  }
  return summary;
}
