/**
 * `npm run neo4j:test-server` — starts a throwaway Neo4j 5.26 on 127.0.0.1 and prints how to reach it until
 * Ctrl-C (then its data is deleted). `--install-only` just fetches and caches the jars (CI calls this).
 */
import { parseArgs } from "node:util";
import { installNeo4j, MissingPrerequisiteError } from "./install.ts";
import { startNeo4j, type Neo4jTestServer } from "./server.ts";

const HELP = `Usage: npm run neo4j:test-server -- [options]

Starts a throwaway local Neo4j 5.26 community server (Bolt on 127.0.0.1, a free port, a random password,
data in a temp folder deleted on exit) and prints its URI and credentials until Ctrl-C.
Needs java 17+ and, on the first run only, mvn (the jars are cached in ~/.cache/plangraph).

Options:
  --install-only      only fetch and cache the jars, then exit
  --port N            Bolt port (default: a free one)
  --password PW       password for user neo4j (default: random; at least 8 characters)
  -h, --help          show this help

Environment: PLANGRAPH_NEO4J_VERSION (exact 5.26.x), PLANGRAPH_NEO4J_HEAP (e.g. 1g), XDG_CACHE_HOME.
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "install-only": { type: "boolean" },
      port: { type: "string" },
      password: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const log = (line: string) => console.error(line);
  const started = performance.now();
  if (values["install-only"]) {
    const install = await installNeo4j({ log });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`neo4j: ${install.version} ${install.downloaded ? "downloaded" : "already cached"} in ${install.libDir} (${seconds} s)`);
    return 0;
  }

  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !Number.isInteger(port)) throw new Error(`--port must be a number, got "${values.port}"`);
  const server: Neo4jTestServer = await startNeo4j({ port, password: values.password, log });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`neo4j: ${server.version} started in ${seconds} s`);
  console.log(`NEO4J_URI=${server.uri}`);
  console.log(`NEO4J_USER=${server.user}`);
  console.log(`NEO4J_PASSWORD=${server.password}`);
  console.log("Press Ctrl-C to stop (the data is deleted).");
  // The server process is unref'd (it must not keep test runners alive), so hold the event loop open here.
  const keepAlive = setInterval(() => {}, 1 << 30);
  await new Promise<void>((resolve) => {
    const stop = () => void server.stop().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  clearInterval(keepAlive);
  console.log("neo4j: stopped");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof MissingPrerequisiteError) console.error(`neo4j: ${error.message}. Install it (e.g. apt-get install ${error.prerequisite.startsWith("java") ? "openjdk-17-jre-headless" : "maven"}).`);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
