/**
 * Connecting to Neo4j: options from flags or NEO4J_* variables, one driver, and errors a person can act
 * on (which URI, what to do). Works with bolt:// and neo4j:// (routing: Aura, clusters) and a named database.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { LoadError } from "../../graph/errors.ts";

export interface ConnectionOptions {
  uri: string;
  user: string;
  password: string;
  /** Undefined: the server's default database. */
  database?: string;
  /** How long managed transactions retry transient failures (default 30 s). */
  retryTimeMs?: number;
}

export const DEFAULT_URI = "bolt://localhost:7687";

export const CONNECTION_HELP = `Connection (flags win over environment):
  --uri URI           NEO4J_URI       default ${DEFAULT_URI} (neo4j:// for Aura or a cluster)
  --user NAME         NEO4J_USER      default neo4j
  --password PW       NEO4J_PASSWORD
  --database NAME     NEO4J_DATABASE  default: the server's default database`;

export function connectionOptions(
  flags: { uri?: string; user?: string; password?: string; database?: string },
  env: NodeJS.ProcessEnv = process.env,
): ConnectionOptions {
  return {
    uri: flags.uri ?? env.NEO4J_URI ?? DEFAULT_URI,
    user: flags.user ?? env.NEO4J_USER ?? "neo4j",
    password: flags.password ?? env.NEO4J_PASSWORD ?? "",
    database: flags.database ?? env.NEO4J_DATABASE ?? undefined,
  };
}

const HOW_TO_START = "Start one with `docker compose up -d` (see README) or `npm run neo4j:test-server`, then pass its URI with --uri or NEO4J_URI.";

/** Turns driver failures into LoadErrors that name the server and the way out; other errors pass through. */
export function explainNeo4jError(error: unknown, options: ConnectionOptions): unknown {
  if (error instanceof LoadError) return error;
  const code = (error as { code?: string } | null)?.code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  const unreachable = code === "ServiceUnavailable" || code === "SessionExpired" || (!code.startsWith("Neo.") && /ECONNREFUSED|ENOTFOUND|ECONNRESET/.test(message));
  if (unreachable) {
    // The driver's text goes on about encryption defaults; its first sentence is the part that helps.
    const reason = message.split(/\.\s|\n/)[0];
    return new LoadError(`neo4j: cannot reach Neo4j at ${options.uri} (${reason}). ${HOW_TO_START}`, { cause: error });
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new LoadError(
      `neo4j: Neo4j at ${options.uri} refused the credentials of user "${options.user}" — check --user/--password or NEO4J_USER/NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new LoadError(`neo4j: Neo4j at ${options.uri} has no database "${options.database}" — check --database or NEO4J_DATABASE.`, { cause: error });
  }
  return error;
}

/** Opens a driver and proves the server answers with these credentials before any work starts. */
/** A driver error that says the connection or server is gone, as opposed to a problem with the data. */
export function isConnectivityError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return code === "ServiceUnavailable" || code === "SessionExpired";
}

export async function connect(options: ConnectionOptions): Promise<Driver> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    connectionTimeout: 10_000,
    // Managed transactions retry transient failures (leader switch, dropped connection) for this long.
    maxTransactionRetryTime: options.retryTimeMs ?? 30_000,
    userAgent: "plangraph",
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw explainNeo4jError(error, options);
  }
}
