// Evidence and robustness on whole corpus documents: every mention's span points at its surface in the
// original sentence, extraction time grows linearly with the input, and garbage never makes it throw.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../../../ingest/corpus.ts";
import { extractDocument } from "../../../ingest/extract/index.ts";

const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".txt")).sort();
const read = (f: string): string => readFileSync(join(CORPUS_DIR, f), "utf8");
// compare modulo what normalisation folds: widths, spaces, quotes and bracket shapes
const squeeze = (s: string): string => s.normalize("NFKC").replace(/[\s“”"]/gu, "").replace(/[〈《<]/gu, "(").replace(/[〉》>]/gu, ")");

describe("evidence", () => {
  it.each(files)("%s: every mention's span in its original sentence spells its surface", (file) => {
    const x = extractDocument({ id: file, text: read(file), sha256: "", source: "test" });
    expect(x.entities.length).toBeGreaterThan(20);
    const lines = read(file).split(/\r\n|\r|\n/u);
    for (const e of x.entities) {
      for (const m of e.mentions) {
        const { sentence, span, line, doc } = m.evidence;
        expect(doc).toBe(file);
        expect(lines[line - 1]).toContain(sentence);
        expect(squeeze(sentence.slice(span[0], span[1])), `${e.type}:${e.name} (${m.rule}) line ${line}`).toBe(squeeze(m.surface));
        expect(m.rule.length).toBeGreaterThan(0);
        expect(m.confidence).toBeGreaterThan(0);
      }
    }
  });

  it("reads the plan's region, parent and period into the document metadata", () => {
    const x = extractDocument({ id: "004.txt", text: read("004_0f6562ee69c0aba0.txt"), sha256: "", source: "test" });
    expect(x.doc).toMatchObject({ region: "荷塘区", parentRegion: "株洲市", period: "十四五", startYear: 2021, endYear: 2025, kind: "plan" });
  });
});

describe("cost", () => {
  it("grows linearly: four copies of a plan take well under eight times as long as one", () => {
    const one = read("001_e9d0cb05faa534a1.txt");
    const time = (text: string): number => {
      const t = performance.now();
      extractDocument({ id: "x.txt", text, sha256: "", source: "test" });
      return performance.now() - t;
    };
    time(one); // warm the lexicon tries
    const t1 = Math.min(time(one), time(one));
    const t4 = time([one, one, one, one].join("\n"));
    expect(t4 / t1).toBeLessThan(8);
  });

  it.each([
    ["empty", ""],
    ["only punctuation", "，。；：“”（）《》、".repeat(500)],
    ["one very long line", "产业园".repeat(20000)],
    ["binary noise", String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536))],
  ])("never throws on %s", (_what, text) => {
    const x = extractDocument({ id: "g.txt", text, sha256: "", source: "test" });
    expect(Array.isArray(x.entities)).toBe(true);
  });
});
