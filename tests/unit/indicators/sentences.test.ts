// Indicators stated in sentences, table-driven: [sentence from the corpus, plan period, section, figures].
// Figures read `indicator kind year value+unit [qualifier]`, the way a researcher would compare them.
import { describe, expect, it } from "vitest";
import type { IndicatorFact } from "../../../graph/facts.ts";
import type { Period } from "../../../graph/schema.ts";
import { extractIndicators } from "../../../ingest/indicators/index.ts";
import { findYears, normalise } from "../../../ingest/indicators/text.ts";
import { REGION } from "./_corpus.ts";

function read(sentence: string, period: Period, section: string): IndicatorFact[] {
  return extractIndicators({ docId: "t", lines: [sentence], defaultSubject: REGION.tianyuan, period, sectionOf: () => [section] });
}

const show = (f: IndicatorFact) => `${f.indicator} ${f.kind} ${f.year ?? "?"} ${f.value}${f.unit}${f.qualifier ? ` ${f.qualifier}` : ""}`;

const GOALS = "第三节  发展目标";
const REVIEW = "第一节  “十二五”期间的主要发展成就";

const CASES: Array<[string, Period, string, string[]]> = [
  // Zhuzhou High-tech / Tianyuan target list (001)
  ["——地区生产总值年均增长9.5%以上，达到420亿元以上；", "十三五", GOALS, ["地区生产总值 growth 2020 9.5% 以上", "地区生产总值 target 2020 420亿元 以上"]],
  ["——财政总收入年均增长10%以上，力争突破100亿元；", "十三五", GOALS, ["财政总收入 growth 2020 10% 以上", "财政总收入 target 2020 100亿元 突破"]],
  ["——技工贸总收入年均增长12%左右，达到3000亿元以上；", "十三五", GOALS, ["技工贸总收入 growth 2020 12% 左右", "技工贸总收入 target 2020 3000亿元 以上"]],
  ["——城镇居民人均纯收入达到6万元以上，年均增长8.5%以上；", "十三五", GOALS, ["城镇居民人均纯收入 target 2020 6万元 以上", "城镇居民人均纯收入 growth 2020 8.5% 以上"]],
  ["——人均地区生产总值达到14万元左右（现价）；", "十三五", GOALS, ["人均地区生产总值 target 2020 14万元 左右"]],
  ["——服务业增加值占地区生产总值的比重达到52%以上；", "十三五", GOALS, ["服务业增加值占地区生产总值比重 target 2020 52% 以上"]],
  ["——单位地区生产总值能耗小于0.55吨标煤/万元，五年累计降低15%；", "十三五", GOALS, ["单位地区生产总值能耗 target 2020 0.55吨标煤/万元 以下", "单位地区生产总值能耗 growth 2020 -15%"]],
  ["——每千名老人拥有机构养老床位数达到25张以上；", "十三五", GOALS, ["每千名老人拥有机构养老床位数 target 2020 25张 以上"]],
  ["——人口自然增长率控制在12‰以内。", "十三五", GOALS, ["人口自然增长率 target 2020 12‰ 以内"]],
  ["——基尼系数小于0.45；", "十三五", GOALS, ["基尼系数 target 2020 0.45 以下"]],
  ["——城镇净增就业人数2.5万人；", "十三五", GOALS, ["城镇新增就业 target 2020 2.5万人"]],
  // Jinshi goals (003): 总量/期末 carry the indicator of the clause before
  ["——综合实力实现新突破。GDP年均增长10%以上，总量跨越200亿元大关；财政总收入年均增长10%以上，期末突破10亿元；规模工业总产值比“十二五”末翻一番，期末突破300亿元。", "十三五", "三、发展目标",
    ["地区生产总值 growth 2020 10% 以上", "地区生产总值 target 2020 200亿元 突破", "财政总收入 growth 2020 10% 以上", "财政总收入 target 2020 10亿元 突破", "规模以上工业总产值 target 2020 300亿元 突破"]],
  // Jinshi review (003): 由…增加到… gives the start and the end of the last period
  ["1.经济发展提速增效。2010‑2015年，津市地区生产总值由63.72亿元增加到115.3亿元，年均增长11.0%。财政总收入由3.58亿元增长到6.0亿元，年均增长10.9%。", "十三五", "一、发展基础",
    ["地区生产总值 baseline 2010 63.72亿元", "地区生产总值 baseline 2015 115.3亿元", "地区生产总值 growth 2015 11%", "财政总收入 baseline 2010 3.58亿元", "财政总收入 baseline 2015 6亿元", "财政总收入 growth 2015 10.9%"]],
  // Tianyuan review (001): 2015 is the 13th plan's base year; "是2010年的2倍" only compares
  ["天元区：主要经济指标持续高速增长，实现“三个翻番”的奋斗目标，综合实力显著增强。2015年，地区生产总值达到268.4亿元，是2010年的2倍，年均增长12.3 %。", "十三五", REVIEW,
    ["地区生产总值 baseline 2015 268.4亿元", "地区生产总值 growth 2015 12.3%"]],
  // Hetang 14th plan (004): noisy spacing, 2020 is the base year, 约 is 左右, 五年累计 is a total
  ["综合实力跃上新台阶。经济运行总体平稳。 2020 年全区地区生产总值达到 244.2 亿元,五年平均增速约 7.4% 。固定资产投资五年累计完成 983 亿元,平均增速约 13.9% 。", "十四五", "第一节 发展基础",
    ["地区生产总值 baseline 2020 244.2亿元", "地区生产总值 growth 2020 7.4% 左右", "全社会固定资产投资 value 2020 983亿元", "全社会固定资产投资 growth 2020 13.9% 左右"]],
  ["发展质量显著提升。人均 GDP 由 2015 年的 6.5 万元提高到 2020 年的 7.0 万元,万元 GDP 能耗由 2016 年的 0.547 吨标煤下降到 2020 年的 0.481 吨标煤。", "十四五", "第一节 发展基础",
    ["人均地区生产总值 baseline 2015 6.5万元", "人均地区生产总值 baseline 2020 7万元", "单位地区生产总值能耗 baseline 2016 0.547吨标煤", "单位地区生产总值能耗 baseline 2020 0.481吨标煤"]],
  // 分别 pairs two lists of the same length, in order (004)
  ["固定资产投资五年累计完成 983 亿元,平均增速约 13.9% 。社会消费品零售总额、外贸进出口总额五年累计分别实现 355.5 亿元、 9.79 亿美元。", "十四五", "第一节 发展基础",
    ["全社会固定资产投资 value 2020 983亿元", "全社会固定资产投资 growth 2020 13.9% 左右", "社会消费品零售总额 value 2020 355.5亿元", "进出口总额 value 2020 9.79亿美元"]],
  // Tianxin review (000): “十二五”末 dates the figures; a five-year total is a cumulative value
  ["从指标看，“十二五”末，全区实现地区生产总值700.76亿元，年均增长11.4%；五年累计完成全社会固定资产投资2521亿元，2015年社会消费品零售总额达到449亿元。", "十三五", "第1节 发展基础",
    ["地区生产总值 baseline 2015 700.76亿元", "地区生产总值 growth 2015 11.4%", "全社会固定资产投资 value 2015 2521亿元", "社会消费品零售总额 baseline 2015 449亿元"]],
  // a set of firms given as a percentage is their share, named after the set
  ["——建有市级以上研发平台的高新技术企业达到60%以上；", "十三五", GOALS, ["建有市级以上研发平台的高新技术企业占比 target 2020 60% 以上"]],
];

describe("indicators in sentences", () => {
  it.each(CASES)("%s", (sentence, period, section, expected) => {
    expect(read(sentence, period, section).map(show)).toEqual(expected);
  });

  it("marks five-year totals and falls as cumulative, and only them", () => {
    const facts = read(CASES[6]![0], "十三五", GOALS);
    expect(facts.map((f) => f.cumulative ?? false)).toEqual([false, true]);
    const review = read(CASES[17]![0], "十三五", "第1节 发展基础");
    expect(review.filter((f) => f.cumulative).map((f) => f.indicator)).toEqual(["全社会固定资产投资"]);
  });

  it("gives targets the plan's period and baselines the period they open", () => {
    const [growth, target] = read(CASES[0]![0], "十三五", GOALS);
    expect([growth?.period, target?.period]).toEqual(["十三五", "十三五"]);
    const review = read(CASES[12]![0], "十三五", "一、发展基础");
    expect(review.map((f) => f.period)).toEqual(["十二五", "十三五", "十二五", "十二五", "十三五", "十二五"]);
  });

  it("keeps the evidence exact: the original sentence and the span of the surface form in it", () => {
    for (const [sentence, period, section] of CASES) {
      for (const fact of read(sentence, period, section)) {
        expect(fact.evidence.sentence).toBe(sentence);
        expect(sentence.slice(...fact.evidence.span)).toBe(fact.surface);
      }
    }
    const noisy = read(CASES[15]![0], "十四五", "发展基础")[0]!;
    expect(noisy.surface).toBe("人均 GDP");
  });

  it("reads a year written in Chinese numerals with the noisy spacing of a PDF (二 〇 三五年)", () => {
    const line = "到二 〇 三五年,基本建成现代化幸福新荷塘,基本实现社会主义现代化";
    expect(findYears(normalise(line).text).map((y) => y.year)).toEqual([2035]);
  });
});
