/**
 * Reading division names in running text: at each position the longest surface the division table
 * knows, resolved by closeness to the context (the plan's region and divisions read just before).
 * Short forms (天心, 株洲) count only inside the plan's province and not as part of a landmark.
 */
import type { RegionInfo } from "./knowledge.ts";
import { chooseRegion, regionsNamed, within } from "./knowledge.ts";
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
export function scanRegions(text: string, context: readonly string[], province?: string): RegionHit[] {
  const hits: RegionHit[] = [];
  const ctx = [...context];
  for (let i = 0; i < text.length; ) {
    let found: RegionHit | null = null;
    for (let len = Math.min(MAX_LEN, text.length - i); len >= 2 && !found; len--) {
      const surface = text.slice(i, i + len);
      const named = regionsNamed(surface);
      if (named.length === 0) continue;
      const region = chooseRegion(named.map((n) => n.region), ctx);
      if (!region) continue;
      const kind = named.find((n) => n.region.code === region.code)?.kind ?? "full";
      if (!acceptable(text, i + len, region, kind, ctx, province)) continue;
      found = { start: i, end: i + len, region, kind };
    }
    if (found) {
      hits.push(found);
      ctx.push(found.region.code);
      i = found.end;
    } else i++;
  }
  return hits;
}

function acceptable(text: string, end: number, region: RegionInfo, kind: RegionHit["kind"], ctx: readonly string[], province?: string): boolean {
  const home = province ?? ctx[0]?.slice(0, 2).padEnd(6, "0");
  const inHome = home ? within(region.code, home) : false;
  // town names repeat across the country: only the plan's own city counts
  if (region.level === "town") {
    const city = ctx[0] ? ctx[0].slice(0, 4).padEnd(6, "0") : undefined;
    if (!city || !within(region.code, city)) return false;
  }
  if (kind !== "short") return true;
  if (landmarks.longestAt(text, end)) return false;
  return inHome || region.level === "province";
}
