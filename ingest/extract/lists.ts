/**
 * Enumerations in a sentence: clauses holding `A、B、C(和|及 D)(等 head)`. Each item comes with its span;
 * the first item is cut after the last word that cannot start a name (重点发展A → A), the last item
 * loses trailing action words and the head that follows 等.
 */
import { LIST_CONJUNCTIONS, LIST_TRAILERS } from "./lexicon/lists.ts";
import { documentEpoch } from "../text/sentences.ts";
import { nameStarts } from "./names.ts";

export interface ListItem {
  start: number;
  end: number;
  text: string;
}

export interface Enumeration {
  items: ListItem[];
  /** Text after the last item up to the clause end (starts with 等 when the list is closed by it). */
  head: string;
  /** Clause start and end in the sentence. */
  clauseStart: number;
  clauseEnd: number;
}

const TRAILERS = [...LIST_TRAILERS].sort((a, b) => b.length - a.length);

/** Clause punctuation: a clause is a maximal run without it (/[^，。；：！？]+/u), scanned by hand below. */
const SEPARATORS = new Set([..."，。；：！？"].map((c) => c.charCodeAt(0)));

/** [start, end) of each clause of `text` holding 、 (the matches of CLAUSE that can be lists), in order. */
function listClauses(text: string): number[] {
  const spans: number[] = [];
  let comma = text.indexOf("、");
  const n = text.length;
  let start = 0;
  while (comma >= 0) {
    // the clause around the next 、: back to the separator before it, on to the separator after it
    let a = comma;
    while (a > start && !SEPARATORS.has(text.charCodeAt(a - 1))) a--;
    let b = comma + 1;
    while (b < n && !SEPARATORS.has(text.charCodeAt(b))) b++;
    spans.push(a, b);
    start = b;
    comma = text.indexOf("、", b);
  }
  return spans;
}

/**
 * Enumerations of `text` whose items are 2..maxItem long. Three passes (industries, enterprises, projects)
 * ask for the same sentence, so the lists are read once per sentence of the current document and each
 * caller gets its own copies, filtered by its maxItem.
 */
export function enumerations(text: string, maxItem = 14): Enumeration[] {
  // most sentences hold no 、 and so no list: not worth remembering
  if (!text.includes("、")) return [];
  if (memoEpoch !== documentEpoch()) {
    memo.clear();
    memoEpoch = documentEpoch();
  }
  let lists = memo.get(text);
  if (lists === undefined) {
    lists = readLists(text);
    memo.set(text, lists);
  }
  const out: Enumeration[] = [];
  for (const list of lists) {
    const good = list.items.filter((it) => it.text.length >= 2 && it.text.length <= maxItem).map((it) => ({ ...it }));
    if (good.length >= 2) out.push({ items: good, head: list.head, clauseStart: list.clauseStart, clauseEnd: list.clauseEnd });
  }
  return out;
}

const memo = new Map<string, Enumeration[]>();
let memoEpoch = -1;

/** Every list clause of `text` with all its items, before the length filter. */
function readLists(text: string): Enumeration[] {
  const out: Enumeration[] = [];
  const spans = listClauses(text);
  for (let k = 0; k < spans.length; k += 2) {
    const base = spans[k]!;
    const clause = text.slice(base, spans[k + 1]);
    const parts: ListItem[] = [];
    let pos = 0;
    for (const piece of clause.split("、")) {
      parts.push({ start: base + pos, end: base + pos + piece.length, text: piece });
      pos += piece.length + 1;
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) continue;
    // first item: cut after the rightmost boundary word
    const cut = nameStarts(text, first.start, first.end)[0] ?? first.start;
    first.text = text.slice(cut, first.end);
    first.start = cut;
    // last item: split off the head after 等, then trailing words, then a conjoined final item
    let head: string;
    const deng = last.text.lastIndexOf("等");
    if (deng > 0) {
      head = last.text.slice(deng);
      last.text = last.text.slice(0, deng);
      last.end = last.start + deng;
    } else {
      // no 等: the last item runs to the clause end; a conjoined pair (A和B) is split below, and items
      // still longer than maxItem are dropped rather than cut at an arbitrary character
      head = "";
    }
    // a bracketed note after the last item (8号线（沿湘府路…）) is not part of it
    const note = last.text.includes("（") ? last.text.search(/（[^）]*）?$/u) : -1;
    if (note > 0) {
      head = last.text.slice(note) + head;
      last.text = last.text.slice(0, note);
      last.end = last.start + note;
    }
    for (const tr of TRAILERS) {
      if (last.text.endsWith(tr) && last.text.length - tr.length >= 2) {
        last.text = last.text.slice(0, -tr.length);
        last.end -= tr.length;
        head = tr + head;
        break;
      }
    }
    const items: ListItem[] = [];
    for (const p of parts) {
      if (p === last) {
        const c = LIST_CONJUNCTIONS.exec(p.text);
        if (c && c.index >= 2 && p.text.length - c.index - c[0].length >= 2) {
          items.push({ start: p.start, end: p.start + c.index, text: p.text.slice(0, c.index) });
          const s2 = p.start + c.index + c[0].length;
          items.push({ start: s2, end: p.end, text: p.text.slice(c.index + c[0].length) });
          continue;
        }
      }
      items.push(p);
    }
    // items of fewer than two characters are never listed, whatever the caller's maxItem
    const kept = items.filter((it) => it.text.length >= 2);
    if (kept.length >= 2) out.push({ items: kept, head, clauseStart: base, clauseEnd: base + clause.length });
  }
  return out;
}
