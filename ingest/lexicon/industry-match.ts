/**
 * Normalises an industry mention to the taxonomy: 轨道交通装备制造业 / 轨道交通产业集群 → 轨道交通.
 * Tries the surface as written, then with sector suffixes stripped, then without a generic modifier prefix.
 */
import { INDUSTRIES, type IndustryEntry } from "./industries.ts";

/** Sector suffixes writers attach to a sector name, longest first (产业集群 before 产业 before 业). */
export const INDUSTRY_SUFFIXES = [
  "产业集群", "产业体系", "产业链条", "产业链", "产业群", "产业", "集群", "行业", "装备制造业", "装备制造", "制造业",
  "服务业", "装备", "制造", "领域", "板块", "技术", "服务", "经济", "业",
] as const;

/** Modifiers that qualify a sector without changing it (现代金融 is 金融), tried only when nothing else matched. */
export const INDUSTRY_PREFIXES = ["现代", "新兴", "特色", "优势", "传统", "先进", "绿色", "高端", "智能", "新型", "高新技术", "高附加值"] as const;

export interface IndustryMatch {
  canonical: string;
  broader?: string;
}

let index: Map<string, IndustryEntry> | undefined;
let byName: Map<string, IndustryEntry> | undefined;

function normalize(surface: string): string {
  return surface.normalize("NFKC").replace(/[\s“”"'‘’《》]/gu, "");
}

// Built on first use: industries.ts re-exports this module, so INDUSTRIES is not ready at load time.
function ensureIndex(): Map<string, IndustryEntry> {
  if (!index) {
    index = new Map();
    byName = new Map();
    for (const entry of INDUSTRIES) {
      byName.set(entry.name, entry);
      for (const form of [entry.name, ...entry.aliases]) {
        const key = normalize(form);
        // A canonical name always wins over another entry's alias.
        if (!index.has(key) || form === entry.name) index.set(key, entry);
      }
    }
  }
  return index;
}

/** The surface with suffixes stripped, breadth first: least stripped first. */
function stems(surface: string): string[] {
  const seen = new Set([surface]);
  const queue = [surface];
  for (let i = 0; i < queue.length && i < 32; i++) {
    const s = queue[i] as string;
    for (const suffix of INDUSTRY_SUFFIXES) {
      if (!s.endsWith(suffix) || s.length - suffix.length < 2) continue;
      const stem = s.slice(0, -suffix.length);
      if (!seen.has(stem)) {
        seen.add(stem);
        queue.push(stem);
      }
    }
  }
  return queue;
}

function toMatch(entry: IndustryEntry): IndustryMatch {
  return entry.broader ? { canonical: entry.name, broader: entry.broader } : { canonical: entry.name };
}

/** The taxonomy entry a surface names, or null when it names none. */
export function matchIndustry(surface: string): IndustryMatch | null {
  const idx = ensureIndex();
  const s = normalize(surface);
  if (s.length === 0) return null;
  for (const stem of stems(s)) {
    const hit = idx.get(stem);
    if (hit) return toMatch(hit);
  }
  for (const prefix of INDUSTRY_PREFIXES) {
    if (!s.startsWith(prefix) || s.length - prefix.length < 2) continue;
    for (const stem of stems(s.slice(prefix.length))) {
      const hit = idx.get(stem);
      if (hit) return toMatch(hit);
    }
  }
  return null;
}

export function industryByName(name: string): IndustryEntry | undefined {
  ensureIndex();
  return byName?.get(name);
}

/** The industry and its broader sectors, narrowest first, ending at a root (轨道交通 → 高端装备制造 → 战略性新兴产业). */
export function broaderChain(name: string): string[] {
  const chain: string[] = [];
  for (let e = industryByName(name); e && !chain.includes(e.name); e = e.broader ? industryByName(e.broader) : undefined) {
    chain.push(e.name);
  }
  return chain;
}

/** Direct narrower sectors of an industry. */
export function narrowerOf(name: string): string[] {
  return INDUSTRIES.filter((e) => e.broader === name).map((e) => e.name);
}
