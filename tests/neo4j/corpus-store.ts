/** The setting of the loader tests: the extracted corpus and a store wiped before and after the block. */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect } from "vitest";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import type { ConnectionOptions } from "../../ingest/load/connection.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { connect, requireTarget, wipeDatabase } from "../support/neo4j.ts";
import { oracle } from "./oracle.ts";
import { expectedEntities, expectedFacts, normalisePeriods, storedCounts, storedEntities, storedFacts } from "./store-state.ts";

export interface CorpusStore {
  driver: Driver;
  connection: ConnectionOptions;
  corpus: DocumentExtraction[];
}

/** Call inside a describe block; the fields are filled before its first test. */
export function corpusStore(): CorpusStore {
  const store = {} as CorpusStore;
  beforeAll(async () => {
    const target = requireTarget();
    store.connection = { uri: target.uri, user: target.user, password: target.password, database: target.database };
    store.driver = connect(target);
    await wipeDatabase(store.driver);
    ({ extractions: store.corpus } = await ingestFiles(corpusFiles()));
  });
  afterAll(async () => {
    await wipeDatabase(store.driver);
    await store.driver.close();
  });
  return store;
}

/** The store must hold exactly what the oracle derives from these extractions. */
export async function expectStoreToHold(driver: Driver, extractions: readonly DocumentExtraction[]): Promise<void> {
  const o = oracle(extractions);
  expect(await storedEntities(driver)).toEqual(expectedEntities(o));
  expect(normalisePeriods(await storedFacts(driver))).toEqual(normalisePeriods(expectedFacts(o)));
  expect(await storedCounts(driver)).toEqual({ documents: o.docs.length, sentences: o.sentences.size, mentions: o.mentions.size });
}
