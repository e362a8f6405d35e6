/**
 * Indicator names: a table cell or a phrase → canonical indicator, with what the name itself says
 * (unit in brackets, "年均增速" = a growth rate, "五年累计降低" = a cumulative fall).
 */
import { DECREASE_WORDS, INDICATORS, UNITS, type IndicatorEntry } from "./lexicon.ts";
import { Trie } from "../extract/trie.ts";
import { normalise } from "./text.ts";

export interface IndicatorName {
  canonical: string;
  /** The lexicon knows the indicator (a general statistical indicator). */
  known: boolean;
  /** Unit stated in the name's trailing brackets, e.g. 地区生产总值（亿元） → 亿元. */
  unit?: string;
  /** The name is a rate of change of the indicator (年均增速, 增长率). */
  growth: boolean;
  /** A total or change over the whole period (5年新增…, 五年累计…). */
  cumulative: boolean;
  /** The change is a fall (累计降低…): rates are stored negative. */
  decrease: boolean;
  dimensionless: boolean;
}

/** Identity form used for lexicon look-up: GDP and bare 生产总值 read as 地区生产总值. */
export function nameKey(name: string): string {
  return normalise(name)
    .text.replace(/GDP/giu, "地区生产总值")
    .replace(/(?<!地区|国内)生产总值/gu, "地区生产总值")
    .replace(/[“”"]/gu, "");
}

const BY_KEY = new Map<string, IndicatorEntry>();
for (const entry of INDICATORS) {
  for (const form of [entry.name, ...entry.aliases]) BY_KEY.set(nameKey(form), entry);
}

/** The lexicon entry whose name or alias has this identity form. */
export function lookupIndicator(name: string): IndicatorEntry | undefined {
  return BY_KEY.get(nameKey(name));
}

const UNIT_SET = new Set(UNITS);
const GROWTH_SUFFIX = /(?:年均增速|年均增长率|年均增长|年均增幅|年均递增|增长率|增速)$/u;
const CUMULATIVE_PREFIX = /^(?:5年|五年|“?十[一二三四五]五”?(?:期间|时期)?|累计)/u;
const DECREASE_SUFFIX = new RegExp(`(?:(?:5年|五年)?累计)?(?:${DECREASE_WORDS.join("|")})$`, "u");

/** Reads a table's indicator cell (or a list item's subject phrase) into a canonical indicator. */
export function readIndicatorName(raw: string): IndicatorName {
  let name = normalise(raw).text;
  let unit: string | undefined;
  const bracket = /[(（]([^()（）]+)[)）]$/u.exec(name);
  if (bracket && isUnit(bracket[1]!)) {
    unit = bracket[1]!;
    name = name.slice(0, bracket.index);
  }
  const result: IndicatorName = { canonical: name, known: false, growth: false, cumulative: false, decrease: false, dimensionless: false };
  if (unit) result.unit = unit;
  const whole = lookupIndicator(name);
  if (whole) return { ...result, canonical: whole.name, known: true, dimensionless: whole.dimensionless ?? false };

  if (DECREASE_SUFFIX.test(name) && /累计|五年|5年/u.test(name)) {
    result.decrease = true;
    result.growth = true;
    result.cumulative = true;
    name = name.replace(DECREASE_SUFFIX, "");
  }
  if (/(?:5年|五年)?累计$/u.test(name)) {
    result.cumulative = true;
    name = name.replace(/(?:5年|五年)?累计$/u, "");
  }
  if (GROWTH_SUFFIX.test(name) && !lookupIndicator(name)) {
    result.growth = true;
    name = name.replace(GROWTH_SUFFIX, "");
  }
  if (CUMULATIVE_PREFIX.test(name)) {
    result.cumulative = true;
    name = name.replace(CUMULATIVE_PREFIX, "");
  }
  const entry = lookupIndicator(name);
  if (entry) return { ...result, canonical: entry.name, known: true, dimensionless: entry.dimensionless ?? false };
  return { ...result, canonical: nameKey(name).replace(/总量$/u, "") };
}

/** A unit as written in a header or a name's brackets: 亿元, %, ‰, 吨标煤/万元, 元/人. */
export function isUnit(text: string): boolean {
  const t = normalise(text).text;
  return UNIT_SET.has(t) || /^[^\d/]{1,4}\/[^\d/]{1,4}$/u.test(t) || (t.endsWith("美元") && t.length <= 3);
}

/** A share or a rate: its figures are percentages (or per mille), never money. */
export function isRatioName(canonical: string): boolean {
  return /(?:率|比重|比例|占比|强度|指数|贡献率|水平|满意度|安全感)$/u.test(canonical);
}

export interface NameMatch {
  start: number;
  end: number;
  entry: IndicatorEntry;
}

/** Every surface form to look for in running text, longest first, GDP spellings included. */
const FORMS: ReadonlyArray<[string, IndicatorEntry]> = INDICATORS.flatMap((entry) => {
  const forms = new Set<string>();
  for (const form of [entry.name, ...entry.aliases]) {
    const n = normalise(form).text;
    forms.add(n);
    if (n.includes("地区生产总值")) forms.add(n.replace("地区生产总值", "GDP"));
  }
  return [...forms].map((f): [string, IndicatorEntry] => [f, entry]);
}).sort((a, b) => b[0].length - a[0].length);

/**
 * FORMS as a trie: the longest form starting at a position in one walk, instead of trying every form
 * there. A form spelled twice keeps its first entry (the trie's first value), as the ordered search did.
 * The trie steps over UTF-16 units and skips words with astral characters, so should the lexicon ever
 * hold one, the ordered search is kept.
 */
const FORM_TRIE: Trie<IndicatorEntry> | undefined = FORMS.some(([form]) => /[\ud800-\udfff]/u.test(form))
  ? undefined
  : FORMS.reduce((trie, [form, entry]) => (trie.add(form, entry), trie), new Trie<IndicatorEntry>());

/** Lexicon indicators named in normalised text, leftmost-longest, not overlapping. */
export function findIndicatorNames(text: string): NameMatch[] {
  const matches: NameMatch[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = formAt(text, i);
    if (!hit) {
      i += 1;
      continue;
    }
    matches.push({ start: i, end: i + hit[0].length, entry: hit[1] });
    i += hit[0].length;
  }
  return matches;
}

/** The longest form at `i` and its entry. */
function formAt(text: string, i: number): readonly [string, IndicatorEntry] | undefined {
  if (!FORM_TRIE) return FORMS.find(([form]) => text.startsWith(form, i));
  const hit = FORM_TRIE.longestAt(text, i);
  return hit ? [text.slice(i, hit.end), hit.values[0] as IndicatorEntry] : undefined;
}
