/**
 * The loader CREATEs a document's own sentences, mentions and indicators (they are keyed by the document
 * and withdrawn with it before it is written again): a forced reload and an extraction that lists an
 * entity twice must still leave exactly one of each, and the store equal to what the extractions say.
 */
import { expect, it } from "vitest";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { describeNeo4j, wipeDatabase } from "../support/neo4j.ts";
import { corpusStore, expectStoreToHold } from "./corpus-store.ts";
import { graphCounts } from "./store-state.ts";

describeNeo4j("writing a document's own nodes afresh", () => {
  const store = corpusStore();

  it("a forced reload of unchanged documents rewrites them and leaves every count as it was", async () => {
    await loadExtractions(store.driver, store.corpus, { connection: store.connection });
    const before = await graphCounts(store.driver);
    const summary = await loadExtractions(store.driver, store.corpus, { connection: store.connection, force: true });
    expect(summary.failed).toEqual([]);
    expect(summary.updated).toEqual(store.corpus.map((e) => e.doc.id));
    expect(await graphCounts(store.driver)).toEqual(before);
    await expectStoreToHold(store.driver, store.corpus);
  });

  it("an extraction that lists an entity twice (its mentions split between the two) stores one node and one mention per sentence", async () => {
    await wipeDatabase(store.driver);
    // 天元区's plan: the entity with the most mentions is listed again, each copy with half of its mentions
    const index = store.corpus.findIndex((e) => e.doc.id.startsWith("001_"));
    const doc = store.corpus[index]!;
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
    const summary = await loadExtractions(store.driver, [split], { connection: store.connection });
    expect(summary.created).toEqual([doc.doc.id]);
    await expectStoreToHold(store.driver, [doc]);
  });
});
