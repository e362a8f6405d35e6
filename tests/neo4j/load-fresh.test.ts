/**
 * The loader CREATEs a document's own sentences, mentions and indicators (they are keyed by the document
 * and withdrawn with it before it is written again): a forced reload and an extraction that lists an
 * entity twice must still leave exactly one of each, and the store equal to what the extractions say.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import type { ConnectionOptions } from "../../ingest/load/connection.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { connect, describeNeo4j, requireTarget, wipeDatabase } from "../support/neo4j.ts";
import { oracle } from "./oracle.ts";
import { expectedEntities, expectedFacts, graphCounts, normalisePeriods, storedCounts, storedEntities, storedFacts } from "./store-state.ts";

async function expectStoreToHold(driver: Driver, extractions: readonly DocumentExtraction[]): Promise<void> {
  const o = oracle(extractions);
  expect(await storedEntities(driver)).toEqual(expectedEntities(o));
  expect(normalisePeriods(await storedFacts(driver))).toEqual(normalisePeriods(expectedFacts(o)));
  expect(await storedCounts(driver)).toEqual({ documents: o.docs.length, sentences: o.sentences.size, mentions: o.mentions.size });
}

describeNeo4j("writing a document's own nodes afresh", () => {
  let driver: Driver;
  let connection: ConnectionOptions;
  let corpus: DocumentExtraction[];

  beforeAll(async () => {
    const target = requireTarget();
    connection = { uri: target.uri, user: target.user, password: target.password, database: target.database };
    driver = connect(target);
    await wipeDatabase(driver);
    ({ extractions: corpus } = await ingestFiles(corpusFiles()));
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it("a forced reload of unchanged documents rewrites them and leaves every count as it was", async () => {
    await loadExtractions(driver, corpus, { connection });
    const before = await graphCounts(driver);
    const summary = await loadExtractions(driver, corpus, { connection, force: true });
    expect(summary.failed).toEqual([]);
    expect(summary.updated).toEqual(corpus.map((e) => e.doc.id));
    expect(await graphCounts(driver)).toEqual(before);
    await expectStoreToHold(driver, corpus);
  });

  it("an extraction that lists an entity twice (its mentions split between the two) stores one node and one mention per sentence", async () => {
    await wipeDatabase(driver);
    // 天元区's plan: the entity with the most mentions is listed again, each copy with half of its mentions
    const index = corpus.findIndex((e) => e.doc.id.startsWith("001_"));
    const doc = corpus[index]!;
    const busiest = doc.entities.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    expect(busiest.mentions.length).toBeGreaterThan(3);
    const half = Math.ceil(busiest.mentions.length / 2);
    const split: DocumentExtraction = {
      ...doc,
      entities: [
        ...doc.entities.map((e) => (e === busiest ? { ...e, mentions: e.mentions.slice(0, half) } : e)),
        // overlapping halves: one sentence is in both copies
        { ...busiest, mentions: busiest.mentions.slice(half - 1) },
      ],
    };
    const summary = await loadExtractions(driver, [split], { connection });
    expect(summary.created).toEqual([doc.doc.id]);
    await expectStoreToHold(driver, [doc]);
  });
});
