// `npm run ingest -- PATH...` as a user meets it: inputs expanded from files, directories and globs,
// progress on stderr, a summary, exit status 1 when any input failed, and a snapshot that a failed input
// never overwrites or damages.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromSnapshot } from "../../../graph/snapshot.ts";
import { expandInputs } from "../../../ingest/cli/expand-inputs.ts";
import { OPTIONS, runIngest, USAGE } from "../../../ingest/cli/ingest.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const INPUTS = fileURLToPath(new URL("../../fixtures/inputs/", import.meta.url));
const input = (name: string): string => relative(process.cwd(), join(INPUTS, name));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "plangraph-cli-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs the command in-process, capturing what it prints. */
async function ingest(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runIngest(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const summaryCount = (out: string, label: string): number => Number(new RegExp(`^\\s+${label}\\s+(\\d+)$`, "m").exec(out)?.[1]);

describe("ingest CLI", () => {
  it("documents every option in --help, and exits 0", async () => {
    const { code, out } = await ingest("--help");
    expect(code).toBe(0);
    expect(out).toBe(USAGE);
    for (const [name, spec] of Object.entries(OPTIONS)) {
      expect(USAGE, name).toContain(`--${name}`);
      if ("short" in spec) expect(USAGE, name).toContain(`-${spec.short}, --${name}`);
    }
  });

  it("reads good inputs, writes the snapshot and sums up documents, entities, relations, warnings, failures", async () => {
    const out = join(tmp, "good.json");
    const run = await ingest("--out", out, input("plan-utf8.txt"), input("page-utf8.html"), input("plan.docx"));
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/^\[1\/3\] .*plan-utf8\.txt \(text\/utf-8\): \d+ entities, \d+ relations/m);
    expect(run.err).toMatch(/^\[3\/3\] .*plan\.docx \(docx\)/m);
    const graph = fromSnapshot(JSON.parse(await readFile(out, "utf8")));
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["plan-utf8.txt", "page-utf8.html", "plan.docx"]);
    expect(summaryCount(run.out, "documents")).toBe(3);
    expect(summaryCount(run.out, "entities")).toBe(graph.order);
    expect(summaryCount(run.out, "relations")).toBe(graph.size);
    expect(summaryCount(run.out, "warnings")).toBe(0);
    expect(summaryCount(run.out, "failures")).toBe(0);
    expect(run.out).toMatch(new RegExp(`Snapshot written: .*good\\.json \\(${graph.order} nodes, ${graph.size} edges\\)`));
  });

  it("goes on past bad inputs, names each with its reason, exits 1 and leaves the existing snapshot byte for byte", async () => {
    const out = join(tmp, "kept.json");
    await ingest("--quiet", "--out", out, input("plan-utf8.txt"));
    const before = await readFile(out);
    const bad = ["empty.txt", "binary.txt", "truncated.pdf", "truncated.docx", "malformed.html"].map(input);
    const run = await ingest("--out", out, input("plan-gbk.txt"), ...bad, join(tmp, "missing.txt"), input("page-gb.html"));
    expect(run.code).toBe(1);
    expect(await readFile(out)).toEqual(before);
    expect(summaryCount(run.out, "documents")).toBe(2);
    expect(summaryCount(run.out, "failures")).toBe(6);
    const expected: Array<[string, string]> = [
      ["empty.txt", "is empty"],
      ["binary.txt", "is a binary file"],
      ["truncated.pdf", "is a truncated PDF"],
      ["truncated.docx", "is a truncated or corrupt DOCX"],
      ["malformed.html", "is malformed HTML"],
      ["missing.txt", "does not exist"],
    ];
    for (const [name, reason] of expected) {
      expect(run.out).toMatch(new RegExp(`^\\s+\\S*${name.replace(".", "\\.")}: ${reason}`, "m"));
      expect(run.err).toMatch(new RegExp(`FAILED \\S*${name.replace(".", "\\.")}: ${reason}`));
    }
    // the input after all the bad ones was still read
    expect(run.err).toMatch(/^\[8\/8\] .*page-gb\.html \(html\)/m);
    expect(run.out).toMatch(/left unchanged because 6 input\(s\) failed; .* --partial/);
  });

  it("with --partial writes what was read, still exiting 1", async () => {
    const out = join(tmp, "partial.json");
    const run = await ingest("--quiet", "--partial", "--out", out, input("plan-utf8.txt"), input("empty.txt"));
    expect(run.code).toBe(1);
    const graph = fromSnapshot(JSON.parse(await readFile(out, "utf8")));
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["plan-utf8.txt"]);
  });

  it("never writes a snapshot when nothing was read, nor on --dry-run", async () => {
    const out = join(tmp, "never.json");
    await writeFile(out, "previous snapshot");
    expect((await ingest("--quiet", "--partial", "--out", out, input("empty.txt"))).code).toBe(1);
    expect((await ingest("--quiet", "--dry-run", "--out", out, input("plan-utf8.txt"))).code).toBe(0);
    expect(await readFile(out, "utf8")).toBe("previous snapshot");
  });

  it("refuses inputs over --max-size", async () => {
    const run = await ingest("--quiet", "--dry-run", "--max-size", "0.002", input("plan-utf8.txt"), input("plan-gbk.txt"));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/plan-utf8\.txt: is 0\.0 MB, over the 0\.0 MB input limit/);
  });

  it("answers a usage error with exit status 2 and the usage", async () => {
    const unknown = await ingest("--bogus");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Usage: npm run ingest");
    expect((await ingest("--max-size", "lots", input("plan-utf8.txt"))).code).toBe(2);
  });
});

describe("ingest inputs: files, directories, globs", () => {
  it("takes a directory's documents recursively (by extension), sorted, and not its other files", async () => {
    const { files, problems } = await expandInputs([INPUTS]);
    expect(problems).toEqual([]);
    const names = files.map((f) => f.split(/[\\/]/).at(-1));
    expect(names).toContain("plan.pdf");
    expect(names).toContain("plan.docx");
    expect(names).toContain("page-gb.html");
    expect(names).not.toContain("make-fixtures.py");
    expect(names).toEqual([...names].sort());
  });

  it("walks sub-directories, skips hidden ones, and reports a directory without documents", async () => {
    const root = join(tmp, "plans");
    await mkdir(join(root, "2021", "湖南"), { recursive: true });
    await mkdir(join(root, ".cache"), { recursive: true });
    await mkdir(join(tmp, "empty-dir"), { recursive: true });
    for (const f of ["2021/湖南/天心区.txt", "2021/株洲.PDF", ".cache/old.txt", "notes.md"]) await writeFile(join(root, f), "天心区\n");
    const { files, problems } = await expandInputs([root, join(tmp, "empty-dir")]);
    expect(files.map((f) => relative(root, resolve(f)))).toEqual([join("2021", "株洲.PDF"), join("2021", "湖南", "天心区.txt")]);
    expect(problems).toEqual([{ input: join(tmp, "empty-dir"), reason: "is a directory with no .txt/.text/.htm/.html/.xhtml/.docx/.pdf files" }]);
  });

  it("expands a glob, reports one that matches nothing, and takes a file whatever its extension", async () => {
    const { files, problems } = await expandInputs([join(INPUTS, "plan-utf16*.txt"), join(INPUTS, "nothing-*.pdf"), join(INPUTS, "make-fixtures.py")]);
    expect(files.map((f) => f.split(/[\\/]/).at(-1))).toEqual(["plan-utf16be.txt", "plan-utf16le-nobom.txt", "plan-utf16le.txt", "make-fixtures.py"]);
    expect(problems).toEqual([{ input: join(INPUTS, "nothing-*.pdf"), reason: "matches no files" }]);
  });

  it("takes an existing file literally even when its name looks like a glob", async () => {
    const odd = join(tmp, "规划[2021].txt");
    await writeFile(odd, "天心区国民经济和社会发展规划\n");
    expect((await expandInputs([odd])).files.map((f) => f.split(/[\\/]/).at(-1))).toEqual(["规划[2021].txt"]);
  });
});

describe("npm run ingest, as a process", () => {
  it("exits 1 when an input failed, with progress on stderr and the summary on stdout", async () => {
    const script = join(ROOT, "ingest/cli/ingest.ts");
    const args = ["--import", "tsx", script, "--out", join(tmp, "process.json"), join(INPUTS, "plan-utf8.txt"), join(INPUTS, "empty.txt")];
    const result = await promisify(execFile)(process.execPath, args, { cwd: ROOT }).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[2\/2\] FAILED .*empty\.txt: is empty \(0 bytes\)/);
    expect(result.stdout).toMatch(/^\s+documents\s+1$/m);
    expect(result.stdout).toMatch(/^\s+failures\s+1$/m);
  });
});
