// The extractor never throws, whatever text it is given: random code units (lone surrogates included),
// plan-like word salad, corpus text cut, spliced and garbled, mojibake from a wrong decoding. Every result
// is a well-formed extraction, and no pass fails quietly into a warning.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { DocumentExtraction, Evidence } from "../../graph/facts.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../graph/schema.ts";
import { extractDocument } from "../../ingest/extract/index.ts";

const CORPUS_DIR = fileURLToPath(new URL("../../corpus/", import.meta.url));
const CORPUS = readdirSync(CORPUS_DIR).map((f) => readFileSync(CORPUS_DIR + f, "utf8"));

/** Generic plan vocabulary: administrative suffixes, park and industry words, numbering, figures. */
const TOKENS = [
  "市", "区", "县", "镇", "乡", "省", "自治州", "新区", "高新区", "开发区", "经开区", "产业园", "工业园", "片区", "园区", "基地",
  "产业", "集群", "项目", "工程", "战略", "一体化", "示范区", "有限公司", "集团", "发展", "建设", "推进", "打造", "加快", "依托",
  "第一章", "第2节", "一、", "（三）", "1.", "①", "——", "“", "”", "《", "》", "、", "，", "。", "；", "：", "（", "）", " ", "\t", "\n",
  "\n\n", "十四五", "十三五", "2025年", "2035年", "亿元", "%", "万人", "长株潭", "湘江", "株洲", "长沙", "天心", "高新技术", "新材料",
  "轨道交通", "生物医药", "数字经济", "|", " | ", "年均增长", "达到", "以上", "省级", "国家级", "重点", "A", "GDP", "0", "9", ".",
];

const planSalad = fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((t) => t.join(""));

/** A slice of a real document, then cut, spliced, repeated and sprinkled with noise. */
const garbledCorpus = fc
  .record({
    doc: fc.nat(CORPUS.length - 1),
    start: fc.nat(),
    length: fc.integer({ min: 0, max: 6000 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom("insert", "delete", "duplicate", "newline-strip"),
        noise: fc.string({ unit: "binary", maxLength: 8 }),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ doc, start, length, edits }) => {
    const source = CORPUS[doc] ?? "";
    let text = source.slice(start % Math.max(1, source.length), (start % Math.max(1, source.length)) + length);
    for (const { at, kind, noise } of edits) {
      const i = text.length === 0 ? 0 : at % text.length;
      if (kind === "insert") text = text.slice(0, i) + noise + text.slice(i);
      else if (kind === "delete") text = text.slice(0, i) + text.slice(i + noise.length + 1);
      else if (kind === "duplicate") text = text.slice(0, i) + text.slice(i, i + 200) + text.slice(i);
      else text = text.replace(/\n/g, "");
    }
    return text;
  });

/** Corpus text whose UTF-8 bytes were decoded as GB18030 or Latin-1: the mojibake a wrong guess produces. */
const mojibake = fc
  .record({ doc: fc.nat(CORPUS.length - 1), start: fc.nat(), encoding: fc.constantFrom("gb18030", "latin1", "utf-16le") })
  .map(({ doc, start, encoding }) => {
    const source = CORPUS[doc] ?? "";
    const from = start % Math.max(1, source.length);
    return iconv.decode(Buffer.from(source.slice(from, from + 3000), "utf8"), encoding);
  });

const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 3000 }),
  fc.string({ unit: "grapheme", maxLength: 1000 }),
  planSalad,
  garbledCorpus,
  mojibake,
);

function checkWellFormed(text: string, result: DocumentExtraction): void {
  const lines = result.doc.lines;
  const evidenceOk = (ev: Evidence): void => {
    expect(ev.doc).toBe("fuzz.txt");
    expect(ev.line).toBeGreaterThanOrEqual(1);
    expect(ev.line).toBeLessThanOrEqual(Math.max(1, lines));
    expect(ev.span[0]).toBeGreaterThanOrEqual(0);
    expect(ev.span[1]).toBeLessThanOrEqual(ev.sentence.length);
    expect(ev.span[0]).toBeLessThanOrEqual(ev.span[1]);
  };
  expect(result.doc.id).toBe("fuzz.txt");
  for (const entity of result.entities) {
    expect(ENTITY_TYPES).toContain(entity.type);
    expect(entity.name.length).toBeGreaterThan(0);
    for (const m of entity.mentions) {
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      evidenceOk(m.evidence);
    }
  }
  for (const relation of result.relations) {
    expect(RELATION_TYPES).toContain(relation.type);
    relation.evidence.forEach(evidenceOk);
  }
  expect(JSON.parse(JSON.stringify(result)).entities.length, `text: ${JSON.stringify(text.slice(0, 80))}`).toBe(result.entities.length);
}

const extract = (text: string): DocumentExtraction => extractDocument({ id: "fuzz.txt", text, sha256: "0".repeat(64), source: "text/utf-8" });

describe("the extractor on any text", () => {
  it("never throws and always returns a well-formed extraction", () => {
    fc.assert(
      fc.property(randomText, (text) => {
        checkWellFormed(text, extract(text));
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it("has no pass that fails into a warning (a guarded failure would hide a bug)", () => {
    fc.assert(
      fc.property(randomText, (text) => {
        const failed = extract(text).warnings.filter((w) => / failed: /.test(w));
        expect(failed, `text: ${JSON.stringify(text.slice(0, 120))}`).toEqual([]);
      }),
      { numRuns: 200, seed: 1 },
    );
  });

  it("copes with the edge cases by name: empty, whitespace, one huge line, NULs, lone surrogates, a BOM", () => {
    const huge = (CORPUS[0] ?? "").replace(/\n/g, "").slice(0, 60_000);
    for (const text of ["", " ", "\n\n\n", "\uFEFF", "\0\0\0", "\ud800\udc00\ud800", "\udfff区", "市".repeat(5000), huge]) {
      const result = extract(text);
      checkWellFormed(text, result);
      expect(result.warnings.filter((w) => / failed: /.test(w)), JSON.stringify(text.slice(0, 20))).toEqual([]);
    }
  });
});
