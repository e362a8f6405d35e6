/**
 * What neo4j tests import: the target server, a `describe` that is skipped only when the global setup
 * found a prerequisite missing (never in CI), a driver factory and a database wipe for isolated runs.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { describe, inject } from "vitest";
import type { Neo4jTarget } from "./neo4j-target.ts";

const availability = inject("neo4j");

/** The server to test against; null when the neo4j layer is skipped. */
export const neo4jTarget: Neo4jTarget | null = availability?.target ?? null;

/** `describe` for suites that need the database. */
export const describeNeo4j = describe.skipIf(!neo4jTarget);

/**
 * `describe` for suites that start a Neo4j of their own (to kill it) or run neo4j-admin from the cached jars:
 * they need java, so they run wherever the setup could start the throwaway server, and always in CI.
 */
export const describeOwnNeo4j = describe.skipIf(!neo4jTarget?.throwaway && process.env.CI !== "true");

export function requireTarget(): Neo4jTarget {
  if (!neo4jTarget) throw new Error(`no Neo4j for tests: ${availability?.skipReason ?? "the neo4j global setup did not run"}`);
  return neo4jTarget;
}

export function connect(target: Neo4jTarget = requireTarget()): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
}

/**
 * Deletes every node and relationship, in batches so a big leftover cannot exhaust transaction memory
 * (CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run).
 */
export async function wipeDatabase(driver: Driver, database = neo4jTarget?.database): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}
