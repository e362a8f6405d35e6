// The dictionary trie the extractor probes at every character: longest word at a position, every word at a
// position (longest first), and left-to-right scans — checked on real corpus sentences, and against a
// plain substring lookup over the whole division table on whole corpus documents.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INDUSTRIES } from "../../../ingest/lexicon/industries.ts";
import { regionSurfaces } from "../../../ingest/lexicon/regions.ts";
import { Trie } from "../../../ingest/extract/trie.ts";

/** Places a reader of these plans knows: a province, cities, districts and the city cluster. */
const PLACES = ["湖南", "湖南省", "长沙", "长沙市", "株洲", "株洲市", "天心区", "天元区", "荷塘区", "长株潭"];

function places(): Trie<string> {
  const t = new Trie<string>();
  for (const p of PLACES) t.add(p, p);
  return t;
}

const SENTENCE = "区委、区政府始终坚持把天心区发展放到全市、长株潭乃至全省大局中来定位";

describe("longestAt", () => {
  it("finds the longest word starting at a position, with its exclusive end", () => {
    const text = "株洲市天元区国民经济和社会发展";
    expect(places().longestAt(text, 0)).toEqual({ end: 3, values: ["株洲市"] });
  });

  it("finds a word in the middle of a sentence", () => {
    const at = SENTENCE.indexOf("天心区");
    expect(places().longestAt(SENTENCE, at)).toEqual({ end: at + 3, values: ["天心区"] });
  });

  it("is null where no word starts, and at or past the end of the text", () => {
    expect(places().longestAt(SENTENCE, 0)).toBeNull();
    expect(places().longestAt(SENTENCE, SENTENCE.length)).toBeNull();
    expect(places().longestAt("长沙", 5)).toBeNull();
  });

  it("falls back to a shorter word when the longer one is cut off by the end of the text", () => {
    expect(places().longestAt("对接长沙", 2)).toEqual({ end: 4, values: ["长沙"] });
  });

  it("keeps every value added under the same word, in order, without touching arrays handed out earlier", () => {
    const t = new Trie<string>();
    t.add("长沙", "city");
    const first = t.longestAt("长沙", 0)?.values;
    t.add("长沙", "short name");
    expect(first).toEqual(["city"]);
    expect(t.longestAt("长沙", 0)?.values).toEqual(["city", "short name"]);
  });

  it("ignores the empty word", () => {
    const t = new Trie<string>();
    t.add("", "nothing");
    expect(t.longestAt("长沙", 0)).toBeNull();
    expect(t.scan("长沙")).toEqual([]);
  });

  it("never matches a word holding a character outside the Basic Multilingual Plane (lookups step by UTF-16 unit)", () => {
    const t = new Trie<string>();
    t.add("𠀾村", "rare");
    t.add("村", "village");
    expect(t.longestAt("𠀾村", 0)).toBeNull();
    expect(t.scan("𠀾村")).toEqual([{ start: 2, end: 3, values: ["village"] }]);
  });
});

describe("allAt", () => {
  it("lists every word starting at a position, longest first", () => {
    const text = "长沙市天心区";
    expect(places().allAt(text, 0)).toEqual([{ end: 3, values: ["长沙市"] }, { end: 2, values: ["长沙"] }]);
  });

  it("is empty where no word starts", () => {
    expect(places().allAt(SENTENCE, 0)).toEqual([]);
  });
});

describe("scan and scanAll", () => {
  const text = "对接长株潭、打造核心区，融入长沙市和株洲市";

  it("scan takes non-overlapping longest matches left to right", () => {
    expect(places().scan(text).map((h) => text.slice(h.start, h.end))).toEqual(["长株潭", "长沙市", "株洲市"]);
  });

  it("scanAll reports the longest match at every start, overlaps included", () => {
    const t = new Trie<string>();
    for (const w of ["长株潭", "株洲", "潭"]) t.add(w, w);
    expect(t.scanAll("长株潭").map((h) => [h.start, h.values[0]])).toEqual([[0, "长株潭"], [2, "潭"]]);
    expect(t.scanAll("长株洲").map((h) => [h.start, h.values[0]])).toEqual([[1, "株洲"]]);
  });
});

describe("agreement with a plain substring lookup on whole corpus documents", () => {
  // The reference: at each position try every length from the longest word down. Slow, obviously right.
  function reference(words: ReadonlySet<string>, maxLen: number, text: string, start: number): number[] {
    const ends: number[] = [];
    for (let len = Math.min(maxLen, text.length - start); len > 0; len--) if (words.has(text.slice(start, start + len))) ends.push(start + len);
    return ends;
  }

  const corpusDir = new URL("../../../corpus/", import.meta.url);
  const documents = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(new URL(f, corpusDir), "utf8"));
  const dictionaries: Array<[name: string, words: string[]]> = [
    ["the division table", [...regionSurfaces().keys()]],
    ["the industry taxonomy", INDUSTRIES.flatMap((e) => [e.name, ...e.aliases])],
  ];

  for (const [name, list] of dictionaries) {
    it(`finds exactly the words of ${name} at every position`, () => {
      const words = new Set(list.filter((w) => w.length > 0));
      const maxLen = Math.max(...[...words].map((w) => w.length));
      const t = new Trie<string>();
      for (const w of words) t.add(w, w);
      let hits = 0;
      const disagreements: string[] = [];
      for (const text of documents) {
        for (let i = 0; i < text.length; i++) {
          const ends = reference(words, maxLen, text, i);
          const all = t.allAt(text, i).map((h) => h.end);
          const longest = t.longestAt(text, i)?.end ?? null;
          if (all.join() !== ends.join() || longest !== (ends[0] ?? null)) disagreements.push(`${text.slice(i, i + maxLen)}: ${all.join()} / ${ends.join()}`);
          hits += ends.length;
        }
      }
      expect(disagreements).toEqual([]);
      expect(hits).toBeGreaterThan(100);
    });
  }
});
