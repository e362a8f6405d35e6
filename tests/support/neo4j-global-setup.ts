/**
 * Global setup of the neo4j test layer: tests run against NEO4J_URI when it is set, otherwise against a
 * throwaway Neo4j 5.26 started here and stopped (data deleted) on teardown.
 * With CI=true any failure to start is an error. Elsewhere a missing prerequisite (java, mvn) prints one
 * loud line and the neo4j tests are skipped, so a newcomer without Java can still run the rest.
 */
import type { TestProject } from "vitest/node";
import { MissingPrerequisiteError } from "../../scripts/neo4j/install.ts";
import { startNeo4j } from "../../scripts/neo4j/server.ts";
import "./neo4j-target.ts";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (NEO4J_URI) {
    console.warn(`neo4j tests: using NEO4J_URI=${NEO4J_URI}; the tests DELETE everything in its database.`);
    project.provide("neo4j", {
      target: { uri: NEO4J_URI, user: NEO4J_USER ?? "neo4j", password: NEO4J_PASSWORD ?? "", database: NEO4J_DATABASE, throwaway: false, version: "unknown" },
    });
    return undefined;
  }
  try {
    const started = performance.now();
    const server = await startNeo4j({ log: (line) => console.log(line) });
    console.log(`neo4j tests: Neo4j ${server.version} on ${server.uri} (started in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    project.provide("neo4j", {
      target: { uri: server.uri, user: server.user, password: server.password, throwaway: true, version: server.version },
    });
    return () => server.stop();
  } catch (error) {
    if (error instanceof MissingPrerequisiteError && process.env.CI !== "true") {
      const reason = `${error.message}; the neo4j tests are SKIPPED (install ${error.prerequisite}, or set NEO4J_URI)`;
      console.warn(`\n!!! neo4j tests: ${reason}\n`);
      project.provide("neo4j", { target: null, skipReason: reason });
      return undefined;
    }
    throw error;
  }
}
