// Document metadata read from the opening lines of each corpus document.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../../../ingest/corpus.ts";
import { readMeta } from "../../../ingest/text/meta.ts";
import { prepareText } from "../../../ingest/text/sentences.ts";

describe("readMeta", () => {
  it.each([
    ["000_8c1d04e729e92782.txt", "长沙市天心区", "十三五", 2016, 2020, "plan"],
    ["001_e9d0cb05faa534a1.txt", "株洲高新技术产业开发区、株洲市天元区", "十三五", 2016, 2020, "plan"],
    ["002_a93f945e5c35f0b4.txt", undefined, "十四五", 2021, 2025, "news"],
    ["003_5af2547153c57a25.txt", "津市市", "十三五", 2016, 2020, "plan"],
    ["004_0f6562ee69c0aba0.txt", "株洲市荷塘区", "十四五", 2021, 2025, "plan"],
  ] as const)("%s: place %s, %s (%i–%i), %s", (file, place, period, start, end, kind) => {
    const meta = readMeta(prepareText(readFileSync(join(CORPUS_DIR, file), "utf8")), file);
    if (place) expect(meta.placeSurface).toBe(place);
    expect(meta.period).toBe(period);
    expect([meta.startYear, meta.endYear]).toEqual([start, end]);
    expect(meta.kind).toBe(kind);
  });
});
