/**
 * Pass 1 — what the document is about: the region its title names (the most specific division, e.g.
 * 天心区 in 长沙市天心区…规划纲要), its parent, and the zones the title names beside it. A title without
 * a place (a news story) falls back to the division the opening sentences name most specifically.
 */
import type { Ctx } from "../context.ts";
import { ancestorsOf } from "../knowledge.ts";
import type { RegionInfo } from "../knowledge.ts";
import { scanRegions } from "../region-scan.ts";

const DEPTH: Record<string, number> = { province: 0, city: 1, district: 2, county: 2, town: 3 };

export function planRegion(ctx: Ctx, placeSurface: string): void {
  let best = deepest(scanRegions(placeSurface, [], undefined, true).map((h) => h.region));
  if (!best) {
    // news and untitled texts: the opening sentences, full names only
    const opening = ctx.sentences.slice(0, 15).map((s) => s.text).join("。");
    best = deepest(scanRegions(opening, [], undefined, true).filter((h) => h.kind !== "short").map((h) => h.region));
  }
  if (!best) return;
  ctx.plan.region = best.name;
  ctx.plan.regionCode = best.code;
  const parent = ancestorsOf(best.code)[0];
  if (parent) ctx.plan.parentRegion = parent.name;
  ctx.plan.meta.region = best.name;
  if (parent) ctx.plan.meta.parentRegion = parent.name;
}

function deepest(regions: RegionInfo[]): RegionInfo | undefined {
  let best: RegionInfo | undefined;
  for (const r of regions) if (!best || (DEPTH[r.level] ?? 0) > (DEPTH[best.level] ?? 0)) best = r;
  return best;
}
