// The extractor reads the plan's targets and baselines and attaches them to the plan region's own entity.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../../../ingest/corpus.ts";
import { extractDocument } from "../../../ingest/extract/index.ts";

const TIANXIN = "000_8c1d04e729e92782.txt";

describe("indicators in a document extraction", () => {
  const text = readFileSync(join(CORPUS_DIR, TIANXIN), "utf8");
  const x = extractDocument({ id: TIANXIN, text, sha256: "", source: "test" });
  const tianxin = x.entities.find((e) => e.type === "Region" && e.name === "天心区");

  it("attaches the Tianxin plan's GDP to 天心区: 2020 target 1100 亿元, 2015 baseline 700.76 亿元", () => {
    expect(tianxin).toBeDefined();
    const gdp = x.indicators.filter((f) => f.subject === tianxin?.id && f.indicator === "地区生产总值" && f.unit === "亿元");
    expect(gdp).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: "target", year: 2020, value: 1100 }),
      expect.objectContaining({ kind: "baseline", year: 2015, value: 700.76 }),
    ]));
  });

  it("gives every figure a subject the document emits", () => {
    const ids = new Set(x.entities.map((e) => e.id));
    expect(x.indicators.length).toBeGreaterThan(5);
    for (const f of x.indicators) expect(ids.has(f.subject)).toBe(true);
  });
});
