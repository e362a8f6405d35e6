/**
 * Splits a document into sentences that each know their line, section path, paragraph and where they
 * sit in the original text. Linear in the input: one pass over lines, one over characters.
 */
import { isDebrisLine } from "./debris.ts";
import { readHeading } from "./headings.ts";
import type { HeadingKind } from "./headings.ts";
import { normalizeLine } from "./normalize.ts";
import type { MappedText } from "./normalize.ts";

export type SentenceKind = "heading" | "body" | "box-title" | "box-item";

export interface Sentence {
  /** Index in the document's sentence list. */
  index: number;
  /** 1-based line number in the original document. */
  line: number;
  /** Normalised text of the sentence. */
  text: string;
  /** The same sentence as it stands in the original line. */
  original: string;
  /** Offset of `text[0]` in the normalised line, and the normalised line with its map back. */
  offset: number;
  mapped: MappedText;
  /** Offset of `original` in the original line. */
  originalStart: number;
  /** Heading titles from outer to inner. */
  section: string[];
  kind: SentenceKind;
  headingKind?: HeadingKind;
  /** Sentences of one paragraph (one original line) share this id: the line number. */
  paragraph: number;
  /** Position of the sentence inside its paragraph (0 = first). */
  position: number;
}

export interface PreparedText {
  lines: string[];
  sentences: Sentence[];
  /** Original line numbers dropped as web-page debris. */
  debris: number[];
}

/** Sliced to make an empty section array whose elements V8 keeps as strings, like every non-empty one. */
const NO_SECTION: readonly string[] = [""];

const SPLIT = /[^。！？；]*[。！？；]+|[^。！？；]+$/gu;

/** Sentence-splits one normalised line from `from`, pushing into `out`. */
function splitLine(
  mapped: MappedText, from: number, rawLine: string, lineNo: number, section: string[], kind: SentenceKind, out: Sentence[],
): void {
  const body = mapped.text.slice(from);
  let position = 0;
  for (const m of body.matchAll(SPLIT)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length === 0 || /^[。！？；]+$/u.test(text)) continue;
    const offset = from + (m.index ?? 0) + lead;
    const oStart = mapped.map[offset] ?? 0;
    const oEnd = mapped.map[offset + text.length] ?? rawLine.length;
    // one object shape for every sentence (headingKind is set later on headings only, the section copy always
    // holds strings, even when empty), so the passes reading sentences are compiled once, not per shape
    out.push({
      index: out.length, line: lineNo, text, original: rawLine.slice(oStart, oEnd), offset, mapped, originalStart: oStart,
      section: section.length > 0 ? [...section] : NO_SECTION.slice(0, 0), kind, headingKind: undefined, paragraph: lineNo, position: position++,
    });
  }
}

/** The document's lines, each with its normalised form (the first half of `prepareText`). */
export interface NormalisedLines {
  lines: string[];
  mapped: MappedText[];
}

export function normaliseLines(text: string): NormalisedLines {
  const lines = text.split(/\r\n|\r|\n/u);
  return { lines, mapped: lines.map((line) => normalizeLine(line)) };
}

export function prepareText(text: string): PreparedText {
  return structureLines(normaliseLines(text));
}

/**
 * Counts the documents structured so far. Memos of per-sentence work shared by several passes (ingest/extract/lists.ts)
 * hold one document's sentences: they are cleared when this changes, so memory stays bounded and a corpus
 * repeating whole sentences across documents is not read faster than any other.
 */
let documents = 0;
export const documentEpoch = (): number => documents;

/** Line kinds, headings, sections and sentences over already normalised lines (the second half of `prepareText`). */
export function structureLines({ lines, mapped: normalised }: NormalisedLines): PreparedText {
  documents += 1;
  const sentences: Sentence[] = [];
  const debris: number[] = [];
  const stack: Array<{ level: number; title: string }> = [];
  let inBox = false;
  let boxLines = 0;
  const closeBox = (): void => {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= 7) stack.pop();
    inBox = false;
    boxLines = 0;
  };
  lines.forEach((rawLine, i) => {
    const lineNo = i + 1;
    const mapped = normalised[i] as MappedText;
    const t = mapped.text;
    // a box (专栏) runs from its title to the first blank line after its items
    if (t.length === 0) {
      if (inBox && boxLines > 0) closeBox();
      return;
    }
    if (isDebrisLine(t)) {
      debris.push(lineNo);
      return;
    }
    const heading = readHeading(t);
    if (heading && !(inBox && heading.kind === "plain")) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
      if (inBox && heading.kind !== "box" && heading.level <= 3) closeBox();
      if (heading.kind === "box") {
        inBox = true;
        boxLines = 0;
      }
      stack.push({ level: heading.level, title: heading.title });
      const section = stack.map((h) => h.title);
      const titleLen = heading.bodyStart > 0 ? heading.bodyStart : t.length;
      const hm: MappedText = { text: t.slice(0, titleLen), map: mapped.map };
      splitLine(hm, 0, rawLine, lineNo, section.slice(0, -1), heading.kind === "box" ? "box-title" : "heading", sentences);
      const last = sentences[sentences.length - 1];
      if (last && last.line === lineNo) last.headingKind = heading.kind;
      if (heading.bodyStart > 0) splitLine(mapped, heading.bodyStart, rawLine, lineNo, section, inBox ? "box-item" : "body", sentences);
      return;
    }
    if (inBox) boxLines++;
    splitLine(mapped, 0, rawLine, lineNo, stack.map((h) => h.title), inBox ? "box-item" : "body", sentences);
  });
  return { lines, sentences, debris };
}
