/**
 * A throwaway local Neo4j 5.26 community server for tests and CI: bound to 127.0.0.1 on a free port, a
 * random password, its home (config + data) in a temp folder that `stop()` deletes.
 *
 * It runs `org.neo4j.server.CommunityEntryPoint` from the cached jars (install.ts) in one JVM. A small shell
 * watchdog wraps the JVM so it dies with the Node process that started it: an interrupted test run must not
 * leave a 500 MB Java process behind on a shared machine.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, closeSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash, randomBytes } from "node:crypto";
import neo4j from "neo4j-driver";
import { installNeo4j, type InstallOptions, type Neo4jInstall } from "./install.ts";

export interface Neo4jServerOptions {
  /** Bolt port; default: a free one. */
  port?: number;
  /** Default: random. Neo4j requires at least 8 characters. */
  password?: string;
  /** JVM heap maximum, e.g. "512m" (PLANGRAPH_NEO4J_HEAP). */
  heap?: string;
  pageCache?: string;
  startTimeoutMs?: number;
  install?: InstallOptions;
  log?: (line: string) => void;
}

const USER = "neo4j";

// JVM flags the `neo4j` launcher script would add on Java 17 (module opens for Netty and the page cache).
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dfile.encoding=UTF-8",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

// Runs java in the background; forwards SIGTERM to it; when the parent (Node) process is gone without
// stopping it, kills it and deletes the throwaway home.
const WATCHDOG = `
parent="$1"; home="$2"; shift 2
java "$@" & jpid=$!
trap 'kill -TERM "$jpid" 2>/dev/null' TERM INT
while kill -0 "$jpid" 2>/dev/null; do
  if ! kill -0 "$parent" 2>/dev/null; then
    kill -KILL "$jpid" 2>/dev/null; wait "$jpid" 2>/dev/null; rm -rf "$home"; exit 1
  fi
  sleep 1 & wait $!
done
wait "$jpid"
`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function config(port: number, pageCache: string): string {
  return [
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    "server.bolt.enabled=true",
    `server.bolt.listen_address=127.0.0.1:${port}`,
    // Tests speak Bolt only; no HTTP means no second port to find and nothing else to expose.
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    `server.memory.pagecache.size=${pageCache}`,
    "dbms.usage_report.enabled=false",
    "",
  ].join("\n");
}

/**
 * What `neo4j-admin dbms set-initial-password` writes, without starting a second JVM for it (a few seconds
 * per test run): `data/dbms/auth.ini` with the password as 1024 rounds of salted SHA-256. Neo4j reads the
 * file when it first creates its system database; a mismatch would show at once as Unauthorized on start.
 */
async function writeInitialPassword(home: string, password: string): Promise<void> {
  const salt = randomBytes(32);
  let hash = createHash("sha256").update(salt).update(password, "utf8").digest();
  for (let i = 1; i < 1024; i++) hash = createHash("sha256").update(hash).digest();
  await mkdir(join(home, "data", "dbms"), { recursive: true });
  await writeFile(join(home, "data", "dbms", "auth.ini"), `${USER}:SHA-256,${hash.toString("hex")},${salt.toString("hex")},1024:\n`);
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

export class Neo4jTestServer {
  readonly user = USER;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly install: Neo4jInstall,
    readonly home: string,
    readonly port: number,
    readonly password: string,
    private readonly options: Neo4jServerOptions,
  ) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  get version(): string {
    return this.install.version;
  }

  /** Installs (first run) and starts a fresh server; resolves once Bolt accepts the password. */
  static async start(options: Neo4jServerOptions = {}): Promise<Neo4jTestServer> {
    const install = await installNeo4j({ log: options.log, ...options.install });
    const home = await mkdtemp(join(tmpdir(), "plangraph-neo4j-"));
    try {
      const port = options.port ?? (await freePort());
      const password = options.password ?? randomBytes(12).toString("hex");
      await mkdir(join(home, "conf"), { recursive: true });
      await writeFile(join(home, "conf", "neo4j.conf"), config(port, options.pageCache ?? "64m"));
      await writeInitialPassword(home, password);
      const server = new Neo4jTestServer(install, home, port, password, options);
      await server.launch();
      return server;
    } catch (error) {
      await rm(home, { recursive: true, force: true });
      throw error;
    }
  }

  private async launch(): Promise<void> {
    const heap = this.options.heap ?? process.env.PLANGRAPH_NEO4J_HEAP ?? "512m";
    const console = join(this.home, "console.log");
    const out = openSync(console, "a");
    const args = [
      "-c",
      WATCHDOG,
      "neo4j-watchdog",
      String(process.pid),
      this.home,
      "-Xms128m",
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      "-cp",
      `${this.install.libDir}/*`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${this.home}`,
      `--config-dir=${join(this.home, "conf")}`,
    ];
    // detached: its own process group, so stop() can signal the watchdog and the JVM together.
    const child = spawn("/bin/sh", args, { cwd: this.home, detached: true, stdio: ["ignore", out, out] });
    closeSync(out);
    this.child = child;
    let exitCode: number | null = null;
    this.exited = new Promise((resolve) =>
      child.on("exit", (code) => {
        exitCode = code;
        resolve();
      }),
    );
    child.unref();

    const deadline = Date.now() + (this.options.startTimeoutMs ?? 180_000);
    const driver = neo4j.driver(this.uri, neo4j.auth.basic(USER, this.password), { connectionTimeout: 2_000, logging: undefined });
    try {
      for (;;) {
        if (exitCode !== null || child.exitCode !== null) throw new Error(`neo4j: the server exited during start-up (code ${exitCode ?? child.exitCode})`);
        try {
          await driver.verifyConnectivity();
          return;
        } catch (error) {
          if ((error as { code?: string }).code === "Neo.ClientError.Security.Unauthorized") {
            throw new Error(`neo4j: the server refused the password set for it`, { cause: error });
          }
          if (Date.now() > deadline) throw new Error(`neo4j: the server did not accept Bolt connections on ${this.uri} in time`, { cause: error });
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    } catch (error) {
      const detail = [tail(join(this.home, "logs", "neo4j.log")), tail(console)].filter(Boolean).join("\n");
      await this.kill();
      throw new Error(`${(error as Error).message}\n${detail}`, { cause: error });
    } finally {
      await driver.close();
    }
  }

  private async kill(signal: NodeJS.Signals = "SIGKILL", graceMs = 0): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const pid = child.pid;
    child.ref(); // keep Node alive until the server is really gone
    const signalGroup = (s: NodeJS.Signals) => {
      try {
        process.kill(-pid, s);
      } catch {
        // already gone
      }
    };
    signalGroup(signal);
    if (signal !== "SIGKILL") {
      const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), graceMs));
      if ((await Promise.race([this.exited.then(() => "exited" as const), timer])) === "timeout") signalGroup("SIGKILL");
    }
    await this.exited;
    this.child = undefined;
  }

  /**
   * Stops the server. By default its data goes with it (killed at once: nothing to flush that we keep);
   * `keepData` shuts it down cleanly so `startAgain()` brings the same database back; `keepData` with
   * `crash` kills it without warning (SIGKILL), as a power cut would, to test recovery.
   */
  async stop(options: { keepData?: boolean; crash?: boolean } = {}): Promise<void> {
    if (options.keepData) {
      await (options.crash ? this.kill() : this.kill("SIGTERM", 30_000));
      return;
    }
    await this.kill();
    await rm(this.home, { recursive: true, force: true });
  }

  /** Starts a server stopped with `keepData` again, on the same port with the same data. */
  async startAgain(): Promise<void> {
    if (this.child) return;
    await this.launch();
  }
}

export function startNeo4j(options: Neo4jServerOptions = {}): Promise<Neo4jTestServer> {
  return Neo4jTestServer.start(options);
}
