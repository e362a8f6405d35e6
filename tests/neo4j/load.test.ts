/**
 * Loading the bundled corpus into a real Neo4j: exactly the extracted facts with their provenance,
 * idempotent on a second run, and re-ingest or removal of one document touches only that document's support.
 */
import { expect, it } from "vitest";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { relationKey } from "../../graph/ids.ts";
import { loadExtractions, removeDocuments } from "../../ingest/load/load-corpus.ts";
import { describeNeo4j } from "../support/neo4j.ts";
import { corpusStore, expectStoreToHold } from "./corpus-store.ts";
import { oracle } from "./oracle.ts";
import { graphCounts, storedFacts } from "./store-state.ts";

describeNeo4j("loading the corpus into Neo4j", () => {
  const store = corpusStore();

  it("creates every document in its own transaction and stores exactly the extracted entities, facts, sentences and mentions", async () => {
    const summary = await loadExtractions(store.driver, store.corpus, { connection: store.connection });
    expect(summary.failed).toEqual([]);
    expect(summary.created).toEqual(store.corpus.map((e) => e.doc.id));
    expect(summary.counters.nodesCreated).toBeGreaterThan(0);
    await expectStoreToHold(store.driver, store.corpus);
  });

  it("skips every unchanged document on a second load and leaves node and relationship counts identical", async () => {
    const before = await graphCounts(store.driver);
    const summary = await loadExtractions(store.driver, store.corpus, { connection: store.connection });
    expect(summary.skipped).toEqual(store.corpus.map((e) => e.doc.id));
    expect(summary.counters).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
    expect(await graphCounts(store.driver)).toEqual(before);
  });

  it("replaces exactly a changed document's own facts and keeps those another document supports", async () => {
    // 004 (荷塘区 十四五) revised: it now states only every other relation and drops the entities no longer used.
    const index = store.corpus.findIndex((e) => e.doc.id.startsWith("004_"));
    const original = store.corpus[index]!;
    const relations = original.relations.filter((_, i) => i % 2 === 0);
    const used = new Set(relations.flatMap((r) => [r.from, r.to]));
    const revised: DocumentExtraction = {
      ...original,
      doc: { ...original.doc, sha256: `${original.doc.sha256.slice(0, -8)}revised1` },
      relations,
      entities: original.entities.filter((e) => used.has(e.id)),
    };
    const changed = store.corpus.map((e, i) => (i === index ? revised : e));

    const summary = await loadExtractions(store.driver, changed, { connection: store.connection });
    expect(summary.updated).toEqual([original.doc.id]);
    expect(summary.skipped).toHaveLength(store.corpus.length - 1);
    await expectStoreToHold(store.driver, changed);

    // Facts 004 shared with another document and no longer states itself: still there, 004 gone from their support.
    const kept = new Set(relations.map((r) => relationKey(r.type, r.from, r.to)));
    const sharedAndDropped = [...oracle(store.corpus).facts.values()].filter((f) => f.docs.has(original.doc.id) && f.docs.size > 1 && !kept.has(f.key));
    expect(sharedAndDropped.length).toBeGreaterThan(0);
    const stored = await storedFacts(store.driver);
    for (const fact of sharedAndDropped) expect(stored.get(fact.key)?.docs).toEqual([...fact.docs].filter((d) => d !== original.doc.id).sort());

    const restored = await loadExtractions(store.driver, store.corpus, { connection: store.connection });
    expect(restored.updated).toEqual([original.doc.id]);
    await expectStoreToHold(store.driver, store.corpus);
  });

  it("removes a document with --remove and leaves the others' facts whole; loading it again restores the same counts", async () => {
    const before = await graphCounts(store.driver);
    const gone = store.corpus.find((e) => e.doc.id.startsWith("002_"))!;
    const summary = await removeDocuments(store.driver, [gone.doc.id], store.connection);
    expect(summary.removed).toEqual([gone.doc.id]);
    await expectStoreToHold(
      store.driver,
      store.corpus.filter((e) => e !== gone),
    );

    const again = await loadExtractions(store.driver, store.corpus, { connection: store.connection });
    expect(again.created).toEqual([gone.doc.id]);
    expect(await graphCounts(store.driver)).toEqual(before);
  });
});
