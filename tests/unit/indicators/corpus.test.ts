// The indicator reader on whole plans of the corpus: the Zhuzhou High-tech/Tianyuan target lists, the
// subject of each block, and invariants every fact keeps (a unit, a year for targets, exact evidence).
import { describe, expect, it } from "vitest";
import { INDICATOR_KINDS } from "../../../graph/facts.ts";
import { PERIODS } from "../../../graph/schema.ts";
import { lookupIndicator } from "../../../ingest/indicators/index.ts";
import { normalise } from "../../../ingest/indicators/text.ts";
import { HETANG, JINSHI, REGION, TIANXIN, ZHUZHOU, ZHUZHOU_PARK, corpusIndicators, corpusLines, figures } from "./_corpus.ts";

describe("Zhuzhou High-tech / Tianyuan 13th plan: target lists per place", () => {
  const facts = corpusIndicators(ZHUZHOU);

  it("gives Tianyuan its GDP target of 420 亿元 with 9.5% annual growth, and the park its 1000 亿元", () => {
    const targets = facts.filter((f) => f.year === 2020);
    expect(figures(targets, "地区生产总值", REGION.tianyuan)).toEqual(["growth 2020 9.5% 以上", "target 2020 420亿元 以上"]);
    expect(figures(targets, "地区生产总值", ZHUZHOU_PARK)).toEqual(["growth 2020 9.5% 以上", "target 2020 1000亿元"]);
  });

  it("reads every item of the two lists (69 of 69), the share of enterprises with R&D platforms included", () => {
    const lines = corpusLines(ZHUZHOU);
    const read = new Set(facts.map((f) => f.evidence.line));
    const items = lines.flatMap((text, i) => (i >= 86 && i < 234 && text.startsWith("——") ? [i + 1] : []));
    expect(items).toHaveLength(69);
    expect(items.filter((line) => !read.has(line))).toEqual([]);
  });

  it("puts each list under its place: 高新区 items belong to the park, 天元区 items to the district", () => {
    const park = facts.filter((f) => f.evidence.line >= 89 && f.evidence.line <= 111);
    const district = facts.filter((f) => f.evidence.line >= 117 && f.evidence.line <= 233);
    expect(new Set(park.map((f) => f.subject))).toEqual(new Set([ZHUZHOU_PARK]));
    expect(new Set(district.map((f) => f.subject))).toEqual(new Set([REGION.tianyuan]));
    expect(figures(facts, "技工贸总收入", ZHUZHOU_PARK)).toEqual(["growth 2020 12% 左右", "target 2020 3000亿元 以上"]);
  });

  it("reads the 2015 review paragraph of each place (高新区：… / 天元区：…) as baselines", () => {
    expect(figures(facts, "地区生产总值", ZHUZHOU_PARK).filter((f) => f.includes("2015"))).toEqual(["baseline 2015 665亿元", "growth 2015 12.2%"]);
    expect(figures(facts, "地区生产总值", REGION.tianyuan).filter((f) => f.includes("2015"))).toEqual(["baseline 2015 268.4亿元", "growth 2015 12.3%"]);
  });

  it("keeps a table-less target list fully targeted: every 2020 figure of the lists is a target or a growth rate", () => {
    const lists = facts.filter((f) => f.evidence.line >= 89 && f.evidence.line <= 233);
    expect(new Set(lists.map((f) => f.kind))).toEqual(new Set(["target", "growth"]));
    expect(lists.every((f) => f.year === 2020 && f.period === "十三五")).toBe(true);
  });
});

describe("every plan of the corpus", () => {
  const DOCS = [TIANXIN, ZHUZHOU, JINSHI, HETANG];

  it.each(DOCS)("%s: every figure keeps a unit (or the indicator is a pure number)", (doc) => {
    for (const f of corpusIndicators(doc)) {
      if (!f.unit) expect(lookupIndicator(f.indicator)?.dimensionless, `${f.indicator} ${f.value}`).toBe(true);
      if (f.kind === "growth") expect(f.unit).toBe("%");
    }
  });

  it.each(DOCS)("%s: kinds, periods and years are well formed; targets have a year", (doc) => {
    for (const f of corpusIndicators(doc)) {
      expect(INDICATOR_KINDS).toContain(f.kind);
      if (f.period) expect(PERIODS).toContain(f.period);
      if (f.kind === "target" || f.rule.startsWith("table")) expect(f.year, `${f.indicator} line ${f.evidence.line}`).toBeGreaterThan(2000);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each(DOCS)("%s: evidence points at the original text, the span covering the surface form", (doc) => {
    const lines = corpusLines(doc);
    for (const f of corpusIndicators(doc)) {
      expect(f.evidence.doc).toBe(doc);
      expect(f.evidence.sentence.startsWith(lines[f.evidence.line - 1]!)).toBe(true);
      expect(f.evidence.sentence.slice(...f.evidence.span)).toBe(f.surface.trim());
      // the figure's own span holds its number as written (noisy spacing and all)
      const written = normalise(f.evidence.sentence.slice(...f.valueSpan!)).text.replace(/,/gu, "");
      expect(written, `${f.indicator} line ${f.evidence.line}`).toContain(String(Math.abs(f.value)));
    }
  });

  it("states a figure once even when the table and the review text both give it (Tianxin 2015 GDP 700.76)", () => {
    const gdp2015 = corpusIndicators(TIANXIN).filter((f) => f.indicator === "地区生产总值" && f.kind === "baseline");
    expect(gdp2015).toHaveLength(1);
    expect(gdp2015[0]?.rule).toBe("table-row");
  });

  it("compares across plans: GDP baselines and targets of four places side by side, all in 亿元", () => {
    const gdp = DOCS.flatMap(corpusIndicators).filter((f) => f.indicator === "地区生产总值" && (f.kind === "target" || f.kind === "baseline"));
    const bySubject = new Map<string, string[]>();
    for (const f of gdp) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), `${f.kind} ${f.year} ${f.value}`]);
    expect(bySubject.get(REGION.tianxin)).toEqual(expect.arrayContaining(["baseline 2015 700.76", "target 2020 1100"]));
    expect(bySubject.get(REGION.jinshi)).toEqual(expect.arrayContaining(["baseline 2015 115.3", "target 2020 200"]));
    expect(bySubject.get(REGION.tianyuan)).toEqual(expect.arrayContaining(["baseline 2015 268.4", "target 2020 420"]));
    expect(bySubject.get(REGION.hetang)).toEqual(expect.arrayContaining(["baseline 2020 244.2"]));
    expect(new Set(gdp.map((f) => f.unit))).toEqual(new Set(["亿元"]));
  });
});
