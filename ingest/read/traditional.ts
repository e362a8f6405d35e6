/**
 * Traditional → simplified characters for matching (OpenCC's t → cn), keeping the original for evidence.
 * The conversion keeps every line's length, character for character, so a line number and a span found in
 * the converted text point at the same characters in the original.
 */
import * as OpenCC from "opencc-js/t2cn";
import type { DocumentExtraction, Evidence } from "../../graph/facts.ts";

export interface Simplified {
  /** The text to match against. */
  text: string;
  /** The text as written, present only when it was converted. */
  original?: string;
}

let converter: ((s: string) => string) | undefined;
// Built on first use: the dictionaries take a moment to load and most corpora never need them
const toCn = (s: string): string => (converter ??= OpenCC.Converter({ from: "t", to: "cn" }))(s);

/** How much of a text the traditional-script test looks at. */
const SAMPLE = 20_000;
/** A document counts as traditional when this share of its ideographs changes under conversion. */
const TRADITIONAL_SHARE = 0.03;

/**
 * What the converter's dictionaries can do to a text, read from the same dictionaries (OpenCC's "t2s"
 * configuration, which `Converter({ from: "t", to: "cn" })` uses), as flags per UTF-16 code unit: the first
 * characters of the normalising step's keys, the characters that a same-length replacement changes, the
 * first characters of keys whose replacement has another length (which would shift every character after
 * it), and the Han ideographs of the basic plane (what `\p{Script=Han}` counts).
 */
const NORMALISING_START = 1;
const CHANGEABLE = 2;
const LENGTH_CHANGING_START = 4;
const HAN = 8;
const HAN_SCRIPT = /^\p{Script=Han}$/u;

interface ConversionReach {
  flags: Uint8Array;
  lengthChanging: Map<number, string[]>;
  /** Han or not, per code point beyond the basic plane, as met. */
  astralHan: Map<number, boolean>;
}

type DictLike = string | readonly (readonly [string, string])[];
interface ChainConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  conversionChain: readonly (readonly DictLike[])[];
}

let reach: ConversionReach | null | undefined;

function conversionReach(): ConversionReach | null {
  const config = (OpenCC.Locale.configs as unknown as Record<string, ChainConfig | undefined>)["t2s"];
  if (!config) return null;
  const entries = (dict: DictLike): (readonly [string, string])[] =>
    typeof dict === "string" ? dict.split("|").map((e) => e.split(" ") as unknown as [string, string]) : [...dict];
  const flags = new Uint8Array(0x10000);
  const lengthChanging = new Map<number, string[]>();
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && HAN_SCRIPT.test(String.fromCharCode(c))) flags[c] = HAN;
  for (const group of config.normalizationChain ?? []) for (const dict of group) for (const [key] of entries(dict)) flags[key.charCodeAt(0)]! |= NORMALISING_START;
  for (const group of config.conversionChain) {
    for (const dict of group) {
      for (const [key, value] of entries(dict)) {
        if (key.length !== value.length) {
          const first = key.charCodeAt(0);
          flags[first]! |= LENGTH_CHANGING_START;
          lengthChanging.set(first, [...(lengthChanging.get(first) ?? []), key]);
        } else {
          for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== value.charCodeAt(j)) flags[key.charCodeAt(j)]! |= CHANGEABLE;
        }
      }
    }
  }
  return { flags, lengthChanging, astralHan: new Map() };
}

/**
 * Without converting: how many characters of `sample` the conversion can change at most (the characters
 * some same-length replacement changes), and how many Han ideographs it holds. `most` is undefined when the
 * bound does not hold — the normalising step could touch the text, or a replacement of another length
 * could apply; the whole result is undefined when the dictionaries cannot be read.
 */
function reachOver(sample: string): { most: number | undefined; han: number } | undefined {
  if (reach === undefined) reach = conversionReach();
  if (reach === null) return undefined;
  const { flags, lengthChanging, astralHan } = reach;
  let most: number | undefined = 0;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    const f = flags[c]!;
    if (f & HAN) han++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const next = sample.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        let isHan = astralHan.get(cp);
        if (isHan === undefined) astralHan.set(cp, (isHan = HAN_SCRIPT.test(String.fromCodePoint(cp))));
        if (isHan) han++;
      }
    }
    if (f === 0 || f === HAN || most === undefined) continue;
    if (f & NORMALISING_START) most = undefined;
    else if (f & LENGTH_CHANGING_START && lengthChanging.get(c)?.some((key) => sample.startsWith(key, i))) most = undefined;
    else if (f & CHANGEABLE) most++;
  }
  return { most, han };
}

export function isTraditional(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  // a cheap bound first: simplified text rarely holds more than a few changeable characters
  const bound = reachOver(sample);
  const han = bound ? bound.han : (sample.match(/\p{Script=Han}/gu)?.length ?? 0);
  if (han === 0) return false;
  if (bound?.most !== undefined && (bound.most < 3 || bound.most / han < TRADITIONAL_SHARE)) return false;
  const converted = toCn(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < converted.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed >= 3 && changed / han >= TRADITIONAL_SHARE;
}

export function simplify(text: string): Simplified {
  if (!isTraditional(text)) return { text };
  const lines = text.split("\n").map(convertLine);
  return { text: lines.join("\n"), original: text };
}

/** Phrase-level conversion when it keeps the length; otherwise character by character, which always does. */
function convertLine(line: string): string {
  const whole = toCn(line);
  if (whole.length === line.length) return whole;
  return Array.from(line, (ch) => {
    const c = toCn(ch);
    return c.length === ch.length ? c : ch;
  }).join("");
}

/**
 * Puts the original (traditional) sentences back into an extraction made on the converted text, so that
 * evidence quotes the document as written; surfaces stay simplified so names merge across documents, and
 * the traditional form of a name is kept among its aliases.
 */
export function restoreOriginalEvidence(extraction: DocumentExtraction, converted: string, original: string): DocumentExtraction {
  const convertedLines = converted.split("\n");
  const originalLines = original.split("\n");
  const restore = (ev: Evidence): Evidence => {
    const line = convertedLines[ev.line - 1];
    const source = originalLines[ev.line - 1];
    const at = line?.indexOf(ev.sentence) ?? -1;
    if (line === undefined || source === undefined || at < 0) return ev;
    return { ...ev, sentence: source.slice(at, at + ev.sentence.length) };
  };
  return {
    ...extraction,
    entities: extraction.entities.map((entity) => {
      const mentions = entity.mentions.map((m) => ({ ...m, evidence: restore(m.evidence) }));
      const written = mentions.map((m) => m.evidence.sentence.slice(m.evidence.span[0], m.evidence.span[1])).filter((w, i) => w !== entity.mentions[i]?.surface);
      const aliases = [...new Set([...entity.aliases, ...written])].filter((a) => a && a !== entity.name);
      return { ...entity, mentions, aliases };
    }),
    relations: extraction.relations.map((r) => ({ ...r, evidence: r.evidence.map(restore) })),
    indicators: extraction.indicators.map((f) => ({ ...f, evidence: restore(f.evidence) })),
  };
}
