// What must NOT become an indicator: years, list numbers, ratios, counts of things, shares of something
// that is not the named indicator, comparisons. Each sentence is real text from the corpus.
import { describe, expect, it } from "vitest";
import type { Period } from "../../../graph/schema.ts";
import { extractIndicators } from "../../../ingest/indicators/index.ts";
import { REGION } from "./_corpus.ts";

function read(sentence: string, period: Period, section: string) {
  return extractIndicators({ docId: "t", lines: [sentence], defaultSubject: REGION.tianxin, period, sectionOf: () => [section] });
}

const show = (f: { indicator: string; value: number; unit: string }) => `${f.indicator} ${f.value}${f.unit}`;

// [sentence, period, section, what the sentence may yield (often nothing)]
const MISSES: Array<[string, Period, string, string[]]> = [
  // a period in brackets and list numbers
  ["“十三五”时期（2016-2020年），是株洲高新区、天元区加快转型发展的关键时期。", "十三五", "前言", []],
  ["1、综合实力大幅提升。", "十三五", "第1节 发展基础", []],
  ["（1）经济发展", "十三五", "第三节  发展目标", []],
  // a ratio of three shares is not a figure
  ["产业迈向中高端水平，新产业新业态不断成长，服务业比重进一步上升。到2020年，全市三次产业结构调整为10:50:40。", "十三五", "三、发展目标", []],
  // 亿元 classes of enterprises, counts of enterprises
  ["全区“龙头”大企业不断增加，年产值过亿元以上企业62家，其中，100亿元以上企业4家，50亿元以上的企业8家，10亿以上企业18家。", "十三五", "第一节  “十二五”期间的主要发展成就", []],
  // a comparison with 2010 (倍) and a year followed by 的 give neither a figure nor a year
  ["地区生产总值达到665 亿元，是2010年的2.18倍，年均增长12.2 %，实现了“翻一番”的奋斗目标。", "十三五", "第一节  “十二五”期间的主要发展成就", ["地区生产总值 665亿元", "地区生产总值 12.2%"]],
  // a share of something else: 税收收入比重 is not 税收收入, 占财政总收入 is not 财政总收入
  ["文化产业增加值占GDP的比重达7.7%，金融业税收收入比重从10%上升到23%；", "十三五", "第1节 发展基础", ["文化产业增加值占地区生产总值比重 7.7%"]],
  ["从结构看，财税结构不断优化，税收占财政总收入的比重一直保持在83%以上，现代服务业贡献的税收占税收收入比重达52%。", "十三五", "第1节 发展基础", []],
  // a growth of a count without 年均 is a total change, not a comparable rate
  ["“ 十三五 ” 期间高新技术增加值平均增速达到16.4% ,高新技术企业数量增长 180% 。", "十四五", "第一节 发展基础", ["高新技术产业增加值 16.4%"]],
  // 分别 pairs two lists: reading them one by one would mispair them
  ["城乡居民人均可支配收入分别达到26027元、112856元，分别是2010年的1.7倍、2倍。", "十三五", "一、发展基础", []],
  // GDP per square kilometre is not GDP
  ["单位国土面积 GDP 产出由 2015 年的 1.61 亿元 /平方公里提高到 2020 年的 1.94 亿元 / 平方公里。", "十四五", "第一节 发展基础", []],
  // a percentage of schools, not of an indicator the lexicon knows, in prose
  ["全区标准化学校达100%，成功通过国家义务教育发展基本均衡县（市、区）督导验收。", "十三五", "第1节 发展基础", []],
  // the first year of a range is not a figure
  ["2016-2020 年规模工业增加值平均增速达到 8.5% ,先进硬质合金、生物医药健康等产业持续强链补链延链。", "十四五", "第一节 发展基础", ["规模以上工业增加值 8.5%"]],
];

describe("miss table: what is not an indicator", () => {
  it.each(MISSES)("%s", (sentence, period, section, allowed) => {
    expect(read(sentence, period, section).map(show)).toEqual(allowed);
  });

  it("does not read a sentence that is neither a review nor a goal (no year, no cue, no section)", () => {
    const facts = extractIndicators({ docId: "t", lines: ["城乡基本养老保险覆盖率95%以上"], defaultSubject: REGION.tianxin, sectionOf: () => [] });
    expect(facts).toEqual([]);
  });
});
