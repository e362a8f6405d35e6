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
  // the context changes only when a division is found: what depends on it is worked out then, not per candidate
  let scope = scopeOf(context, province);
  for (let i = 0; i < text.length; ) {
    let found: RegionHit | null = null;
    // longest first
    for (let k = dict.endsAt(text, i, ENDS, SURFACES, 2) - 1; k >= 0; k--) {
      const len = ENDS[k]! - i;
      if (len < 2 || len > MAX_LEN) continue;
      // the dictionary's value is the surface itself (regionDictionary), so no slice of the text is made
      const surface = SURFACES[k]![0]!;
      const resolved = resolve(surface, scope);
      if (!resolved) continue;
      const { region, kind } = resolved;
      // a title names its place in full wherever it is (no plan context yet)
      if (!(anywhere && kind === "full" && region.level !== "town") && !acceptable(text, i + len, region, kind, scope)) continue;
      found = { start: i, end: i + len, region, kind };
      break;
    }
    if (found) {
      hits.push(found);
      scope = scopeOf([...context, found.region.code], province);
      i = found.end;
    } else i++;
  }
  return hits;
}

/** Reused by every probe of `scanRegions` (read before the next probe). */
const ENDS: number[] = [];
const SURFACES: string[][] = [];

/** The context codes of a scan, with what acceptance and the memo derive from them. */
interface Scope {
  ctx: readonly string[];
  /** The memo key of ctx. */
  key: string;
  /** The province whose short forms count, and the city whose towns do. */
  home: string | undefined;
  city: string | undefined;
}

function scopeOf(ctx: readonly string[], province: string | undefined): Scope {
  return {
    ctx, key: ctx.join(","), home: province ?? ctx[0]?.slice(0, 2).padEnd(6, "0"), city: ctx[0] ? ctx[0].slice(0, 4).padEnd(6, "0") : undefined,
  };
}

type Resolved = { region: RegionInfo; kind: RegionHit["kind"] } | null;

// choosing among candidates walks parent chains: remember the answer per surface and context
// (surface first: a lexicon string, so neither key is built per candidate)
const memo = new Map<string, Map<string, Resolved>>();
let memoSize = 0;

function resolve(surface: string, scope: Scope): Resolved {
  let bySurface = memo.get(surface);
  const cached = bySurface?.get(scope.key);
  if (cached !== undefined) return cached;
  const named = regionsNamed(surface);
  if (named.length === 0) return null;
  const region = chooseRegion(named.map((n) => n.region), scope.ctx);
  const out = region ? { region, kind: named.find((n) => n.region.code === region.code)?.kind ?? "full" } : null;
  if (memoSize > 50_000) {
    memo.clear();
    memoSize = 0;
    bySurface = undefined;
  }
  if (bySurface === undefined) memo.set(surface, (bySurface = new Map()));
  bySurface.set(scope.key, out);
  memoSize += 1;
  return out;
}

function acceptable(text: string, end: number, region: RegionInfo, kind: RegionHit["kind"], scope: Scope): boolean {
  const { home, city } = scope;
  const inHome = home ? within(region.code, home) : false;
  // town names repeat across the country: only the plan's own city counts
  if (region.level === "town") {
    if (!city || !within(region.code, city)) return false;
  }
  // a landmark after the name (芙蓉路, 韶山南路, 天心阁) makes it part of that landmark
  if (landmarks.longestEndAt(text, end) >= 0 || (/[东西南北中]/u.test(text.charAt(end)) && landmarks.longestEndAt(text, end + 1) >= 0)) return false;
  // outside the plan's province only provinces and cities are written in full; other levels collide with words (老城区, 江城区)
  if (kind !== "short") return inHome || region.level === "province" || (region.level === "city" && kind === "full");
  return inHome;
}
