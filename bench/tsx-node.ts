/** Runs a TypeScript file in a fresh Node process under tsx, so each measurement has its own heap and peak RSS. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export function tsxLoaderUrl(): string {
  const pkg = createRequire(import.meta.url).resolve("tsx/package.json");
  return pathToFileURL(join(dirname(pkg), "dist", "loader.mjs")).href;
}

/** Starts `file` with `input` as JSON on stdin; resolves with the JSON the child prints as its last stdout line. */
export function runChild<T>(file: string, input: unknown, nodeFlags: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, "--import", tsxLoaderUrl(), file], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`bench: ${file} exited with code ${code}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch (error) {
        reject(new Error(`bench: ${file} printed no result: ${last.slice(0, 200)}`, { cause: error }));
      }
    });
    child.stdin.end(JSON.stringify(input));
  });
}

export async function readStdinJson<T>(): Promise<T> {
  let text = "";
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) text += chunk as string;
  return JSON.parse(text) as T;
}
