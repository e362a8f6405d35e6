/**
 * Finding where a name starts: from a suffix (产业园, 集团, 工程 …) walk left over name characters and
 * stop at punctuation, then cut after the rightmost word that cannot begin a name (依托, 推进, 的 …).
 * Quotes and short brackets glued inside a name (“神农绿轴”文化体育集聚区, 长沙（国家）广告产业园) are kept.
 */
import { LEFT_BOUNDARY_WORDS, NAME_BREAK, NUMBERING, PROTECTED_WORDS } from "./lexicon/boundaries.ts";
import { Trie } from "./trie.ts";

const boundaryTrie = new Trie<string>();
for (const w of LEFT_BOUNDARY_WORDS) boundaryTrie.add(w, w);
const protectedTrie = new Trie<string>();
for (const w of PROTECTED_WORDS) protectedTrie.add(w, w);

const OPEN: Record<string, string> = { "”": "“", "）": "（", "〉": "〈", "》": "《" };

/**
 * NAME_BREAK per UTF-16 unit (0 unknown, 1 breaks, 2 does not), filled on first sight by the pattern itself:
 * the walk below tests one character at a time, and a table read is much cheaper than a regex test.
 */
const BREAKS = new Uint8Array(0x10000);

function breaksName(code: number): boolean {
  let known = BREAKS[code]!;
  if (known === 0) BREAKS[code] = known = NAME_BREAK.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Start of the maximal run of name characters ending at `end` (exclusive), at most `max` long. */
export function nameRunStart(text: string, end: number, max: number): number {
  let i = end;
  while (i > 0 && end - i < max) {
    const code = text.charCodeAt(i - 1);
    // plain name characters (most of them): nothing to look up
    if (code !== 0x201d && code !== 0xff09 && code !== 0x3009 && code !== 0x300b && code !== 0x201c && code !== 0xff08 && !breaksName(code)) {
      i--;
      continue;
    }
    const c = text.charAt(i - 1);
    const open = OPEN[c];
    if (open !== undefined) {
      // a short quoted or bracketed part glued to the name: keep it when a name character precedes it
      // or when it starts the run right after punctuation
      const j = text.lastIndexOf(open, i - 2);
      if (j >= 0 && i - 1 - j <= 10 && j < i - 1) {
        const inner = text.slice(j + 1, i - 1);
        if (!NAME_BREAK.test(inner.replace(/[“”（）]/gu, ""))) {
          i = j;
          continue;
        }
      }
      break;
    }
    if (c === "“" || c === "（") break;
    if (NAME_BREAK.test(c)) break;
    i--;
  }
  return i;
}

/**
 * Possible starts of a name ending at `suffixStart` (the suffix itself excluded), best first: right after
 * the rightmost boundary word, then after the ones further left, then the run start.
 */
export function nameStarts(text: string, runStart: number, suffixStart: number): number[] {
  const cuts: number[] = [];
  const numbered = NUMBERING.exec(text.slice(runStart, suffixStart));
  if (numbered) runStart += numbered[0].length;
  for (let i = runStart; i < suffixStart; i++) {
    const guard = protectedTrie.longestEndAt(text, i);
    if (guard >= 0) {
      i = guard - 1;
      continue;
    }
    const hit = boundaryTrie.longestEndAt(text, i);
    // a boundary word must end before the suffix, and it must not be the whole name
    if (hit >= 0 && hit <= suffixStart) cuts.push(hit);
  }
  // every cut ends a word that starts at or after runStart, so it lies after runStart: the cuts, right to
  // left without repeats, then runStart
  if (cuts.length > 1) cuts.sort(descending);
  const starts: number[] = [];
  for (const cut of cuts) if (cut !== starts[starts.length - 1]) starts.push(cut);
  starts.push(runStart);
  return starts;
}

const descending = (a: number, b: number): number => b - a;

/** True when a word that cannot start a name starts at `i` (实施学校 is no school's name). */
export function startsWithBoundary(text: string, i: number): boolean {
  return boundaryTrie.longestEndAt(text, i) >= 0;
}

/** Strips quotes and spaces: the canonical form of a surface. */
export function plainName(surface: string): string {
  // most surfaces hold none of these characters: a table read per character instead of a regex replace
  for (let i = 0; i < surface.length; i++) if (PLAIN_STRIPPED[surface.charCodeAt(i)] === 1) return surface.replace(PLAIN_STRIP, "");
  return surface;
}

const PLAIN_STRIP = /[“”"'‘’《》〈〉\s]/gu;
/** PLAIN_STRIPPED[code] = 1 when PLAIN_STRIP matches that UTF-16 unit (read from the pattern itself). */
const PLAIN_STRIPPED = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/^[“”"'‘’《》〈〉\s]$/u.test(String.fromCharCode(c))) PLAIN_STRIPPED[c] = 1;

/** True when `s` is made only of the given words (greedy left to right). */
export function madeOf(s: string, words: Trie<string>): boolean {
  let i = 0;
  while (i < s.length) {
    const end = words.longestEndAt(s, i);
    if (end < 0) return false;
    i = end;
  }
  return true;
}

export function wordTrie(words: readonly string[]): Trie<string> {
  const t = new Trie<string>();
  for (const w of words) t.add(w, w);
  return t;
}
