/**
 * Fetches the jars of a Neo4j 5.26 LTS community server from Maven Central (with the local `mvn`) into a
 * cache outside the repo, so the first run downloads ~125 MB once and later runs start from disk.
 *
 * Why jars and not the tarball: `org.neo4j.assembly:neo4j-community-standalone` 5.26.x is published on
 * Maven Central only as a POM, so we resolve `org.neo4j.app:neo4j-server` + `org.neo4j:neo4j` and run the
 * community entry point ourselves (see server.ts). 5.26 is the last line that runs on Java 17.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

/** Known to resolve and start on Java 17 (measured); used when Maven Central's metadata cannot be read. */
export const PINNED_VERSION = "5.26.30";
const LINE = "5.26.";
const METADATA_URL = "https://repo.maven.apache.org/maven2/org/neo4j/neo4j/maven-metadata.xml";
const COMPLETE_MARKER = ".complete";

/** A tool the test server needs is not installed; `prerequisite` names it so callers can say so in one line. */
export class MissingPrerequisiteError extends Error {
  constructor(
    readonly prerequisite: string,
    message: string,
  ) {
    super(message);
    this.name = "MissingPrerequisiteError";
  }
}

export interface Neo4jInstall {
  version: string;
  /** Directory holding every jar of the server (the class path is `<libDir>/*`). */
  libDir: string;
  /** True when this call downloaded the jars (false: served from the cache). */
  downloaded: boolean;
}

export interface InstallOptions {
  /** Exact version to use; default: PLANGRAPH_NEO4J_VERSION, else the newest cached 5.26, else the newest on Maven Central. */
  version?: string;
  cacheDir?: string;
  log?: (line: string) => void;
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "plangraph");
}

/** Runs a command and resolves with its output; rejects with MissingPrerequisiteError when it is not installed. */
export function run(
  cmd: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env };
    const child = spawn(cmd, args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") reject(new MissingPrerequisiteError(cmd, `${cmd} is not installed (needed to run the test Neo4j)`));
      else reject(error);
    });
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Java 17 or newer must be on PATH: Neo4j 5.26 needs 17; 2025.x would need 21. */
export async function checkJava(): Promise<number> {
  const { output } = await run("java", ["-version"]);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === "1" ? match[2] : match[1]) : 0;
  if (major < 17) throw new MissingPrerequisiteError("java 17", `java 17 or newer is required for Neo4j 5.26; found: ${output.split("\n")[0]}`);
  return major;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}

/** Versions already complete in the cache, newest first. */
export function cachedVersions(cacheDir: string = defaultCacheDir()): string[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir)
    .map((entry) => /^neo4j-(\d+\.\d+\.\d+)$/.exec(entry)?.[1])
    .filter((v): v is string => !!v && existsSync(join(cacheDir, `neo4j-${v}`, COMPLETE_MARKER)))
    .sort((a, b) => compareVersions(b, a));
}

/** 5.26 patch releases listed on Maven Central, newest first; [PINNED_VERSION] when offline. */
async function publishedVersions(): Promise<string[]> {
  try {
    const response = await fetch(METADATA_URL, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) return [PINNED_VERSION];
    const xml = await response.text();
    const versions = [...xml.matchAll(/<version>(5\.26\.\d+)<\/version>/g)].map((m) => m[1] as string);
    return versions.length ? [...new Set(versions)].sort((a, b) => compareVersions(b, a)) : [PINNED_VERSION];
  } catch {
    return [PINNED_VERSION];
  }
}

function pom(version: string): string {
  const dep = (group: string, artifact: string) =>
    `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`;
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>plangraph</groupId><artifactId>neo4j-test-server</artifactId><version>1</version>
  <dependencies>
    ${dep("org.neo4j.app", "neo4j-server")}
    ${dep("org.neo4j", "neo4j")}
  </dependencies>
</project>
`;
}

/** Resolves one version into `<cacheDir>/neo4j-<version>/lib`; the directory appears only when complete. */
async function fetchVersion(version: string, cacheDir: string, log: (line: string) => void): Promise<string> {
  const target = join(cacheDir, `neo4j-${version}`);
  await mkdir(cacheDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), `plangraph-neo4j-${version}-`));
  try {
    await writeFile(join(work, "pom.xml"), pom(version));
    log(`neo4j: resolving Neo4j ${version} from Maven Central (first run only, ~125 MB)…`);
    const staging = join(work, "install");
    const { code, output } = await run(
      "mvn",
      ["-q", "-B", "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${join(staging, "lib")}`],
      { cwd: work },
    );
    if (code !== 0) throw new Error(`mvn could not resolve Neo4j ${version}:\n${output.trim().split("\n").slice(-15).join("\n")}`);
    await writeFile(join(staging, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
    // A concurrent run may have won the race; its copy is as good as ours.
    await rename(staging, target).catch((error: NodeJS.ErrnoException) => {
      if (!existsSync(join(target, COMPLETE_MARKER))) throw error;
    });
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Makes sure the jars are cached and says where they are. Needs java and, on the first run, mvn. */
export async function installNeo4j(options: InstallOptions = {}): Promise<Neo4jInstall> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const log = options.log ?? (() => {});
  await checkJava();
  const wanted = options.version ?? process.env.PLANGRAPH_NEO4J_VERSION;
  const cached = cachedVersions(cacheDir);
  const hit = wanted ? cached.find((v) => v === wanted) : cached[0];
  if (hit) return { version: hit, libDir: join(cacheDir, `neo4j-${hit}`, "lib"), downloaded: false };

  await run("mvn", ["-v"]);
  const candidates = wanted ? [wanted] : (await publishedVersions()).filter((v) => v.startsWith(LINE)).slice(0, 3);
  let lastError: unknown;
  for (const version of candidates) {
    try {
      const dir = await fetchVersion(version, cacheDir, log);
      return { version, libDir: join(dir, "lib"), downloaded: true };
    } catch (error) {
      lastError = error;
      log(`neo4j: ${version} did not resolve, trying an older 5.26 patch`);
    }
  }
  throw lastError instanceof Error ? lastError : new Error(`no Neo4j 5.26 release could be resolved from Maven Central`);
}
