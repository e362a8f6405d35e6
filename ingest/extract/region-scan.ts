/**
 * Reading division names in running text: at each position the longest surface the division table
 * knows, resolved by closeness to the context (the plan's region and divisions read just before).
 * Short forms (天心, 株洲) count only inside the plan's province and not as part of a landmark.
 */
import type { RegionInfo } from "./knowledge.ts";
import { chooseRegion, regionDictionary, regionsNamed, within } from "./knowledge.ts";
import { LANDMARK_AFTER } from "./lexicon/regions.ts";
import { Trie } from "./trie.ts";

export interface RegionHit {
  start: number;
  end: number;
  region: RegionInfo;
  kind: "full" | "alias" | "former" | "short";
}

const landmarks = new Trie<string>();
for (const w of LANDMARK_AFTER) landmarks.add(w, w);

const MAX_LEN = 12;

/** Division mentions in `text`; `context` holds codes of the plan region and its parent. */
export function scanRegions(text: string, context: readonly string[], province?: string, anywhere = false): RegionHit[] {
  const hits: RegionHit[] = [];
  const dict = regionDictionary();
  // the context (and its memo key) changes only when a division is found, not per candidate
  let ctx: readonly string[] = context;
  let ctxKey = context.join(",");
  for (let i = 0; i < text.length; ) {
    let found: RegionHit | null = null;
    // longest first
    for (let k = dict.endsAt(text, i, ENDS) - 1; k >= 0; k--) {
      const len = ENDS[k]! - i;
      if (len < 2 || len > MAX_LEN) continue;
      const surface = text.slice(i, i + len);
      const resolved = resolve(surface, ctx, ctxKey);
      if (!resolved) continue;
      const { region, kind } = resolved;
      // a title names its place in full wherever it is (no plan context yet)
      if (!(anywhere && kind === "full" && region.level !== "town") && !acceptable(text, i + len, region, kind, ctx, province)) continue;
      found = { start: i, end: i + len, region, kind };
      break;
    }
    if (found) {
      hits.push(found);
      ctx = [...context, found.region.code];
      ctxKey = ctx.join(",");
      i = found.end;
    } else i++;
  }
  return hits;
}

/** Reused by every probe of `scanRegions` (read before the next probe). */
const ENDS: number[] = [];

// choosing among candidates walks parent chains: remember the answer per surface and context
const memo = new Map<string, { region: RegionInfo; kind: RegionHit["kind"] } | null>();

function resolve(surface: string, ctx: readonly string[], ctxKey: string): { region: RegionInfo; kind: RegionHit["kind"] } | null {
  const key = `${surface}|${ctxKey}`;
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  const named = regionsNamed(surface);
  if (named.length === 0) return null;
  const region = chooseRegion(named.map((n) => n.region), ctx);
  const out = region ? { region, kind: named.find((n) => n.region.code === region.code)?.kind ?? "full" } : null;
  if (memo.size > 50_000) memo.clear();
  memo.set(key, out);
  return out;
}

function acceptable(text: string, end: number, region: RegionInfo, kind: RegionHit["kind"], ctx: readonly string[], province?: string): boolean {
  const home = province ?? ctx[0]?.slice(0, 2).padEnd(6, "0");
  const inHome = home ? within(region.code, home) : false;
  // town names repeat across the country: only the plan's own city counts
  if (region.level === "town") {
    const city = ctx[0] ? ctx[0].slice(0, 4).padEnd(6, "0") : undefined;
    if (!city || !within(region.code, city)) return false;
  }
  // a landmark after the name (芙蓉路, 韶山南路, 天心阁) makes it part of that landmark
  if (landmarks.longestAt(text, end) || (/[东西南北中]/u.test(text.charAt(end)) && landmarks.longestAt(text, end + 1))) return false;
  // outside the plan's province only provinces and cities are written in full; other levels collide with words (老城区, 江城区)
  if (kind !== "short") return inHome || region.level === "province" || (region.level === "city" && kind === "full");
  return inHome;
}
