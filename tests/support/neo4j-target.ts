/**
 * What the Neo4j global setup hands to the tests: where the server is, or why there is none. Shared by the
 * setup (which provides it) and the tests (which inject it), so both agree on one type.
 */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  /** Undefined: the server's default database. */
  database?: string;
  /** True for the throwaway server the setup started; false for a server named by NEO4J_URI. */
  throwaway: boolean;
  version: string;
}

export interface Neo4jAvailability {
  target: Neo4jTarget | null;
  /** Why the neo4j tests are skipped (only ever outside CI, for a missing prerequisite). */
  skipReason?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jAvailability;
  }
}
