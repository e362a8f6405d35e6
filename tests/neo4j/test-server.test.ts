/**
 * The Neo4j the tests run against is a real server: it speaks Bolt, enforces its password, and stores and
 * returns Chinese text and integers exactly.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, describeNeo4j, neo4jTarget, wipeDatabase } from "../support/neo4j.ts";

describeNeo4j("the test Neo4j", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = connect();
    await wipeDatabase(driver);
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it("is a Neo4j 5 server on the loopback interface when the setup started it", async () => {
    const { records } = await driver.executeQuery("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version");
    expect(records[0]?.get("name")).toBe("Neo4j Kernel");
    expect(String(records[0]?.get("version"))).toMatch(/^5\./);
    if (neo4jTarget?.throwaway) {
      expect(neo4jTarget.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(records[0]?.get("version")).toBe(neo4jTarget.version);
    }
  });

  it("writes a node and reads back its Chinese text and integer properties exactly", async () => {
    // A real sentence of the corpus (株洲 plan, 001_e9d0cb05faa534a1.txt line 244).
    const sentence = "“一区”即株洲国家高新技术产业开发区，“四园”即河西高新技术产业示范园、田心高科园、董家塅高科园、金山高科园。";
    await driver.executeQuery(
      "CREATE (:SmokeTest {name: $name, sentence: $sentence, line: $line})",
      { name: "田心高科园", sentence, line: neo4j.int(244) },
    );
    const { records } = await driver.executeQuery("MATCH (n:SmokeTest {name: $name}) RETURN n.sentence AS sentence, n.line AS line", {
      name: "田心高科园",
    });
    expect(records).toHaveLength(1);
    expect(records[0]?.get("sentence")).toBe(sentence);
    expect(neo4j.integer.toNumber(records[0]?.get("line"))).toBe(244);
  });

  it("refuses a wrong password", async () => {
    const target = neo4jTarget!;
    const intruder = neo4j.driver(target.uri, neo4j.auth.basic(target.user, `${target.password}-wrong`));
    try {
      await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
    } finally {
      await intruder.close();
    }
  });
});
