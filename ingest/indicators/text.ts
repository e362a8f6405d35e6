/**
 * Text helpers for indicators: a normal form that keeps a map back to the original characters, figures
 * (number + unit + qualifier), years (also in Chinese numerals) and the five-year period of a year.
 */
import type { Period } from "../../graph/schema.ts";
import { QUALIFIER_AFTER, QUALIFIER_BEFORE, UNITS } from "./lexicon.ts";

/** Normalised text plus, for every character, its index in the original string. */
export interface Normal {
  text: string;
  /** map[i] = index in the original of text[i]; map[text.length] = original length. */
  map: number[];
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;

/**
 * NFKC per character (full-width digits, brackets and % become ASCII), white space dropped (noisy PDFs
 * split `244.2 亿元` and `二 〇 三五`), dashes unified, and `的` dropped before 比重/比例 so
 * "占地区生产总值的比重" and "占地区生产总值比重" read the same.
 *
 * Every line is read by the table reader and again by the sentence reader, and lexicon names, units and
 * cells repeat, so results are remembered (callers only read them: the text and map are never changed).
 */
export function normalise(original: string): Normal {
  // only short strings (names, cells, units, header words) repeat enough to be worth remembering
  if (original.length > MEMO_MAX_LENGTH) return new NormalText(original);
  const cached = MEMO.get(original);
  if (cached !== undefined) return cached;
  const result = new NormalText(original);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(original, result);
  return result;
}

const MEMO = new Map<string, Normal>();
const MEMO_LIMIT = 20_000;
const MEMO_MAX_LENGTH = 32;

/**
 * The normal form, with the map built only when asked for: the table reader tests every line of a
 * document against header words and needs only the text, so most lines never pay for a map. Callers only
 * read a Normal (text and map are never changed), so the map is built once and shared.
 */
class NormalText implements Normal {
  readonly text: string;
  private readonly original: string;
  private mapped: number[] | undefined;

  constructor(original: string) {
    this.original = original;
    this.text = fold(original, undefined);
  }

  get map(): number[] {
    if (this.mapped === undefined) {
      this.mapped = [];
      fold(this.original, this.mapped);
    }
    return this.mapped;
  }
}

/**
 * What one BMP code unit (not a surrogate) becomes: KEEP (itself), DROP (white space), or the code points
 * of its replacement. Filled on first sight of each character, by the per-character rule below.
 */
const KEEP = 1;
const DROP = 2;
const FOLD = 3;
const KIND = new Uint8Array(0x10000);
const FOLDED = new Map<number, string[]>();

function kindOf(code: number): number {
  const known = KIND[code]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const folded = foldCodePoint(ch);
  const kind = folded === null ? DROP : folded === ch ? KEEP : FOLD;
  if (kind === FOLD) FOLDED.set(code, [...(folded as string)]);
  KIND[code] = kind;
  return kind;
}

/** The rule for one code point: null when it is dropped (white space), else its normal form. */
function foldCodePoint(ch: string): string | null {
  if (/\s/u.test(ch)) return null;
  const n = ch.normalize("NFKC");
  return DASHES.test(n) && n !== "—" ? (ch === "—" ? "—" : "-") : n;
}

/** The normal form of `original`; when `map` is given, it is filled with each character's original index. */
function fold(original: string, map: number[] | undefined): string {
  let text = "";
  // `text` gets runs of kept characters in one slice each; `run` is where the current run began
  let run = 0;
  const length = original.length;
  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const kind = surrogate ? 0 : code < 0x80 ? (code === 32 || (code >= 9 && code <= 13) ? DROP : KEEP) : kindOf(code);
    if (kind === KEEP) {
      map?.push(i);
      i += 1;
      continue;
    }
    text += original.slice(run, i);
    if (kind === DROP) {
      i += 1;
    } else if (kind === FOLD) {
      // one map entry per code point of the replacement, as the per-code-point rule always did
      for (const c of FOLDED.get(code)!) {
        text += c;
        map?.push(i);
      }
      i += 1;
    } else {
      // a surrogate: the code point (a pair, or a lone half) goes through the rule as it stands
      const pair = code <= 0xdbff && i + 1 < length && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const ch = pair ? original.slice(i, i + 2) : original.charAt(i);
      const folded = foldCodePoint(ch);
      if (folded !== null) {
        for (const c of folded) {
          text += c;
          map?.push(i);
        }
      }
      i += ch.length;
    }
    run = i;
  }
  text = run === 0 ? original : text + original.slice(run, length);
  map?.push(length);
  return text.includes("的比") ? dropDe(text, map) : text;
}

/**
 * Drops 的 in 的比重 / 的比例 (keeping the map aligned). Apart from `fold`, whose optimised code would
 * otherwise be thrown away each time a line first reaches this rare branch.
 */
function dropDe(folded: string, map: number[] | undefined): string {
  let text = folded;
  for (let k = text.indexOf("的比"); k >= 0; k = text.indexOf("的比", k)) {
    if (text[k + 2] === "重" || text[k + 2] === "例") {
      text = text.slice(0, k) + text.slice(k + 1);
      map?.splice(k, 1);
    } else k += 2;
  }
  return text;
}

/** Original span [start, end) of the normalised span [from, to). */
export function originalSpan(normal: Normal, from: number, to: number): [number, number] {
  const start = normal.map[from] ?? 0;
  const lastChar = normal.map[Math.max(from, to - 1)] ?? start;
  // the end is after the last character, which may be a surrogate pair in the original
  return [start, to > from ? lastChar + 1 : start];
}

export interface Figure {
  value: number;
  unit: string;
  qualifier?: string;
  /** Span in the normalised text, qualifiers included. */
  start: number;
  end: number;
  /** Span of the number itself. */
  numberStart: number;
}

const UNIT_ALTERNATION = [...UNITS].sort((a, b) => b.length - a.length).map(escape).join("|");
const BEFORE_ALTERNATION = QUALIFIER_BEFORE.map(([w]) => escape(w)).join("|");
const AFTER_ALTERNATION = QUALIFIER_AFTER.map(([w]) => escape(w)).join("|");
/** A figure: optional qualifier, a number, an optional unit, an optional trailing qualifier. */
const FIGURE = new RegExp(`(${BEFORE_ALTERNATION})?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(${UNIT_ALTERNATION})?(${AFTER_ALTERNATION})?`, "gu");

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}

/** Every figure in normalised text, in order. The caller decides which belong to an indicator. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  // every figure holds a digit: most clauses have none, and the pattern is costly to try at each position
  if (!hasDigit(text)) return figures;
  for (const m of text.matchAll(FIGURE)) {
    const [whole, before, number, unit, after] = m;
    const start = m.index ?? 0;
    // a digit or decimal point right before means the regex started inside a longer token
    const prev = text[start - 1] ?? "";
    if (/[\d.]/u.test(prev)) continue;
    const next = text[start + whole.length] ?? "";
    // `10:50:40` ratios and `1.2.3` list numbers are not figures
    if (next === ":" || (next === "." && /\d/u.test(text[start + whole.length + 1] ?? ""))) continue;
    // "控制在4%以下": the word after the figure is the more literal bound
    const qualifier = after ? lookup(QUALIFIER_AFTER, after) : before ? lookup(QUALIFIER_BEFORE, before) : undefined;
    // every figure has the same fields in the same order (qualifier undefined when there is none; readers
    // test it for truth): one object shape, so the indicator readers are not recompiled for a second one
    figures.push({
      value: Number(number!.replace(/,/gu, "")),
      unit: unit ?? "",
      qualifier: qualifier || undefined,
      start,
      end: start + whole.length,
      numberStart: start + (before?.length ?? 0),
    });
  }
  return figures;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function lookup(table: ReadonlyArray<[string, string]>, word: string): string | undefined {
  return table.find(([w]) => w === word)?.[1];
}

/** One table cell as a figure: `≥10000美元`, `≤0.6`, `1100`, `12.14`. Undefined when the cell is not a figure. */
export function cellFigure(cell: string): Figure | undefined {
  const text = normalise(cell).text;
  const figures = findFigures(text);
  const only = figures[0];
  return figures.length === 1 && only && only.start === 0 && only.end === text.length ? only : undefined;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, "○": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export interface YearMention {
  year: number;
  start: number;
  end: number;
}

/** Years written `2020年`, `2020 年`, `二〇三五年` (the caller passes normalised text, so spaces are gone). */
export function findYears(text: string): YearMention[] {
  const years: YearMention[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})年/gu)) {
    years.push({ year: Number(m[1]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of text.matchAll(/([〇零○一二三四五六七八九]{4})年/gu)) {
    const year = Number([...m[1]!].map((c) => CN_DIGITS[c] ?? 0).join(""));
    if (year >= 1900 && year <= 2100) years.push({ year, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return years.sort((a, b) => a.start - b.start);
}

/** A bare year cell of a table header: `2015`, `2015年`, `2020年目标值`, `2020目标`. */
export function headerYear(cell: string): number | undefined {
  const m = /^((?:19|20)\d{2})年?(?:\([^)]*\))?(?:目标值?|规划目标|预期目标|基数|基期值?|现状值?|实际值?|完成值?|预计|预计值)?(?:\([^)]*\))?$/u.exec(normalise(cell).text);
  return m ? Number(m[1]) : undefined;
}

const PERIOD_STARTS: ReadonlyArray<[number, Period]> = [[2006, "十一五"], [2011, "十二五"], [2016, "十三五"], [2021, "十四五"], [2026, "十五五"]];

/** The five-year period a year lies in (2015 → 十二五). */
export function periodOfYear(year: number): Period | undefined {
  return PERIOD_STARTS.find(([start]) => year >= start && year < start + 5)?.[1];
}

/** The five-year period that starts right after a base year (2015 → 十三五): a baseline belongs to it. */
export function periodAfterYear(year: number): Period | undefined {
  return periodOfYear(year + 1);
}

/** First and last year of a period. */
export function periodYears(period: Period): { start: number; end: number } | undefined {
  const found = PERIOD_STARTS.find(([, p]) => p === period);
  return found ? { start: found[0], end: found[0] + 4 } : undefined;
}

/** A period named in text (“十二五”末 → 十二五). */
export function findPeriod(text: string): { period: Period; index: number; end: boolean } | undefined {
  const m = /(十[一二三四五]五)[”"’]?(末|期末|时期|期间)?/u.exec(text);
  if (!m) return undefined;
  const period = m[1] as Period;
  return periodYears(period) ? { period, index: m.index, end: m[2] === "末" || m[2] === "期末" } : undefined;
}
