/**
 * Loading the bundled corpus into a real Neo4j: exactly the extracted facts with their provenance,
 * idempotent on a second run, and re-ingest or removal of one document touches only that document's support.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { relationKey } from "../../graph/ids.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import type { ConnectionOptions } from "../../ingest/load/connection.ts";
import { loadExtractions, removeDocuments } from "../../ingest/load/load-corpus.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { connect, describeNeo4j, requireTarget, wipeDatabase } from "../support/neo4j.ts";
import { oracle } from "./oracle.ts";
import { expectedEntities, expectedFacts, graphCounts, normalisePeriods, storedCounts, storedEntities, storedFacts } from "./store-state.ts";

/** The store must hold exactly what the oracle derives from these extractions. */
async function expectStoreToHold(driver: Driver, extractions: readonly DocumentExtraction[]): Promise<void> {
  const o = oracle(extractions);
  expect(await storedEntities(driver)).toEqual(expectedEntities(o));
  expect(normalisePeriods(await storedFacts(driver))).toEqual(normalisePeriods(expectedFacts(o)));
  expect(await storedCounts(driver)).toEqual({ documents: o.docs.length, sentences: o.sentences.size, mentions: o.mentions.size });
}

describeNeo4j("loading the corpus into Neo4j", () => {
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

  it("creates every document in its own transaction and stores exactly the extracted entities, facts, sentences and mentions", async () => {
    const summary = await loadExtractions(driver, corpus, { connection });
    expect(summary.failed).toEqual([]);
    expect(summary.created).toEqual(corpus.map((e) => e.doc.id));
    expect(summary.counters.nodesCreated).toBeGreaterThan(0);
    await expectStoreToHold(driver, corpus);
  });

  it("skips every unchanged document on a second load and leaves node and relationship counts identical", async () => {
    const before = await graphCounts(driver);
    const summary = await loadExtractions(driver, corpus, { connection });
    expect(summary.skipped).toEqual(corpus.map((e) => e.doc.id));
    expect(summary.counters).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("replaces exactly a changed document's own facts and keeps those another document supports", async () => {
    // 004 (荷塘区 十四五) revised: it now states only every other relation and drops the entities no longer used.
    const index = corpus.findIndex((e) => e.doc.id.startsWith("004_"));
    const original = corpus[index]!;
    const relations = original.relations.filter((_, i) => i % 2 === 0);
    const used = new Set(relations.flatMap((r) => [r.from, r.to]));
    const revised: DocumentExtraction = {
      ...original,
      doc: { ...original.doc, sha256: `${original.doc.sha256.slice(0, -8)}revised1` },
      relations,
      entities: original.entities.filter((e) => used.has(e.id)),
    };
    const changed = corpus.map((e, i) => (i === index ? revised : e));

    const summary = await loadExtractions(driver, changed, { connection });
    expect(summary.updated).toEqual([original.doc.id]);
    expect(summary.skipped).toHaveLength(corpus.length - 1);
    await expectStoreToHold(driver, changed);

    // Facts 004 shared with another document and no longer states itself: still there, 004 gone from their support.
    const kept = new Set(relations.map((r) => relationKey(r.type, r.from, r.to)));
    const sharedAndDropped = [...oracle(corpus).facts.values()].filter((f) => f.docs.has(original.doc.id) && f.docs.size > 1 && !kept.has(f.key));
    expect(sharedAndDropped.length).toBeGreaterThan(0);
    const stored = await storedFacts(driver);
    for (const fact of sharedAndDropped) expect(stored.get(fact.key)?.docs).toEqual([...fact.docs].filter((d) => d !== original.doc.id).sort());

    const restored = await loadExtractions(driver, corpus, { connection });
    expect(restored.updated).toEqual([original.doc.id]);
    await expectStoreToHold(driver, corpus);
  });

  it("removes a document with --remove and leaves the others' facts whole; loading it again restores the same counts", async () => {
    const before = await graphCounts(driver);
    const gone = corpus.find((e) => e.doc.id.startsWith("002_"))!;
    const summary = await removeDocuments(driver, [gone.doc.id], connection);
    expect(summary.removed).toEqual([gone.doc.id]);
    await expectStoreToHold(
      driver,
      corpus.filter((e) => e !== gone),
    );

    const again = await loadExtractions(driver, corpus, { connection });
    expect(again.created).toEqual([gone.doc.id]);
    expect(await graphCounts(driver)).toEqual(before);
  });
});
