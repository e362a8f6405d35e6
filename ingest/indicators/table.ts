/**
 * Flattened indicator tables (发展指标表): a header row teaches the column order (指标 / 单位 / 2015 /
 * 2020 / 年均增速 / 属性), then each row is read even when its cells are split over several lines.
 *
 * Word processors flatten a table one cell per line; a cell starts with a tab, a line without a tab
 * continues the cell above, and a blank line ends a row. Without tabs every line is a cell.
 */
import type { IndicatorFact, IndicatorKind } from "../../graph/facts.ts";
import type { IndicatorContext } from "./context.ts";
import { BINDING_WORDS, EMPTY_VALUES, HEADER_WORDS } from "./lexicon.ts";
import { isUnit, readIndicatorName } from "./names.ts";
import { cellFigure, headerYear, normalise, periodAfterYear, periodOfYear, type Figure } from "./text.ts";

interface Cell {
  text: string;
  /** 1-based line of the cell's first line, and of its last. */
  line: number;
  lastLine: number;
}

type Column =
  | { role: "category" | "name" | "unit" | "growth" | "binding" | "other" }
  | { role: "year"; year: number; target: boolean; cumulative?: boolean };

/** Reads every indicator table of the document. */
export function readTables(ctx: IndicatorContext): IndicatorFact[] {
  const facts: IndicatorFact[] = [];
  for (let i = 0; i < ctx.lines.length; i += 1) {
    const header = readHeader(ctx, i);
    if (!header) continue;
    const { rows, next } = readRows(ctx, header.end, header.columns, header.layout);
    for (const row of rows) facts.push(...rowFacts(ctx, header.columns, row));
    i = next - 1;
  }
  return facts;
}

const HEADER_CELLS = new Set<string>(Object.values(HEADER_WORDS).flat().map((w) => normalise(w).text));
/** Words that continue a header cell split over two lines (2020 / 目标值, 指标 / 属性). */
const HEADER_TAILS = /^(?:目标值?|属性|性质|名称|[(（][^)）]*[)）]|年|值)$/u;

function isHeaderCell(text: string): boolean {
  const t = normalise(text).text;
  return HEADER_CELLS.has(t) || headerYear(t) !== undefined || HEADER_TAILS.test(t) || /年均增|增速|增长率|累计$/u.test(t) || /^(?:“?十[一二三四五]五”?)?(?:规划)?目标值?$|^(?:基期|基数|现状)值?$/u.test(t);
}

/** A header starts at a line that is a header word; it needs a name column and a year column. */
function readHeader(ctx: IndicatorContext, start: number): { columns: Column[]; end: number; layout: Layout } | undefined {
  const first = ctx.lines[start] ?? "";
  const tokens = lineCells(first);
  // a whole header on one line (指标 单位 2015年 2020年 属性): the rows are one line each too
  if (tokens.length >= 3 && HEADER_CELLS.has(normalise(tokens[0]!).text) && tokens.every(isHeaderCell)) {
    return columnsOf(ctx, mergeTails(tokens), start + 1, "rows");
  }
  if (!first.trim() || !HEADER_CELLS.has(normalise(first).text)) return undefined;
  const tabs = first.startsWith("\t");
  const cells: string[] = [];
  let i = start;
  for (; i < ctx.lines.length; i += 1) {
    const raw = ctx.lines[i] ?? "";
    if (!raw.trim()) break;
    if (!isHeaderCell(raw)) break;
    // with tabs a tab-less line continues the cell above; without, only a tail word (目标值, 属性) does
    const continues = cells.length > 0 && (tabs ? !raw.startsWith("\t") : HEADER_TAILS.test(normalise(raw).text));
    if (continues) cells[cells.length - 1] += raw.trim();
    else cells.push(raw.trim());
  }
  return columnsOf(ctx, cells, i, tabs ? "tabs" : "lines");
}

function columnsOf(ctx: IndicatorContext, cells: string[], end: number, layout: Layout): { columns: Column[]; end: number; layout: Layout } | undefined {
  const columns = cells.map((cell) => columnOf(cell, ctx));
  const years = columns.flatMap((c) => (c.role === "year" ? [c] : []));
  const nameAt = columns.findIndex((c) => c.role === "name");
  if (nameAt < 0 || years.length === 0 || cells.length < 3) return undefined;
  // the latest year is the target; a single year column is a target only if it lies in the plan
  const latest = Math.max(...years.map((c) => c.year));
  for (const c of years) {
    c.target = c.target || (c.year === latest && (years.length > 1 || ctx.startYear === undefined || c.year >= ctx.startYear));
  }
  return { columns, end, layout };
}

/**
 * How the table was flattened: `tabs` one cell per line, a tab opening each cell; `lines` one cell per
 * line without tabs; `rows` one row per line, cells apart by white space.
 */
type Layout = "tabs" | "lines" | "rows";

/** The cells of a one-line row; a bracket or a lone ≥ split off by noisy spacing joins its neighbour. */
function lineCells(line: string): string[] {
  const cells: string[] = [];
  for (const token of line.trim().split(/[\s\u3000]+/u)) {
    if (!token) continue;
    const last = cells[cells.length - 1];
    const open = last !== undefined && (last.split(/[(（]/u).length > last.split(/[)）]/u).length || /^[≥≤<>约]$/u.test(last));
    if (last !== undefined && (open || /^[(（)）]/u.test(token))) cells[cells.length - 1] = last + token;
    else cells.push(token);
  }
  return cells;
}

/** Header words split over two tokens (2020 / 目标值, 指标 / 属性) are one header cell. */
function mergeTails(tokens: string[]): string[] {
  const cells: string[] = [];
  for (const token of tokens) {
    if (cells.length > 0 && HEADER_TAILS.test(normalise(token).text)) cells[cells.length - 1] += token;
    else cells.push(token);
  }
  return cells;
}

function columnOf(cell: string, ctx: IndicatorContext): Column {
  const t = normalise(cell).text;
  const year = headerYear(t);
  if (year !== undefined) return { role: "year", year, target: /目标|预期/u.test(t) };
  // an undated column (规划目标, “十三五”目标, 基期值) takes its year from the plan
  if (/^(?:“?十[一二三四五]五”?)?(?:规划)?目标值?$/u.test(t) && ctx.endYear !== undefined) return { role: "year", year: ctx.endYear, target: true };
  if (/^(?:基期|基数|现状)值?$/u.test(t) && ctx.startYear !== undefined) return { role: "year", year: ctx.startYear - 1, target: false };
  for (const role of ["category", "name", "unit", "binding"] as const) {
    if ((HEADER_WORDS[role] as readonly string[]).some((w) => normalise(w).text === t)) return { role };
  }
  // “十四五”累计 / 五年累计: a five-year total planned for the end year
  if (/累计/u.test(t) && ctx.endYear !== undefined) return { role: "year", year: ctx.endYear, target: true, cumulative: true };
  if (/年均增|增速|增长率/u.test(t)) return { role: "growth" };
  return { role: "other" };
}

/** The cells after the header, until prose resumes. */
function readCells(ctx: IndicatorContext, start: number, layout: Layout): { cells: Array<Cell | "row-end">; next: number } {
  const cells: Array<Cell | "row-end"> = [];
  const tabs = layout === "tabs";
  let i = start;
  for (; i < ctx.lines.length; i += 1) {
    const raw = ctx.lines[i] ?? "";
    const text = raw.trim();
    const last = cells[cells.length - 1];
    if (layout === "rows") {
      if (!text) continue;
      const tokens = lineCells(raw);
      // a row has a figure or an empty mark; prose or a heading ends the table
      if (/[。；]/u.test(text) || !tokens.some((t) => isValueCell(t) && t !== "")) break;
      for (const token of tokens) cells.push({ text: token, line: i + 1, lastLine: i + 1 });
      cells.push("row-end");
      continue;
    }
    if (!text && !raw.includes("\t")) {
      if (last !== "row-end") cells.push("row-end");
      continue;
    }
    if (tabs && !raw.startsWith("\t")) {
      // a tab-less line right after a row is prose again; inside a row it continues the cell above
      if (last === undefined || last === "row-end" || /[。；]/u.test(text)) break;
      last.text += text;
      last.lastLine = i + 1;
      continue;
    }
    if (!tabs && (text.length > 30 || /[。；]/u.test(text))) break;
    cells.push({ text, line: i + 1, lastLine: i + 1 });
  }
  return { cells, next: i };
}

interface Row {
  category?: string;
  name: Cell;
  values: Array<Cell | undefined>;
}

function isValueCell(text: string): boolean {
  const t = normalise(text).text;
  return t === "" || EMPTY_VALUES.has(t) || cellFigure(t) !== undefined || bindingOf(t) !== undefined || isUnit(t);
}

function bindingOf(text: string): "预期" | "约束" | undefined {
  const t = normalise(text).text;
  return BINDING_WORDS.find(([w]) => w === t)?.[1];
}

/** Splits the cell stream into rows: the name is the last text cell before the values; k values follow it. */
function readRows(ctx: IndicatorContext, start: number, columns: Column[], layout: Layout): { rows: Row[]; next: number } {
  const { cells, next } = readCells(ctx, start, layout);
  const nameAt = columns.findIndex((c) => c.role === "name");
  const k = columns.length - nameAt - 1;
  const bindingSlot = columns.slice(nameAt + 1).findIndex((c) => c.role === "binding");
  const rows: Row[] = [];
  let category: string | undefined;
  let p = 0;
  while (p < cells.length) {
    const texts: Cell[] = [];
    while (p < cells.length) {
      const c = cells[p]!;
      if (c !== "row-end" && c.text && !isValueCell(c.text)) texts.push(c);
      else if (c !== "row-end" && c.text && texts.length > 0) break;
      p += 1;
    }
    const name = texts.pop();
    if (!name) break;
    if (texts.length > 0) category = texts[texts.length - 1]!.text;
    const values: Array<Cell | undefined> = [];
    while (p < cells.length && values.length < k) {
      const c = cells[p]!;
      p += 1;
      if (c === "row-end") continue;
      values.push(c.text ? c : undefined);
    }
    // a row whose binding cell is not 预期/约束 means the columns slipped: the table ends here
    if (values.length < k || (bindingSlot >= 0 && !bindingOf(values[bindingSlot]?.text ?? ""))) break;
    rows.push({ ...(category ? { category } : {}), name, values });
  }
  return { rows, next };
}

function rowFacts(ctx: IndicatorContext, columns: Column[], row: Row): IndicatorFact[] {
  const nameAt = columns.findIndex((c) => c.role === "name");
  const info = readIndicatorName(row.name.text);
  const slots = columns.slice(nameAt + 1);
  const unitCell = slots.findIndex((c) => c.role === "unit");
  const rowUnit = (unitCell >= 0 ? normalise(row.values[unitCell]?.text ?? "").text : "") || info.unit || "";
  const bindingCell = slots.findIndex((c) => c.role === "binding");
  const binding = bindingCell >= 0 ? bindingOf(row.values[bindingCell]?.text ?? "") : undefined;
  const targetYear = slots.flatMap((c) => (c.role === "year" && c.target ? [c.year] : []))[0];
  const lastLine = Math.max(row.name.lastLine, ...row.values.map((v) => v?.lastLine ?? 0));
  const sentence = ctx.lines.slice(row.name.line - 1, lastLine).join("\n");
  const nameStart = sentence.indexOf(row.name.text.slice(0, 4));
  const facts: IndicatorFact[] = [];
  /** Where a value cell stands in the row's joined lines. */
  const spanOf = (cell: Cell | undefined): [number, number] | undefined => {
    if (!cell) return undefined;
    const offset = ctx.lines.slice(row.name.line - 1, cell.line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    const at = (ctx.lines[cell.line - 1] ?? "").indexOf(cell.text);
    return at < 0 ? undefined : [offset + at, offset + at + cell.text.length];
  };
  const push = (figure: Figure, kind: IndicatorKind, year: number | undefined, unit: string, isTarget: boolean, cell: Cell | undefined, cumulative = false): void => {
    const valueSpan = spanOf(cell);
    if (!unit && !info.dimensionless) return;
    const period = year === undefined ? ctx.period : kind === "baseline" ? periodAfterYear(year) : periodOfYear(year);
    facts.push({
      subject: ctx.subjectAt(row.name.line),
      indicator: info.canonical,
      surface: row.name.text,
      value: info.decrease ? -figure.value : figure.value,
      unit,
      kind,
      ...(year !== undefined ? { year } : {}),
      ...(period ? { period } : {}),
      ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
      ...(binding && isTarget ? { binding } : {}),
      ...(info.cumulative || cumulative ? { cumulative: true } : {}),
      ...(valueSpan ? { valueSpan } : {}),
      evidence: {
        doc: ctx.docId,
        section: ctx.sectionOf(row.name.line),
        line: row.name.line,
        sentence,
        span: [Math.max(0, nameStart), Math.max(0, nameStart) + row.name.text.length],
      },
      rule: info.known ? "table-row" : "table-row-unlisted",
      confidence: info.known ? 0.95 : 0.85,
    });
  };
  slots.forEach((column, slot) => {
    const figure = cellFigure(row.values[slot]?.text ?? "");
    if (!figure) return;
    if (column.role === "year") {
      // a five-year total in the base-year column is the last period's achievement, not a baseline
      const kind: IndicatorKind = info.growth ? "growth" : column.target ? "target" : info.cumulative ? "value" : "baseline";
      push(figure, kind, column.year, figure.unit || (info.growth ? rowUnit || "%" : rowUnit), column.target, row.values[slot], column.cumulative);
    } else if (column.role === "growth" && !info.growth) {
      push(figure, "growth", targetYear, "%", true, row.values[slot]);
    }
  });
  return facts;
}
