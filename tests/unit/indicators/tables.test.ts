// Flattened indicator tables (发展指标表) of the Tianxin and Jinshi 13th plans: every row comes out,
// with the value of each year column, its unit, the growth column and the 预期/约束 attribute.
import { describe, expect, it } from "vitest";
import { extractIndicators } from "../../../ingest/indicators/index.ts";
import { JINSHI, REGION, TIANXIN, corpusIndicators, corpusLines, figures } from "./_corpus.ts";

const tableFacts = (doc: string) => corpusIndicators(doc).filter((f) => f.rule.startsWith("table-row"));

describe("Tianxin 13th plan: 天心区“十三五”发展指标表", () => {
  const facts = tableFacts(TIANXIN);

  it("reads the GDP row: 700.76 亿元 in 2015, a target of 1100 亿元 for 2020, 预期", () => {
    expect(figures(facts, "地区生产总值")).toEqual(["baseline 2015 700.76亿元", "growth 2015 11.4%", "growth 2020 10%", "target 2020 1100亿元"]);
    const target = facts.find((f) => f.indicator === "地区生产总值" && f.kind === "target")!;
    expect(target).toMatchObject({ subject: REGION.tianxin, binding: "预期", period: "十三五", surface: "地区生产总值总量（亿元）" });
  });

  it("reads a growth-rate row as kind growth of the indicator, the 2015 column being the 十二五 achievement", () => {
    const growth = facts.filter((f) => f.indicator === "财政总收入");
    expect(growth.map((f) => [f.kind, f.year, f.period, f.value, f.unit])).toEqual([
      ["growth", 2015, "十二五", 17, "%"],
      ["growth", 2020, "十三五", 10, "%"],
    ]);
  });

  it("comes out complete: 24 of the 25 rows carry a figure (主要污染物 has only —— and 达市标准)", () => {
    const rows = new Set(facts.map((f) => f.evidence.line));
    expect(rows.size).toBe(24);
    expect(facts.some((f) => f.surface.startsWith("主要污染物"))).toBe(false);
  });

  it("keeps the unit of the name's brackets, 约束 and a cumulative five-year figure", () => {
    expect(figures(facts, "城镇新增就业")).toEqual(["target 2020 50000人", "value 2015 65000人"]);
    expect(facts.filter((f) => f.indicator === "城镇新增就业").every((f) => f.cumulative)).toBe(true);
    expect(figures(facts, "人均公共文化体育设施面积")).toEqual(["baseline 2015 3.2平方米", "target 2020 3.5平方米"]);
    expect(facts.find((f) => f.indicator === "城镇登记失业率" && f.kind === "target")?.binding).toBe("约束");
  });

  it("stores a five-year fall as a negative cumulative rate (单位生产总值能耗五年累计降低 20)", () => {
    const energy = facts.filter((f) => f.indicator === "单位地区生产总值能耗");
    expect(energy.map((f) => [f.kind, f.year, f.value, f.unit, f.cumulative])).toEqual([["growth", 2015, -20, "%", true]]);
  });

  it("reads a row whose category cell is cut off by a blank line (生态文明 / 城市空气质量…)", () => {
    expect(figures(facts, "空气质量优良天数比例")).toEqual(["baseline 2015 90%", "target 2020 90%"]);
  });

  it("points the evidence at the row: the name line, the row's lines as sentence, the name's span", () => {
    const gdp = facts.find((f) => f.indicator === "地区生产总值" && f.kind === "target")!;
    expect(gdp.evidence.line).toBe(68);
    const [start, end] = gdp.evidence.span;
    expect(gdp.evidence.sentence.slice(start, end)).toBe("地区生产总值总量（亿元）");
    expect(gdp.evidence.sentence).toContain("1100");
  });
});

describe("Jinshi 13th plan: 表2-1 主要目标 (with a growth column and 引导性/约束性)", () => {
  const facts = tableFacts(JINSHI);

  it("comes out complete: all 38 rows, each with a 2015 figure and a 2020 figure", () => {
    const rows = new Map<number, number[]>();
    for (const f of facts) rows.set(f.evidence.line, [...(rows.get(f.evidence.line) ?? []), f.year!]);
    expect(rows.size).toBe(38);
    for (const years of rows.values()) expect(years).toEqual(expect.arrayContaining([2015, 2020]));
  });

  it("reads a row that is itself a rate (金融机构各项贷款增长率) as growth in both columns", () => {
    expect(figures(facts, "金融机构各项贷款")).toEqual(["growth 2015 63.9%", "growth 2020 100% 以上"]);
  });

  it("reads the GDP row: 115.3 → 200 亿元 with 10% a year, 引导性 read as 预期", () => {
    expect(figures(facts, "地区生产总值")).toEqual(["baseline 2015 115.3亿元", "growth 2020 10%", "target 2020 200亿元"]);
    expect(facts.find((f) => f.indicator === "地区生产总值" && f.kind === "target")?.binding).toBe("预期");
  });

  it("lets a cell's own unit override the column's: 44464 元 per head, a target of ≥10000 美元", () => {
    expect(figures(facts, "人均地区生产总值")).toEqual(["baseline 2015 44464元", "growth 2020 10%", "target 2020 10000美元 以上"]);
  });

  it("reads ≥/≤ as qualifiers and keeps ‰ and compound units", () => {
    expect(figures(facts, "财政总收入")).toEqual(["baseline 2015 6亿元", "growth 2020 10% 以上", "target 2020 10亿元"]);
    expect(figures(facts, "5岁以下儿童死亡率")).toEqual(["baseline 2015 3.4‰", "target 2020 5‰ 以内"]);
    expect(figures(facts, "单位地区生产总值能耗")).toEqual(["baseline 2015 0.45吨标煤/万元", "target 2020 0.6吨标煤/万元 以内"]);
    expect(facts.find((f) => f.indicator === "5岁以下儿童死亡率" && f.kind === "target")?.binding).toBe("约束");
  });

  it("names indicators canonically: 进出口总额 in 万美元, GDP spelled out in shares", () => {
    expect(figures(facts, "进出口总额")).toEqual(["baseline 2015 4678万美元", "growth 2020 10%", "target 2020 7500万美元"]);
    expect(figures(facts, "高新技术产业增加值占地区生产总值比重")).toEqual(["baseline 2015 16.6%", "target 2020 25% 以上"]);
  });
});

describe("table layouts", () => {
  // The Tianxin header and two rows, as a converter without tabs would flatten them (one cell per line).
  const tianxin = corpusLines(TIANXIN);
  const untabbed = [...tianxin.slice(58, 66), ...tianxin.slice(66, 78)].map((l) => l.replace(/^\t/u, ""));

  it("reads a table flattened without tabs, one cell per line", () => {
    const facts = extractIndicators({ docId: "t", lines: untabbed, defaultSubject: REGION.tianxin, period: "十三五" });
    expect(figures(facts, "地区生产总值")).toEqual(["baseline 2015 700.76亿元", "growth 2015 11.4%", "growth 2020 10%", "target 2020 1100亿元"]);
  });

  it("reads a table flattened one row per line, cells apart by spaces (with PDF-style split brackets)", () => {
    const rows = [untabbed.slice(0, 4).join(" ") + " 目标值 指标 属性", "", "经济发展 地区生产总值总量 （ 亿元 ） 700.76 1100 预期", "地区生产总值年均增速（%） 11.4 10 预期", "第三章 全力调整优化空间结构"];
    const facts = extractIndicators({ docId: "t", lines: rows, defaultSubject: REGION.tianxin, period: "十三五" });
    expect(figures(facts, "地区生产总值")).toEqual(["baseline 2015 700.76亿元", "growth 2015 11.4%", "growth 2020 10%", "target 2020 1100亿元"]);
    expect(facts.find((f) => f.kind === "target")?.binding).toBe("预期");
  });

  it("dates undated columns (基期值 / 规划目标) from the plan and skips a 序号 column", () => {
    const lines = ["\t序号", "\t指标", "\t单位", "\t基期值", "\t规划目标", "\t属性", "", "\t1", "\t地区生产总值", "\t亿元", "\t700.76", "\t1100", "\t预期性", ""];
    const facts = extractIndicators({ docId: "t", lines, defaultSubject: REGION.tianxin, period: "十三五" });
    expect(figures(facts, "地区生产总值")).toEqual(["baseline 2015 700.76亿元", "target 2020 1100亿元"]);
  });

  it("takes the unit from a 单位 column when the table has one", () => {
    const lines = ["\t指标", "\t单位", "\t2015年", "\t2020年", "\t属性", "", "\t地区生产总值", "\t亿元", "\t700.76", "\t1100", "\t预期性", ""];
    const facts = extractIndicators({ docId: "t", lines, defaultSubject: REGION.tianxin, period: "十三五" });
    expect(figures(facts, "地区生产总值")).toEqual(["baseline 2015 700.76亿元", "target 2020 1100亿元"]);
  });
});
