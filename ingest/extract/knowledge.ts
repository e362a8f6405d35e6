/**
 * The one place the extractor touches the shared lexicons (regions, industries, strategies): it turns
 * them into tries for scanning text and into small lookups the passes use. Built once, lazily.
 */
import type { RegionLevel, StrategyScope } from "../../graph/schema.ts";
import { INDUSTRIES, matchIndustry } from "../lexicon/industries.ts";
import { isWithin, lookupRegionSurfaces, parentChain, pickRegion, regionByCode, regionSurfaces, townsByShortForm } from "../lexicon/regions.ts";
import type { RegionMatchKind } from "../lexicon/regions.ts";
import { STRATEGIES, matchStrategy } from "../lexicon/strategies.ts";
import { Trie } from "./trie.ts";

export interface RegionInfo {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode?: string;
}

export interface IndustryHit {
  canonical: string;
  broader?: string;
}

export interface StrategyHit {
  name: string;
  scope?: StrategyScope;
}

let regionTrie: Trie<string> | undefined;

/** Every surface the division table knows, as a trie (the value is the surface itself). */
export function regionDictionary(): Trie<string> {
  if (!regionTrie) {
    const t = new Trie<string>();
    for (const surface of regionSurfaces().keys()) t.add(surface, surface);
    regionTrie = t;
  }
  return regionTrie;
}

let industryTrie: Trie<IndustryHit> | undefined;
let strategyTrie: Trie<StrategyHit> | undefined;

export function industryDictionary(): Trie<IndustryHit> {
  if (!industryTrie) {
    const t = new Trie<IndustryHit>();
    for (const e of INDUSTRIES) {
      const hit: IndustryHit = e.broader ? { canonical: e.name, broader: e.broader } : { canonical: e.name };
      for (const form of [e.name, ...e.aliases]) t.add(form, hit);
    }
    industryTrie = t;
  }
  return industryTrie;
}

export function strategyDictionary(): Trie<StrategyHit> {
  if (!strategyTrie) {
    const t = new Trie<StrategyHit>();
    for (const s of STRATEGIES) {
      const hit: StrategyHit = s.scope ? { name: s.name, scope: s.scope } : { name: s.name };
      for (const form of [s.name, ...s.aliases]) t.add(form, hit);
    }
    strategyTrie = t;
  }
  return strategyTrie;
}

/** Industry lookups by surface: the passes ask about the same few thousand surfaces again and again. */
const industryMemo = new Map<string, IndustryHit | null>();
/** Past this many surfaces the memo starts afresh, so a long run's memory stays bounded. */
const INDUSTRY_MEMO_MAX = 50_000;

/** The taxonomy entry a surface names; the hit is shared between callers, who only read it. */
export function industryOf(surface: string): IndustryHit | null {
  const memo = industryMemo.get(surface);
  if (memo !== undefined) return memo;
  const m = matchIndustry(surface);
  const hit: IndustryHit | null = !m ? null : m.broader ? { canonical: m.canonical, broader: m.broader } : { canonical: m.canonical };
  if (industryMemo.size >= INDUSTRY_MEMO_MAX) industryMemo.clear();
  industryMemo.set(surface, hit);
  return hit;
}

export function strategyOf(surface: string): StrategyHit | null {
  const m = matchStrategy(surface);
  if (!m) return null;
  return m.scope ? { name: m.name, scope: m.scope } : { name: m.name };
}

/** The towns inside `within` whose name is `short` plus 镇/乡/街道. */
export function townsNamedShort(short: string, withinCode: string): RegionInfo[] {
  const all = townsByShortForm(short);
  return all.length === 0 ? [] : all.filter((r) => isWithin(r.code, withinCode)).map(toInfo);
}

/** The divisions a surface can name, with how it names them (full name, alias, former name, short form). */
export function regionsNamed(surface: string): Array<{ region: RegionInfo; kind: RegionMatchKind }> {
  return lookupRegionSurfaces(surface).map((s) => ({ region: toInfo(s.record), kind: s.kind }));
}

/** One division among candidates, chosen by closeness to the context codes; undefined when ambiguous. */
export function chooseRegion(candidates: readonly RegionInfo[], context: readonly string[]): RegionInfo | undefined {
  const records = candidates.map((c) => regionByCode(c.code)).filter((r) => r !== undefined);
  const r = pickRegion(records, context);
  return r ? toInfo(r) : undefined;
}

export function within(code: string, ancestor: string): boolean {
  return isWithin(code, ancestor);
}

export function regionAt(code: string): RegionInfo | undefined {
  const r = regionByCode(code);
  return r ? toInfo(r) : undefined;
}

/** Ancestors from the parent up to the province. */
export function ancestorsOf(code: string): RegionInfo[] {
  return parentChain(code).map(toInfo).filter((r) => r.code !== code);
}

function toInfo(r: { code: string; name: string; level: RegionLevel; parentCode?: string }): RegionInfo {
  return r.parentCode ? { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode } : { code: r.code, name: r.name, level: r.level };
}
