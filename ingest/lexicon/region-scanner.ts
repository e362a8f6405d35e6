/**
 * Finds division names in text in one left-to-right pass: a first-character index lists, per character, the
 * lengths of the surface forms that start with it, so each position costs a few hash lookups (linear in the text).
 */
import type { RegionLevel } from "../../graph/schema.ts";
import { isCompassCompound, LANDMARK_HEADS, splitsDaWord, WATER_NAMES } from "./region-names.ts";
import { regionSurfaces, type RegionMatchKind, type RegionRecord, type RegionSurface } from "./regions.ts";

export interface RegionMention {
  start: number;
  end: number;
  surface: string;
  /** Best reading first (see lookupRegion); more than one means the extractor must decide by context. */
  candidates: RegionRecord[];
  /** How the surface names the first candidate. */
  kind: RegionMatchKind;
}

export interface RegionScanOptions {
  /**
   * Codes of the divisions the text is about (e.g. ["430000"] or ["430200"]). Short forms of county-level
   * divisions (天心, 荷塘) and town names are only read inside them: nationwide, two-character county short forms
   * collide with ordinary words (南部, 新建, 大城) and town names with phrases (小城镇, 中心镇).
   * Full names of provinces, cities and counties, and short forms of provinces and cities, are read everywhere.
   */
  context?: readonly string[];
  /** Match short forms at all; default true. */
  shortForms?: boolean;
  /** Levels to report; default every level. */
  levels?: readonly RegionLevel[];
}

export type RegionScanner = (text: string) => RegionMention[];

/** 430000 → "43", 430200 → "4302", 430103 → "430103": the code prefix shared by everything inside. */
export function insidePrefix(code: string): string {
  if (code.length === 6 && code.endsWith("0000")) return code.slice(0, 2);
  if (code.length === 6 && code.endsWith("00")) return code.slice(0, 4);
  return code;
}

/**
 * 滨江区域 is 滨江 + 区域 (area), 增城市场 is 增城 + 市场 (market): when the unit character of a full name forms a
 * word with the next character, the full name is not what is written, and a shorter reading is tried instead.
 */
const UNIT_WORDS = new Set(["区域", "区位", "区块", "区间", "县域", "市场", "市域", "市值", "镇域", "乡域"]);
export function joinsNextWord(surface: string, next: string | undefined): boolean {
  return next !== undefined && UNIT_WORDS.has(`${surface[surface.length - 1]}${next}`);
}

/**
 * A short form that runs into a river (滨临湘江), a landmark (芙蓉路, 天心阁) or a compass region (湘西北), or
 * whose 大 belongs to the word before it (扩大连锁).
 */
function shortFormBroken(text: string, start: number, len: number): boolean {
  const end = start + len;
  if (splitsDaWord(text.slice(start, end), text[start - 1])) return true;
  if (WATER_NAMES.has(text.slice(end - 1, end + 1))) return true;
  if (isCompassCompound(text.slice(start, end), text[end])) return true;
  if (text.startsWith("街道", end)) return false;
  return LANDMARK_HEADS.some((head) => text.startsWith(head, end));
}

/** Builds a scanner once for a set of options; reuse it across documents. */
export function createRegionScanner(options: RegionScanOptions = {}): RegionScanner {
  const shortForms = options.shortForms ?? true;
  const levels = options.levels ? new Set(options.levels) : undefined;
  const prefixes = (options.context ?? []).map(insidePrefix);
  const inContext = (code: string): boolean => prefixes.some((p) => code.startsWith(p));
  const keep = (s: RegionSurface): boolean => {
    const { level, code } = s.record;
    if (levels && !levels.has(level)) return false;
    if (level === "town") return inContext(code);
    if (s.kind !== "short") return true;
    return shortForms && (level === "province" || level === "city" || inContext(code));
  };
  // A short county-level full name outside the context (增城区 in 新增城区, 江城区 in 沿江城区) is read only right
  // after its own city or province (杭州滨江区); inside the context, or four characters and longer, it stands alone.
  const needsParent = (s: RegionSurface, surface: string): boolean =>
    (s.record.level === "district" || s.record.level === "county") && !inContext(s.record.code) && surface.length <= 3;

  const surfaces = new Map<string, Array<RegionSurface & { needsParent: boolean }>>();
  const lengthsByFirst = new Map<string, number[]>();
  for (const [surface, list] of regionSurfaces()) {
    // 城区, 市中区 and the like are ordinary words in running text; lookupRegion still knows them.
    if (list.some((s) => s.generic)) continue;
    const kept = list.filter(keep).map((s) => ({ ...s, needsParent: needsParent(s, surface) }));
    if (kept.length === 0) continue;
    surfaces.set(surface, kept);
    const first = surface[0] as string;
    const lengths = lengthsByFirst.get(first) ?? [];
    if (!lengths.includes(surface.length)) lengths.push(surface.length);
    lengthsByFirst.set(first, lengths);
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);

  return (text: string): RegionMention[] => {
    const mentions: RegionMention[] = [];
    let i = 0;
    while (i < text.length) {
      const lengths = lengthsByFirst.get(text[i] as string);
      let matched = 0;
      // Longest match wins: 长沙县 over 长沙, 津市市 over 津市.
      for (const len of lengths ?? []) {
        if (i + len > text.length) continue;
        const surface = text.slice(i, i + len);
        const listed = surfaces.get(surface);
        if (!listed || joinsNextWord(surface, text[i + len])) continue;
        const previous = mentions[mentions.length - 1];
        const afterParent = (code: string): boolean =>
          previous !== undefined && previous.end === i && previous.candidates.some((c) => code.startsWith(insidePrefix(c.code)));
        const found = listed.filter(
          (s) => (!s.needsParent || afterParent(s.record.code)) && !(s.kind === "short" && shortFormBroken(text, i, len)),
        );
        const first = found[0];
        if (!first) continue;
        mentions.push({ start: i, end: i + len, surface, candidates: found.map((s) => s.record), kind: first.kind });
        matched = len;
        break;
      }
      i += matched || 1;
    }
    return mentions;
  };
}

const scanners = new Map<string, RegionScanner>();
function cachedScanner(context: readonly string[]): RegionScanner {
  const key = [...context].sort().join(",");
  let scanner = scanners.get(key);
  if (!scanner) {
    scanner = createRegionScanner({ context });
    scanners.set(key, scanner);
  }
  return scanner;
}

/**
 * The provinces a text is about, read from the full names it uses (天心区, 株洲市): the province(s) named most
 * often through unambiguous full names. Used as context when none is given.
 */
export function inferRegionContext(text: string): string[] {
  const votes = new Map<string, number>();
  for (const m of cachedScanner([])(text)) {
    if (m.kind === "short" || m.candidates.length !== 1) continue;
    const province = `${(m.candidates[0] as RegionRecord).code.slice(0, 2)}0000`;
    votes.set(province, (votes.get(province) ?? 0) + 1);
  }
  const top = Math.max(0, ...votes.values());
  return top === 0 ? [] : [...votes].filter(([, n]) => n === top).map(([code]) => code);
}

/**
 * Division names in `text`, leftmost-longest and non-overlapping. `context` gates county short forms and towns
 * (see RegionScanOptions); without it, the context is inferred from the text's own full names.
 */
export function findRegionMentions(text: string, context?: readonly string[]): RegionMention[] {
  return cachedScanner(context ?? inferRegionContext(text))(text);
}
