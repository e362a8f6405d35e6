/**
 * Indicators in running text: "地区生产总值年均增长9.5%以上，达到1000亿元", "期末突破300亿元",
 * "由63.72亿元增加到115.3亿元". A figure belongs to the indicator named before it in its clause, or to
 * the one of the previous clause when its own clause opens with a verb ("，达到420亿元以上").
 */
import type { IndicatorFact, IndicatorKind } from "../../graph/facts.ts";
import type { IndicatorContext } from "./context.ts";
import { COUNTED_UNITS, SUBAREA_WORDS } from "./lexicon.ts";
import { findIndicatorNames, isRatioName, readIndicatorName } from "./names.ts";
import { isPartOfLongerName, listItemName, readGap, reviewYear, tenseOf, unitFits, type Gap } from "./rules.ts";
import { findFigures, findPeriod, findYears, normalise, originalSpan, periodAfterYear, periodOfYear, type Figure, type Normal } from "./text.ts";

interface Owner {
  canonical: string;
  surface: string;
  /** Span in the normalised line. */
  start: number;
  end: number;
  known: boolean;
  dimensionless: boolean;
}

/** Reads the indicators of every line not already read as a table. */
export function readSentences(ctx: IndicatorContext, skip: ReadonlySet<number>): IndicatorFact[] {
  const facts: IndicatorFact[] = [];
  ctx.lines.forEach((raw, index) => {
    const line = index + 1;
    if (skip.has(line) || !/\d/u.test(raw)) return;
    const normal = normalise(raw);
    const listItem = /^(?:——|—|\(\d+\)|\d+[.、])/u.test(normal.text) && normal.text.length <= 80;
    for (const [from, to] of spans(normal.text, /[。!?！？]/u)) {
      facts.push(...readSentence(ctx, raw, normal, from, to, line, listItem));
    }
  });
  return facts;
}

/** [start, end) spans of the pieces of `text` between separators (separators left out). */
function spans(text: string, separator: RegExp, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  const table = separatorTable(separator);
  for (let i = from; i <= to; i += 1) {
    if (i === to || (table ? table[text.charCodeAt(i)] === 1 : separator.test(text[i]!))) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/** Per separator pattern: which UTF-16 units it matches, so `spans` reads a table instead of testing each character. */
const separatorTables = new Map<string, Uint8Array>();

/** The separator's table of matching units; undefined for a global or sticky pattern, whose test() keeps state. */
function separatorTable(separator: RegExp): Uint8Array | undefined {
  if (separator.global || separator.sticky) return undefined;
  const key = `${separator.flags}/${separator.source}`;
  let table = separatorTables.get(key);
  if (table === undefined) {
    table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (separator.test(String.fromCharCode(c))) table[c] = 1;
    separatorTables.set(key, table);
  }
  return table;
}

function readSentence(ctx: IndicatorContext, raw: string, normal: Normal, from: number, to: number, line: number, listItem: boolean): IndicatorFact[] {
  const text = normal.text;
  const sentence = text.slice(from, to);
  if (!/\d/u.test(sentence)) return [];
  const tense = tenseOf(ctx, sentence, line);
  const years = timeMarks(text, from, to, ctx);
  const looksBack = tense === "past" ? reviewYear(ctx, raw, line) : undefined;
  const facts: IndicatorFact[] = [];
  let carried: Owner | undefined;
  let frameCumulative = false;
  let pendingFrom: { owner: Owner; figure: Figure; year?: number } | undefined;
  for (const [cStart, cEnd] of spans(text, /[,;:，；：]/u, from, to)) {
    const clause = text.slice(cStart, cEnd);
    const clauseStartsNewItem = text[cStart - 1] === ";" || text[cStart - 1] === "；";
    if (clauseStartsNewItem) {
      carried = undefined;
      frameCumulative = false;
    }
    // "分别" pairs a list of names with a list of figures, in order; unequal lists are left unread
    if (clause.includes("分别")) {
      const owners = ownersIn(text, cStart, cEnd, listItem);
      const figures = findFigures(clause).map((f) => ({ ...f, start: f.start + cStart, end: f.end + cStart, numberStart: f.numberStart + cStart }));
      const lastName = owners[owners.length - 1];
      const gap = lastName && figures[0] ? readGap(text.slice(lastName.end, figures[0].start)) : undefined;
      if (gap && owners.length >= 2 && owners.length === figures.length && figures.every((f) => f.start > lastName!.end)) {
        owners.forEach((owner, i) => {
          const figure = figures[i]!;
          const year = gap.periodEnd ? ctx.endYear : (yearBefore(years, figure.start) ?? looksBack);
          facts.push(...build(ctx, raw, normal, line, owner, figure, gap, year, tense, "paired-list"));
        });
      }
      carried = undefined;
      continue;
    }
    const owners = ownersIn(text, cStart, cEnd, listItem);
    const figures = findFigures(clause)
      .map((f) => ({ ...f, start: f.start + cStart, end: f.end + cStart, numberStart: f.numberStart + cStart }))
      .filter((f) => !years.some((y) => f.numberStart >= y.start && f.numberStart < y.end))
      // "固定资产投资（500万元以上）达到513亿元": a bracket qualifies the name, its figure is not a value
      .filter((f) => !insideBrackets(text, cStart, f.start));
    let cursor = cStart;
    let last: Owner | undefined;
    for (const figure of figures) {
      const named = owners.filter((o) => o.start >= cursor && o.end <= figure.start).pop();
      // no name before the figure: the previous figure's indicator, or at the clause start the carried one
      const owner = named ?? (cursor === cStart ? (owners.some((o) => o.start < figure.start) ? undefined : carried) : last);
      const gapText = text.slice(named ? named.end : cursor, figure.start);
      const gap = owner ? readGap(gapText) : undefined;
      cursor = figure.end;
      // a figure that could not be read breaks the chain: the next one must name its indicator again
      last = gap ? owner : undefined;
      if (!owner || !gap) continue;
      // "五年累计完成全社会固定资产投资2521亿元": the total is announced before the name
      if (named && /累计|(?<![\d〇一二三四五六七八九])(?:五年|5年)/u.test(text.slice(cStart, named.start))) gap.cumulative = true;
      // "五年累计完成外贸进出口总额33亿美元，实际到位外资24.44亿美元": a verbless clause shares the frame before it
      if (named && gapText === "" && cStart > from && !isRatioName(named.canonical)) gap.cumulative ||= frameCumulative;
      frameCumulative = gap.cumulative;
      const year = gap.periodEnd ? ctx.endYear : (yearBefore(years, figure.start) ?? looksBack);
      if (gap.from) {
        // "由2015年的6.5万元" dates the start itself; "2010-2015年，…由63.72亿元" starts at the range's first year
        const own = findYears(gapText)[0]?.year ?? rangeStart(text, from, to) ?? reviewStart(ctx, year);
        pendingFrom = { owner, figure, ...(own !== undefined ? { year: own } : {}) };
        continue;
      }
      const startPair = gap.to && pendingFrom?.owner.canonical === owner.canonical ? pendingFrom : undefined;
      pendingFrom = undefined;
      if (startPair) facts.push(...build(ctx, raw, normal, line, startPair.owner, startPair.figure, { ...gap, to: false }, startPair.year, "past", "from-to"));
      facts.push(...build(ctx, raw, normal, line, owner, figure, gap, year, startPair && !tense ? "past" : tense, startPair ? "from-to" : owner.known ? "sentence" : "list-item"));
    }
    carried = owners[owners.length - 1] ?? carried;
  }
  return facts;
}

function insideBrackets(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/** Indicators named in a clause: lexicon names, and in list items the opening name phrase. */
function ownersIn(text: string, start: number, end: number, listItem: boolean): Owner[] {
  const clause = text.slice(start, end);
  const owners: Owner[] = [];
  const phrase = listItem ? listItemName(clause) : undefined;
  const phraseStart = phrase ? clause.indexOf(phrase) : -1;
  if (phrase) {
    const info = readIndicatorName(phrase);
    const share = COUNTED_UNITS.some((noun) => phrase.endsWith(noun));
    owners.push({ canonical: share ? `${info.canonical}占比` : info.canonical, surface: phrase, start: start + phraseStart, end: start + phraseStart + phrase.length, known: info.known, dimensionless: info.dimensionless });
  }
  for (const m of findIndicatorNames(clause)) {
    // inside the list item's own name phrase the phrase wins (单位地区生产总值化学需氧量排放量)
    if (phrase && m.start >= phraseStart && m.end <= phraseStart + phrase.length) continue;
    if (isPartOfLongerName(clause, m.start, m.end)) continue;
    // "津市中心城区…、常住人口突破20万人": the figure is the sub-area's, whose entity we cannot name here
    if (SUBAREA_WORDS.some((w) => clause.slice(0, m.start).includes(w))) continue;
    owners.push({ canonical: m.entry.name, surface: clause.slice(m.start, m.end), start: start + m.start, end: start + m.end, known: true, dimensionless: m.entry.dimensionless ?? false });
  }
  return owners.sort((a, b) => a.start - b.start);
}

interface TimeMark {
  year: number;
  start: number;
  end: number;
}

/** Years a sentence speaks of; references for comparison (比2010年, 2010年的2倍, 2012年以来) are left out. */
function timeMarks(text: string, from: number, to: number, ctx: IndicatorContext): TimeMark[] {
  const sentence = text.slice(from, to);
  const marks: TimeMark[] = [];
  for (const y of findYears(sentence)) {
    const before = sentence.slice(Math.max(0, y.start - 1), y.start);
    const after = sentence.slice(y.end, y.end + 2);
    // "由2015年的6.5万元提高到2020年的7.0万元" dates both figures; "是2010年的2倍" only compares
    const isFromYear = /(?:由|从|到|至)$/u.test(sentence.slice(0, y.start));
    if (!isFromYear && (/[比较是]$/u.test(before) || /^(?:的|以来)/u.test(after))) continue;
    marks.push({ year: y.year, start: from + y.start, end: from + y.end });
  }
  // "2016-2020年" also masks the first year, which findYears leaves out
  for (const m of sentence.matchAll(/((?:19|20)\d{2})[-~至到]((?:19|20)\d{2})/gu)) {
    marks.push({ year: Number(m[1]), start: from + (m.index ?? 0), end: from + (m.index ?? 0) + 4 });
  }
  const named = findPeriod(sentence);
  if (named?.end && ctx) {
    const end = periodEndYear(named.period);
    if (end !== undefined && !/[比较]["“]?$/u.test(sentence.slice(0, named.index))) marks.push({ year: end, start: from + named.index, end: from + named.index });
  }
  return marks.sort((a, b) => a.start - b.start);
}

function periodEndYear(period: string): number | undefined {
  const index = ["十一五", "十二五", "十三五", "十四五", "十五五"].indexOf(period);
  return index < 0 ? undefined : 2010 + 5 * index;
}

/** The year of a figure: the last time mark before it in the sentence. */
function yearBefore(marks: TimeMark[], at: number): number | undefined {
  const before = marks.filter((m) => m.end <= at);
  return before[before.length - 1]?.year;
}

/** A review's undated "由X增加到Y" runs over the last five years: X is the previous plan's base year. */
function reviewStart(ctx: IndicatorContext, year: number | undefined): number | undefined {
  return year !== undefined && ctx.startYear !== undefined && year === ctx.startYear - 1 ? year - 5 : undefined;
}

/** "2010-2015年": the first year of a range, for the start of a 由…到 pair. */
function rangeStart(text: string, from: number, to: number): number | undefined {
  const m = /((?:19|20)\d{2})[-~至到](?:19|20)\d{2}年/u.exec(text.slice(from, to));
  return m ? Number(m[1]) : undefined;
}

function build(ctx: IndicatorContext, raw: string, normal: Normal, line: number, owner: Owner, figure: Figure, gap: Gap, year: number | undefined, tense: "past" | "future" | undefined, rule: string): IndicatorFact[] {
  if (!tense) return [];
  const growth = gap.growth;
  const unit = gap.perHead && figure.unit ? `${figure.unit}/人` : figure.unit;
  if (!unitFits(owner.canonical, unit, growth, owner.dimensionless)) return [];
  const base = ctx.startYear !== undefined ? ctx.startYear - 1 : undefined;
  const future = tense === "future" && (year === undefined || base === undefined || year > base);
  const when = future ? (year ?? ctx.endYear) : year;
  const kind: IndicatorKind = growth ? "growth" : future ? "target" : !gap.cumulative && (rule === "from-to" || (when !== undefined && when === base)) ? "baseline" : "value";
  const period = when === undefined ? (future ? ctx.period : undefined) : kind === "baseline" ? periodAfterYear(when) : periodOfYear(when);
  const [start, end] = originalSpan(normal, owner.start, owner.end);
  const valueSpan = originalSpan(normal, figure.start, figure.end);
  return [
    {
      subject: ctx.subjectAt(line),
      indicator: owner.canonical,
      surface: raw.slice(start, end),
      value: gap.decrease && growth ? -figure.value : figure.value,
      unit,
      kind,
      ...(when !== undefined ? { year: when } : {}),
      ...(period ? { period } : {}),
      ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
      ...(gap.cumulative ? { cumulative: true } : {}),
      valueSpan,
      evidence: { doc: ctx.docId, section: ctx.sectionOf(line), line, sentence: raw, span: [start, end] },
      rule,
      confidence: (owner.known ? 0.8 : 0.6) - (when === undefined ? 0.2 : 0),
    },
  ];
}
