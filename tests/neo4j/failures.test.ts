/**
 * Loads that go wrong: a document the server rejects part-way, a server killed in the middle of a
 * document, an unreachable server and wrong credentials. Nothing is ever half-written, the previous state
 * survives, the messages name the server and the way out, and a rerun completes.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { connect as connectStore, type ConnectionOptions } from "../../ingest/load/connection.ts";
import { loadExtractions } from "../../ingest/load/load-corpus.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { freePort, startNeo4j, type Neo4jTestServer } from "../../scripts/neo4j/server.ts";
import { connect, describeNeo4j, describeOwnNeo4j, requireTarget, wipeDatabase } from "../support/neo4j.ts";
import { oracle } from "./oracle.ts";
import { expectedEntities, expectedFacts, normalisePeriods, storedCounts, storedEntities, storedFacts } from "./store-state.ts";

async function expectStoreToHold(driver: Driver, extractions: readonly DocumentExtraction[]): Promise<void> {
  const o = oracle(extractions);
  expect(await storedEntities(driver)).toEqual(expectedEntities(o));
  expect(normalisePeriods(await storedFacts(driver))).toEqual(normalisePeriods(expectedFacts(o)));
  expect(await storedCounts(driver)).toEqual({ documents: o.docs.length, sentences: o.sentences.size, mentions: o.mentions.size });
}

let corpus: DocumentExtraction[] = [];
beforeAll(async () => {
  ({ extractions: corpus } = await ingestFiles(corpusFiles()));
});

/** A revision of `doc` whose last entity has a name too long for Neo4j's name index: the server rejects that batch. */
function poisoned(doc: DocumentExtraction): DocumentExtraction {
  const entities = doc.entities.map((e, i) => (i === doc.entities.length - 1 ? { ...e, name: e.name.repeat(Math.ceil(12_000 / e.name.length)) } : e));
  return { ...doc, doc: { ...doc.doc, sha256: `${doc.doc.sha256.slice(0, -8)}poisoned` }, entities };
}

describeNeo4j("a document the server rejects part-way", () => {
  let driver: Driver;
  let connection: ConnectionOptions;
  beforeAll(async () => {
    const target = requireTarget();
    connection = { uri: target.uri, user: target.user, password: target.password, database: target.database };
    driver = connect(target);
    await wipeDatabase(driver);
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it("is reported, leaves nothing of itself (its previous version intact), and the other documents still load", { timeout: 300_000 }, async () => {
    const [first, second, ...rest] = corpus;
    await loadExtractions(driver, [first!, second!], { connection });
    const bad = poisoned(second!);
    const summary = await loadExtractions(driver, [bad, ...rest], { connection });
    expect(summary.failed.map((f) => f.doc)).toEqual([second!.doc.id]);
    expect(summary.failed[0]?.error.name).toBe("LoadError");
    expect(summary.failed[0]?.error.message).toMatch(/nothing of it was written/);
    expect(summary.created).toEqual(rest.map((e) => e.doc.id));
    // The store holds the old version of the rejected document, untouched, and all the others.
    await expectStoreToHold(driver, corpus);
  });

  it("loads on a rerun once the document is fixed", async () => {
    const summary = await loadExtractions(driver, corpus, { connection });
    expect(summary.failed).toEqual([]);
    expect(summary.skipped).toHaveLength(corpus.length);
    await expectStoreToHold(driver, corpus);
  });
});

// Needs a server of its own to kill.
describeOwnNeo4j("a server killed in the middle of a document", () => {
  let server: Neo4jTestServer;
  beforeAll(async () => {
    server = await startNeo4j();
  });
  afterAll(async () => {
    await server?.stop();
  });

  // Generous time: a cold server plans every statement once, and CI machines are shared.
  it("rolls that document back, names the server in the error, and a rerun completes to the same state as a clean load", { timeout: 600_000 }, async () => {
    // Three documents are enough to have finished ones, the victim, and none after; the crash hits the third.
    const docs = corpus.slice(0, 3);
    const connection: ConnectionOptions = { uri: server.uri, user: server.user, password: server.password, retryTimeMs: 2_000 };
    let driver = await connectStore(connection);
    const victim = docs[2]!.doc.id;
    let crashed = false;
    const load = loadExtractions(driver, docs, {
      connection,
      batchSize: 100,
      onBatch: async (doc, statement) => {
        if (crashed || doc !== victim || statement !== "mentions") return;
        crashed = true; // sentences and entities of the victim are written, its transaction is open
        await server.stop({ keepData: true, crash: true });
      },
    });
    await expect(load).rejects.toMatchObject({
      name: "LoadError",
      message: expect.stringMatching(new RegExp(`cannot reach Neo4j at ${server.uri}.*npm run neo4j:test-server`)),
    });
    await driver.close();

    await server.startAgain();
    driver = await connectStore(connection);
    try {
      await expectStoreToHold(driver, docs.slice(0, 2));
      const rerun = await loadExtractions(driver, docs, { connection });
      expect(rerun.skipped).toEqual(docs.slice(0, 2).map((e) => e.doc.id));
      expect(rerun.created).toEqual(docs.slice(2).map((e) => e.doc.id));
      await expectStoreToHold(driver, docs);
    } finally {
      await driver.close();
    }
  });

  it("retries a document's transaction when the server restarts under it, and the load completes without a rerun", { timeout: 600_000 }, async () => {
    const docs = corpus.slice(0, 2);
    const connection: ConnectionOptions = { uri: server.uri, user: server.user, password: server.password, retryTimeMs: 240_000 };
    const driver = await connectStore(connection);
    try {
      await wipeDatabase(driver, undefined);
      let restarted = false;
      const summary = await loadExtractions(driver, docs, {
        connection,
        onBatch: async (doc, statement) => {
          if (restarted || doc !== docs[1]!.doc.id || statement !== "mentions") return;
          restarted = true;
          await server.stop({ keepData: true, crash: true });
          await server.startAgain();
        },
      });
      expect(restarted).toBe(true);
      expect(summary.failed).toEqual([]);
      expect(summary.created).toEqual(docs.map((e) => e.doc.id));
      await expectStoreToHold(driver, docs);
    } finally {
      await driver.close();
    }
  });
});

describeNeo4j("connection errors", () => {
  it("names an unreachable URI and says how to start a Neo4j", async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const attempt = connectStore({ uri, user: "neo4j", password: "whatever1" });
    await expect(attempt).rejects.toMatchObject({ name: "LoadError" });
    await expect(attempt).rejects.toThrow(new RegExp(`cannot reach Neo4j at ${uri}.*docker compose up -d.*npm run neo4j:test-server`));
  });

  it("says the credentials were refused, naming the server and the user", async () => {
    const target = requireTarget();
    const attempt = connectStore({ uri: target.uri, user: target.user, password: `${target.password}-wrong` });
    await expect(attempt).rejects.toMatchObject({ name: "LoadError" });
    await expect(attempt).rejects.toThrow(`Neo4j at ${target.uri} refused the credentials of user "${target.user}"`);
  });
});
