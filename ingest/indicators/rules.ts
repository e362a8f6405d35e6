/**
 * The small decisions of the sentence reader, each with its linguistic reason: what the words between
 * an indicator and its figure say, whether a unit fits an indicator, whether a sentence looks back or ahead.
 */
import type { IndicatorContext } from "./context.ts";
import { COUNTED_UNITS, COUNTER_UNITS, NAME_ENDINGS, REACH_VERBS } from "./lexicon.ts";
import { isRatioName } from "./names.ts";
import { findPeriod } from "./text.ts";

export interface Gap {
  /** The figure is a rate of change (年均增长 / 平均增速 / 累计降低). */
  growth: boolean;
  /** A change or total over the whole period (五年累计…). */
  cumulative: boolean;
  /** A falling change: the rate is stored negative. */
  decrease: boolean;
  /** The start of a "由 X 到 Y" pair. */
  from: boolean;
  /** The end of a "由 X 到 Y" pair (增加到 / 提高到 …). */
  to: boolean;
  /** The gap names a target year end (期末). */
  periodEnd: boolean;
  /** "达到每人6万元": the figure is per head, its unit gets /人. */
  perHead: boolean;
}

// longest first, so 年均增长率 is consumed before 年均增长
const GROWTH_WORDS = ["年均增长率", "年平均增长", "年均增长", "年均增速", "年均递增", "年均增幅", "平均增速", "平均增长", "每年递增", "每年增长", "增速"];
const DECREASE = ["降低", "下降", "减少", "削减"];
const TO_WORDS = ["增加到", "增长到", "提高到", "提升到", "上升到", "下降到", "降低到", "减少到", "增至", "降至", "提高至", "提升至", "上升至", "增加至", "增长至", "到", "至"];
const FILLERS = [...REACH_VERBS, "总量", "总额", "规模", "期末", "到期末", "预计", "确保", "争取", "力争", "保持", "稳定在", "控制在", "一直", "全区", "全市", "全县", "其中", "分别", "累计", "五年", "5年", "年均", "的", "或"].sort((a, b) => b.length - a.length);

/** Reads the words between an indicator (or the clause start) and its figure; undefined when they say something else. */
export function readGap(raw: string): Gap | undefined {
  const gap: Gap = { growth: false, cumulative: false, decrease: false, from: false, to: false, periodEnd: false, perHead: false };
  let rest = raw
    .replace(/\([^)]*\)/gu, "")
    .replace(/(?:19|20)\d{2}年(?:底|末)?(?:的)?/gu, "")
    .replace(/[“”"]/gu, "");
  if (/^(?:由|从)/u.test(rest)) {
    gap.from = true;
    rest = rest.slice(1);
  }
  if (/期末|末期/u.test(rest)) gap.periodEnd = true;
  if (rest.endsWith("每人")) {
    gap.perHead = true;
    rest = rest.slice(0, -2);
  }
  for (const word of GROWTH_WORDS) {
    if (rest.includes(word)) {
      gap.growth = true;
      rest = rest.replace(word, "");
    }
  }
  // 五年累计 is a total; 五年年均 / 五年平均 is still an annual rate
  if (/累计/u.test(rest) || (/(?<!\d)(?:五年|5年)/u.test(rest) && !gap.growth)) gap.cumulative = true;
  for (const word of DECREASE) {
    if (rest.includes(word)) {
      gap.decrease = true;
      gap.growth = gap.growth || gap.cumulative;
      rest = rest.replace(word, "");
    }
  }
  // "到2020年达到…": the 到 left by a removed year means "by", not the end of a 由…到 pair
  if (rest.startsWith("到") && rest.length > 1) rest = rest.slice(1);
  for (const word of TO_WORDS) {
    if (rest.endsWith(word) && (word.length > 1 || rest === word)) {
      gap.to = true;
      rest = rest.slice(0, -word.length);
      break;
    }
  }
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const filler of FILLERS) {
      if (rest.startsWith(filler) || rest.endsWith(filler)) {
        rest = rest.startsWith(filler) ? rest.slice(filler.length) : rest.slice(0, -filler.length);
        changed = true;
        break;
      }
    }
  }
  // 增长/提高 without 年均 is a total change (增长180%), which is not a comparable rate
  return rest === "" ? gap : undefined;
}

const MONEY = /^(?:亿|万|千)?(?:元|美元)$/u;
const MONEY_NAME = /(?:值|额|收入|投资|外资|内资|产值|增加值)$/u;

/** Whether a figure's unit fits what the indicator measures (a share is never in 亿元, GDP never in 家). */
export function unitFits(canonical: string, unit: string, growth: boolean, dimensionless: boolean): boolean {
  if (!unit) return dimensionless;
  const percent = unit === "%" || unit === "‰" || unit === "个百分点";
  if (growth) return percent;
  if (isRatioName(canonical) && !/生产率$/u.test(canonical)) return percent;
  if (MONEY_NAME.test(canonical)) return MONEY.test(unit);
  if (percent) return false;
  return !COUNTER_UNITS.has(unit) || /(?:数|量|人口|人员|寿命|年限|授权)$/u.test(canonical);
}

/** A name phrase opening a list item (——每千名老人拥有机构养老床位数达到…): read only when it ends like an indicator. */
export function listItemName(clause: string): string | undefined {
  const m = /^(?:——|—|-|\(\d+\)|\d+[.、])?([^\d,;:。]{2,30}?)(?=(?:达到|到达|达(?=\d)|为|保持在|控制在|提高到|不低于|不超过|大于|小于|超过|突破|年均|五年|累计|[≥≤<>]|\d))/u.exec(clause);
  const name = m?.[1];
  if (!name || /[的了和及与]$/u.test(name)) return undefined;
  if (NAME_ENDINGS.some((ending) => name.endsWith(ending))) return name;
  // "建有市级以上研发平台的高新技术企业达到60%以上": a set of units given as a percentage is their share
  const figure = clause.slice(m.index + m[0].length);
  return COUNTED_UNITS.some((noun) => name.endsWith(noun)) && /^\D{0,6}\d+(?:\.\d+)?%/u.test(figure) ? name : undefined;
}

/** A lexicon hit that is only part of a longer noun (人均GDP, 单位GDP, 占GDP比重, 税收收入比重) is not the indicator. */
export function isPartOfLongerName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /(?:单位|人均|每|占|万元|面积)$/u.test(before) || /^(?:比重|比例|占比|贡献|企业|指数|产出|增加值|总量比)/u.test(after);
}

export type Tense = "past" | "future";

const FUTURE_CUE = /到(?:19|20)\d{2}年|力争|预计|期末|争取|确保|目标|规划期/u;
const PAST_CUE = /五年来|以来|已经|已|累计完成|完成了|实现了|达到了|比(?:19|20)\d{2}年/u;

/** Looks back (review of the last period) or ahead (targets): sentence words first, then the section. */
export function tenseOf(ctx: IndicatorContext, sentence: string, line: number): Tense | undefined {
  const future = FUTURE_CUE.test(sentence);
  const past = PAST_CUE.test(sentence);
  if (future !== past) return future ? "future" : "past";
  const section = ctx.sectionOf(line).join("/");
  const named = findPeriod(section);
  if (named && ctx.startYear !== undefined) {
    const years = periodStart(named.period);
    if (years !== undefined && years < ctx.startYear && !/目标|指标/u.test(section)) return "past";
  }
  if (/目标|主要指标|预期|展望/u.test(section)) return "future";
  if (/回顾|成就|成效|基础|现状|总结|发展环境/u.test(section)) return "past";
  return undefined;
}

/**
 * The year a review paragraph speaks of when a figure has none: the plan's base year, if the paragraph
 * looks back over the last period (五年来, “十二五”时期, a 发展基础/回顾 section).
 */
export function reviewYear(ctx: IndicatorContext, rawLine: string, line: number): number | undefined {
  if (ctx.startYear === undefined) return undefined;
  const section = ctx.sectionOf(line).join("/");
  const named = findPeriod(normaliseQuotes(rawLine));
  const lastPeriod = named !== undefined && (periodStart(named.period) ?? Infinity) < ctx.startYear;
  return /五年来|过去五年/u.test(rawLine) || lastPeriod || /发展基础|回顾|成就|成效|总结/u.test(section) ? ctx.startYear - 1 : undefined;
}

function normaliseQuotes(text: string): string {
  return text.replace(/[“”"\s]/gu, "");
}

function periodStart(period: string): number | undefined {
  const order = ["十一五", "十二五", "十三五", "十四五", "十五五"];
  const index = order.indexOf(period);
  return index < 0 ? undefined : 2006 + 5 * index;
}
