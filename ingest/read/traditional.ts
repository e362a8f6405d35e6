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
 * configuration, which `Converter({ from: "t", to: "cn" })` uses): the first characters of the normalising
 * step's keys, the characters that a same-length replacement changes, and the keys whose replacement has
 * another length (which would shift every character after it).
 */
interface ConversionReach {
  normalisingStarts: Set<number>;
  changeable: Set<number>;
  lengthChanging: Map<number, string[]>;
}

type DictLike = string | readonly (readonly [string, string])[];
interface ChainConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  conversionChain: readonly (readonly DictLike[])[];
}

let reach: ConversionReach | undefined;

function conversionReach(): ConversionReach {
  const config = (OpenCC.Locale.configs as unknown as Record<string, ChainConfig>)["t2s"];
  const entries = (dict: DictLike): (readonly [string, string])[] =>
    typeof dict === "string" ? dict.split("|").map((e) => e.split(" ") as unknown as [string, string]) : [...dict];
  const found: ConversionReach = { normalisingStarts: new Set(), changeable: new Set(), lengthChanging: new Map() };
  for (const group of config?.normalizationChain ?? []) for (const dict of group) for (const [key] of entries(dict)) found.normalisingStarts.add(key.charCodeAt(0));
  for (const group of config?.conversionChain ?? []) {
    for (const dict of group) {
      for (const [key, value] of entries(dict)) {
        if (key.length !== value.length) {
          const first = key.charCodeAt(0);
          found.lengthChanging.set(first, [...(found.lengthChanging.get(first) ?? []), key]);
        } else {
          for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== value.charCodeAt(j)) found.changeable.add(key.charCodeAt(j));
        }
      }
    }
  }
  return found;
}

/**
 * How many characters of `sample` the conversion can change at most, without converting: the count of
 * characters some same-length replacement changes. Undefined when the bound does not hold — the
 * normalising step could touch the text, or a replacement of another length could apply.
 */
function mostChanged(sample: string): number | undefined {
  reach ??= conversionReach();
  if (!OpenCC.Locale.configs["t2s"]) return undefined;
  let most = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (reach.normalisingStarts.has(c)) return undefined;
    if (reach.changeable.has(c)) most++;
    const keys = reach.lengthChanging.get(c);
    if (keys && keys.some((key) => sample.startsWith(key, i))) return undefined;
  }
  return most;
}

export function isTraditional(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  // a cheap bound first: simplified text rarely holds more than a few changeable characters
  const most = mostChanged(sample);
  if (most !== undefined && most < 3) return false;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han === 0) return false;
  if (most !== undefined && most / han < TRADITIONAL_SHARE) return false;
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
