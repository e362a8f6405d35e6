/**
 * What an indicator reader needs to know about the document around a line: its subject, its section,
 * the plan's years. Resolved once from extractIndicators' input so the readers stay simple.
 */
import type { Period } from "../../graph/schema.ts";
import { periodYears } from "./text.ts";

export interface IndicatorInput {
  docId: string;
  /** The document's lines; index 0 is line 1. */
  lines: string[];
  /** Section headings around a 1-based line, outermost first. Without it, a fallback reads 第X章/节 headings. */
  sectionOf?: (line: number) => string[];
  /** Entity id of the plan's region: the subject of every figure unless subjectAt says otherwise. */
  defaultSubject: string;
  /** Entity id of the place a 1-based line speaks of (e.g. a park whose block the line is in). */
  subjectAt?: (line: number) => string | undefined;
  period?: Period;
  startYear?: number;
  endYear?: number;
}

export interface IndicatorContext {
  docId: string;
  lines: string[];
  sectionOf: (line: number) => string[];
  subjectAt: (line: number) => string;
  period?: Period;
  /** First year of the plan (2016 for 十三五); its base year is startYear - 1. */
  startYear?: number;
  endYear?: number;
}

export function resolveContext(input: IndicatorInput): IndicatorContext {
  const years = input.period ? periodYears(input.period) : undefined;
  const startYear = input.startYear ?? years?.start;
  const endYear = input.endYear ?? years?.end;
  const sectionOf = input.sectionOf ?? fallbackSections(input.lines);
  return {
    docId: input.docId,
    lines: input.lines,
    sectionOf,
    subjectAt: (line) => input.subjectAt?.(line) ?? input.defaultSubject,
    ...(input.period ? { period: input.period } : {}),
    ...(startYear !== undefined ? { startYear } : {}),
    ...(endYear !== undefined ? { endYear } : {}),
  };
}

const HEADING = /^\s*(?:第[一二三四五六七八九十百\d]+[篇章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;

/** Heading levels by their numbering: 篇 > 章 > 节 > 一、 > （一）. */
function headingLevel(line: string): number {
  const t = line.trim();
  if (/^第[^篇章节]+篇/u.test(t)) return 0;
  if (/^第[^篇章节]+章/u.test(t)) return 1;
  if (/^第[^篇章节]+节/u.test(t)) return 2;
  if (/^[一二三四五六七八九十]+、/u.test(t)) return 3;
  return 4;
}

/** Section paths from numbered headings, for callers that do not pass sectionOf. */
export function fallbackSections(lines: readonly string[]): (line: number) => string[] {
  const paths: string[][] = [];
  let stack: Array<{ level: number; text: string }> = [];
  lines.forEach((raw) => {
    const text = raw.trim();
    // headings are short; a numbered sentence (一、加快…。…) is body text
    if (HEADING.test(raw) && text.length <= 40 && !/[。；]/u.test(text)) {
      const level = headingLevel(text);
      stack = [...stack.filter((h) => h.level < level), { level, text }];
    }
    paths.push(stack.map((h) => h.text));
  });
  return (line) => paths[line - 1] ?? [];
}

/**
 * Subject blocks: a plan written for two places (株洲高新区、天元区) gives each its own block under a line
 * that is only the place's name, and sometimes starts a paragraph with `天元区：`. `resolve` turns such a
 * name into an entity id (or undefined when it is not a place the caller knows).
 */
export function subjectBlocks(lines: readonly string[], resolve: (name: string) => string | undefined): (line: number) => string | undefined {
  const subjects: Array<string | undefined> = [];
  let block: { subject: string; path: string[] } | undefined;
  const sections = fallbackSections(lines);
  lines.forEach((raw, index) => {
    const text = raw.trim();
    const path = sections(index + 1);
    // a heading that is not below the block's own section ends the block
    if (block && !block.path.every((heading, i) => path[i] === heading)) block = undefined;
    const bare = /^[\u4e00-\u9fa5]{2,12}$/u.test(text) ? resolve(text) : undefined;
    if (bare) block = { subject: bare, path };
    const prefix = /^([\u4e00-\u9fa5]{2,12})[：:]/u.exec(text);
    const own = prefix ? resolve(prefix[1]!) : undefined;
    subjects.push(own ?? block?.subject);
  });
  return (line) => subjects[line - 1];
}

