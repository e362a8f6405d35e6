/**
 * Chinese administrative divisions (GB/T 2260 codes, from the committed divisions.generated.json): lookup by
 * full name, short form or former name, parent chains, and choosing among candidates by document context.
 */
import { readFileSync } from "node:fs";
import type { RegionLevel } from "../../graph/schema.ts";
import { FORMER_NAMES } from "./region-renames.ts";
import { GENERIC_FULL_NAMES, levelOf, nameForms } from "./region-names.ts";

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  /** Code of the enclosing division; absent for provinces. Placeholder rows (市辖区, 省直辖…) are skipped. */
  parentCode?: string;
  /** The form writers use without the administrative suffix (天心 for 天心区), when it is usable. */
  shortName?: string;
}

/** How a surface form names a division: its full name, a complete alternative, a former name, or a short form. */
export type RegionMatchKind = "full" | "alias" | "former" | "short";

export interface RegionSurface {
  record: RegionRecord;
  kind: RegionMatchKind;
  /** The surface is also an ordinary word (城区, 市中区, 范县 in 示范县): do not read it in running text alone. */
  generic?: true;
}

interface DivisionTable {
  source: string;
  rows: Array<[string, string]>;
}

const table = JSON.parse(readFileSync(new URL("./divisions.generated.json", import.meta.url), "utf8")) as DivisionTable;

/** The package and version the table was generated from. */
export const DIVISIONS_SOURCE = table.source;

/** The table keeps the package's short prefixes (43, 4301); records carry six-digit GB/T 2260 codes (430000, 430100). */
function gbCode(raw: string): string {
  return raw.length < 6 ? raw.padEnd(6, "0") : raw;
}

const byCode = new Map<string, RegionRecord>();
const rawCodes = new Set(table.rows.map(([code]) => code));
for (const [raw, name] of table.rows) {
  const level = levelOf(raw, name);
  const record: RegionRecord = { code: gbCode(raw), name, level };
  // The parent is the longest existing prefix: a municipality's districts (1101xx under the skipped 市辖区 row)
  // and 省直辖 county-level cities (419001 济源市) hang straight from their province.
  const parent = [6, 4, 2].map((len) => raw.slice(0, len)).find((p) => p.length < raw.length && rawCodes.has(p));
  if (parent) record.parentCode = gbCode(parent);
  const short = nameForms(name, level).short[0];
  if (short) record.shortName = short;
  byCode.set(record.code, record);
}

const KIND_RANK: Record<RegionMatchKind, number> = { full: 0, alias: 1, former: 2, short: 3 };
const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, district: 2, county: 2, town: 3 };

const index = new Map<string, RegionSurface[]>();
function addSurface(surface: string, record: RegionRecord, kind: RegionMatchKind): void {
  const list = index.get(surface) ?? [];
  if (list.some((s) => s.record === record)) return;
  list.push(GENERIC_FULL_NAMES.has(surface) ? { record, kind, generic: true } : { record, kind });
  index.set(surface, list);
}
for (const record of byCode.values()) {
  // Two-character town names (街道, 张镇) are words or far too ambiguous to stand for a place.
  if (record.level === "town" && record.name.length < 3) continue;
  addSurface(record.name, record, "full");
  const forms = nameForms(record.name, record.level);
  for (const alias of forms.aliases) addSurface(alias, record, "alias");
  for (const short of forms.short) addSurface(short, record, "short");
}
for (const { code, former } of FORMER_NAMES) {
  const record = byCode.get(code);
  if (record) addSurface(former, record, "former");
}
// Full names first, then complete aliases, former names, short forms; within a kind, larger divisions first.
for (const list of index.values()) {
  list.sort(
    (a, b) =>
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      LEVEL_RANK[a.record.level] - LEVEL_RANK[b.record.level] ||
      (a.record.code < b.record.code ? -1 : 1),
  );
}

/** Every division the surface form can name, best reading first; empty when none. */
export function lookupRegion(surface: string): RegionRecord[] {
  return (index.get(surface.replace(/\s+/gu, "")) ?? []).map((s) => s.record);
}

/** Like lookupRegion, with how the surface names each candidate. */
export function lookupRegionSurfaces(surface: string): readonly RegionSurface[] {
  return index.get(surface.replace(/\s+/gu, "")) ?? [];
}

export function regionByCode(code: string): RegionRecord | undefined {
  return byCode.get(code);
}

/** The division and its ancestors, child first, ending at the province. Empty for an unknown code. */
export function parentChain(code: string): RegionRecord[] {
  const chain: RegionRecord[] = [];
  for (let record = byCode.get(code); record; record = record.parentCode ? byCode.get(record.parentCode) : undefined) {
    chain.push(record);
  }
  return chain;
}

/** True when `code` lies inside the division `ancestor` (or is it). */
export function isWithin(code: string, ancestor: string): boolean {
  return parentChain(code).some((r) => r.code === ancestor);
}

/** Every surface form in the index with its candidates (for scanners). */
export function regionSurfaces(): ReadonlyMap<string, readonly RegionSurface[]> {
  return index;
}

let townsByShort: Map<string, RegionRecord[]> | undefined;

/** Towns by their name without 镇/乡/街道 (群丰 → 群丰镇 …, every province): for lists of towns written short. */
export function townsByShortForm(short: string): readonly RegionRecord[] {
  if (!townsByShort) {
    townsByShort = new Map();
    for (const record of byCode.values()) {
      if (record.level !== "town") continue;
      const bare = record.name.replace(/(?:镇|乡|街道)$/u, "");
      if (bare === record.name || bare.length < 2) continue;
      const list = townsByShort.get(bare) ?? [];
      list.push(record);
      townsByShort.set(bare, list);
    }
  }
  return townsByShort.get(short) ?? [];
}

/** Number of divisions per level, for reports and tests. */
export function regionCounts(): Record<RegionLevel, number> {
  const counts: Record<RegionLevel, number> = { province: 0, city: 0, district: 0, county: 0, town: 0 };
  for (const record of byCode.values()) counts[record.level] += 1;
  return counts;
}

/**
 * Chooses one division among candidates, or undefined when the choice stays ambiguous.
 * 1. Keep the candidates closest to the context (longest shared ancestor with any context code, e.g. the
 *    document's region), so 天元 in a Zhuzhou plan is 天元区 of 株洲市.
 * 2. Drop a candidate that lies inside another candidate: 长沙 names 长沙市 rather than its 长沙县, and
 *    岳阳 names 岳阳市 rather than 岳阳县 — the county named after its prefecture is written in full.
 */
export function pickRegion(candidates: readonly RegionRecord[], contextCodes: readonly string[] = []): RegionRecord | undefined {
  if (candidates.length <= 1) return candidates[0];
  const contextChains = contextCodes.map((c) => new Set(parentChain(c).map((r) => r.code)));
  // Depth of the deepest ancestor shared with the context: 1 for the same province, 2 for the same city …
  const affinity = (record: RegionRecord): number => {
    const chain = parentChain(record.code);
    const shared = chain.findIndex((ancestor) => contextChains.some((c) => c.has(ancestor.code)));
    return shared < 0 ? 0 : chain.length - shared;
  };
  const scored = candidates.map((record) => ({ record, score: affinity(record) }));
  const top = Math.max(...scored.map((s) => s.score));
  const closest = scored.filter((s) => s.score === top).map((s) => s.record);
  const outermost = closest.filter((r) => !closest.some((other) => other !== r && isWithin(r.code, other.code)));
  return outermost.length === 1 ? outermost[0] : undefined;
}
