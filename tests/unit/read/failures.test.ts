// Inputs that cannot be read: each gives one InputError that names the file and says why, and reading the
// others goes on (see tests/unit/cli/ingest.test.ts for a whole run).
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../../graph/errors.ts";
import { ingestFiles } from "../../../ingest/pipeline.ts";
import { DEFAULT_MAX_BYTES, readDocument, readDocumentBytes } from "../../../ingest/read/read-document.ts";
import { fixture, fixtureBytes, planLine } from "./_fixtures.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "plangraph-inputs-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Reads `path` and returns the error it raised. */
async function failure(read: Promise<unknown>): Promise<InputError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("inputs that cannot be read", () => {
  it.each([
    ["empty.txt", "is empty (0 bytes)"],
    ["binary.txt", "is a binary file (a gzip archive): unpack it first"],
    ["truncated.pdf", "is a truncated PDF (no %%EOF marker at its end)"],
    ["truncated.docx", "is a truncated or corrupt DOCX"],
    ["malformed.html", "is malformed HTML: a comment opened on line 1 is never closed"],
    ["no-text.pdf", "is a PDF without a text layer (1 page of images, probably scanned: run OCR first)"],
    ["encrypted.pdf", "is a password-protected PDF"],
  ])("%s: %s", async (name, reason) => {
    const error = await failure(readDocument(fixture(name)));
    expect(error.name).toBe("InputError");
    expect(error.file).toBe(fixture(name));
    expect(error.message).toContain(`${fixture(name)}: ${reason}`);
  });

  it("a path that does not exist, a directory given as a file, a path through a file", async () => {
    expect((await failure(readDocument(join(tmp, "missing.txt")))).message).toBe(`${join(tmp, "missing.txt")}: does not exist`);
    expect((await failure(readDocument(tmp))).message).toBe(`${tmp}: is a directory, not a file`);
    const underFile = join(fixture("plan-utf8.txt"), "plan.txt");
    expect((await failure(readDocument(underFile))).message).toBe(`${underFile}: does not exist (a folder in its path is a file)`);
  });

  it("binary data without a known signature: NUL bytes, control characters", async () => {
    const withNul = Buffer.concat([Buffer.from(planLine(3)), Buffer.from([0, 0, 0, 1, 2, 0, 0xff, 0xfe, 0xfd])]);
    expect((await failure(readDocumentBytes(withNul, "data.bin"))).message).toMatch(/^data\.bin: is a binary file/);
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41)));
    expect((await failure(readDocumentBytes(controls, "bell.txt"))).message).toMatch(/^bell\.txt: is a binary file \(\d+% control characters\)/);
  });

  it("a legacy .doc is refused with what to do about it", async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(planLine(3))]);
    expect((await failure(readDocumentBytes(ole, "规划.doc"))).message).toBe("规划.doc: is a legacy Office file (.doc/.xls/.wps), which is not supported: save it as .docx");
  });

  it("a 50 MB text is refused by its size before it is read, on disk and in memory", async () => {
    const path = join(tmp, "huge.txt");
    const chunk = Buffer.from(`${planLine(6)}\n`.repeat(64));
    const file = await open(path, "w");
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await file.write(chunk);
    await file.close();
    const started = performance.now();
    const error = await failure(readDocument(path));
    expect(error.message).toMatch(/huge\.txt: is 50\.0 MB, over the 32\.0 MB input limit \(raise it with --max-size/);
    expect(performance.now() - started).toBeLessThan(1000);
    const bytes = Buffer.alloc(DEFAULT_MAX_BYTES + 1, 0x41);
    expect((await failure(readDocumentBytes(bytes, "huge-in-memory.txt"))).message).toMatch(/is 32\.0 MB, over the 32\.0 MB input limit/);
  });

  it("one bad input among good ones: the good ones are read, the bad one is reported with its reason", async () => {
    const paths = [fixture("plan-utf8.txt"), fixture("empty.txt"), fixture("truncated.pdf"), fixture("page-utf8.html"), join(tmp, "missing.txt")];
    const result = await ingestFiles(paths);
    expect(result.extractions.map((e) => e.doc.id)).toEqual(["plan-utf8.txt", "page-utf8.html"]);
    expect(result.failures.map((f) => [f.path, f.error.name])).toEqual([
      [fixture("empty.txt"), "InputError"],
      [fixture("truncated.pdf"), "InputError"],
      [join(tmp, "missing.txt"), "InputError"],
    ]);
  });

  it("reading leaves the caller's bytes intact (pdf.js detaches the buffer it parses, so it gets a copy)", async () => {
    const bytes = fixtureBytes("plan-cjk-nonembedded.pdf");
    const copy = Buffer.from(bytes);
    await readDocumentBytes(bytes, "plan-cjk-nonembedded.pdf");
    expect(bytes.equals(copy)).toBe(true);
  });

  it("any bytes at all give a document or one InputError, never another exception", async () => {
    // random bytes behind the signatures that send them to each reader, and damaged copies of real fixtures
    const prefixes = ["", "%PDF-1.7\n", "PK\u0003\u0004", "<!DOCTYPE html><html><body>", "\uFEFF", "\u00ff\u00fe"];
    const fixtures = ["plan.pdf", "plan.docx", "page-gb.html", "plan-gbk.txt", "plan-utf16be.txt"].map(fixtureBytes);
    const random = fc
      .tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 3000 }), fc.boolean())
      .map(([prefix, body, eof]) => Buffer.concat([Buffer.from(prefix, "latin1"), body, Buffer.from(eof ? "\n%%EOF\n" : "")]));
    const damaged = fc
      .tuple(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }))
      .map(([bytes, edits]) => {
        const copy = Buffer.from(bytes);
        for (const [at, value] of edits) copy[at % copy.length] = value;
        return copy;
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(random, damaged), async (bytes) => {
        const outcome = await readDocumentBytes(bytes, "fuzz.bin").then(
          (doc) => doc.text.length > 0,
          (error: unknown) => error,
        );
        if (outcome !== true) {
          expect(outcome).toBeInstanceOf(InputError);
          expect((outcome as InputError).message).toMatch(/^fuzz\.bin: \S/);
        }
      }),
      { numRuns: 100, seed: 42 },
    );
  });
});
