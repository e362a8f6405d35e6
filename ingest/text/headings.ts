/**
 * Heading styles seen in plans and news: 第一篇 / 第1章 / 第三章 / 第一节 / 一、 / （一） / 1. / 1、 / 专栏 /
 * 关键词一：. A heading may stand on its own line or be glued to the text that follows it.
 */

export type HeadingKind = "part" | "chapter" | "section" | "cn-item" | "paren-item" | "num-item" | "box" | "keyword" | "plain";

export interface HeadingStyle {
  kind: HeadingKind;
  level: number;
  pattern: RegExp;
}

const NUM = "[一二三四五六七八九十百零〇两\\d]+";

/** Ordered: the first style that matches wins. Levels nest outer (small) to inner (large). */
export const HEADING_STYLES: readonly HeadingStyle[] = [
  { kind: "part", level: 1, pattern: new RegExp(`^第${NUM}篇`, "u") },
  { kind: "chapter", level: 2, pattern: new RegExp(`^第${NUM}章`, "u") },
  { kind: "section", level: 3, pattern: new RegExp(`^第${NUM}节`, "u") },
  { kind: "keyword", level: 3, pattern: new RegExp(`^关键词${NUM}[：:]`, "u") },
  { kind: "cn-item", level: 4, pattern: /^[一二三四五六七八九十]{1,3}[、．.]/u },
  { kind: "paren-item", level: 5, pattern: /^（[一二三四五六七八九十\d]{1,3}）/u },
  { kind: "num-item", level: 6, pattern: /^\d{1,2}(?:[、．]|\.(?!\d))/u },
  { kind: "box", level: 7, pattern: /^专栏/u },
];

export interface Heading {
  kind: HeadingKind;
  level: number;
  /** The heading text (without the body glued after it). */
  title: string;
  /** Offset in the normalised line where the body starts (0 when the whole line is the heading). */
  bodyStart: number;
}

const SENTENCE_END = /[。！？；]/u;

/** Reads a heading from a normalised line, or null when the line is body text. */
export function readHeading(line: string): Heading | null {
  const t = line;
  if (t.length === 0) return null;
  for (const style of HEADING_STYLES) {
    if (!style.pattern.test(t)) continue;
    const end = t.search(SENTENCE_END);
    // a whole short line is a heading; otherwise the heading is glued to its first sentence
    if (end < 0 || (end === t.length - 1 && t.length <= 40)) {
      if (t.length > 60 && style.kind !== "box") return null;
      return { kind: style.kind, level: style.level, title: t.replace(/[。；]$/u, ""), bodyStart: 0 };
    }
    if (end <= 32) return { kind: style.kind, level: style.level, title: t.slice(0, end), bodyStart: end + 1 };
    return { kind: style.kind, level: style.level, title: t.slice(0, Math.min(end, 32)), bodyStart: 0 };
  }
  // short line without sentence punctuation between paragraphs: an unnumbered heading
  if (t.length <= 24 && !/[，。；！？、]/u.test(t) && !/^[\d.%]+$/u.test(t)) return { kind: "plain", level: 8, title: t, bodyStart: 0 };
  return null;
}
