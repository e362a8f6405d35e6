/**
 * Pass 2 — regions: every division name the table knows (full names anywhere, short forms inside the
 * plan's province), plus the plan's collective self-references (全区 → the plan region, 全市 → its
 * parent, 全省 → the province) so those surfaces become aliases of the right node.
 */
import { propose } from "../context.ts";
import type { Ctx } from "../context.ts";
import { ancestorsOf, regionAt } from "../knowledge.ts";
import type { RegionInfo } from "../knowledge.ts";
import { COLLECTIVE_REFERENCES } from "../lexicon/regions.ts";
import { scanRegions } from "../region-scan.ts";

export function regions(ctx: Ctx): void {
  const self = ctx.plan.regionCode ? regionAt(ctx.plan.regionCode) : undefined;
  const chain = self ? ancestorsOf(self.code) : [];
  const context = self ? [self.code] : [];
  const province = chain.find((r) => r.level === "province") ?? (self?.level === "province" ? self : undefined);
  for (const s of ctx.sentences) {
    for (const hit of scanRegions(s.text, context, province?.code)) {
      propose(ctx, {
        type: "Region", sentence: s.index, start: hit.start, end: hit.end, surface: s.text.slice(hit.start, hit.end),
        name: hit.region.name, attrs: regionAttrs(hit.region), rule: `region-${hit.kind}`, confidence: hit.kind === "short" ? 0.75 : 0.95,
      });
    }
    if (!self) continue;
    for (const ref of COLLECTIVE_REFERENCES) {
      // in a county-level city's plan 全市 is the plan's own city
      const selfIsCity = self.level === "county" && self.name.endsWith("市");
      const target = ref.refers === "self" || (ref.refers === "parent" && selfIsCity) ? self : ref.refers === "parent" ? chain[0] : province;
      if (!target) continue;
      for (let i = s.text.indexOf(ref.surface); i >= 0; i = s.text.indexOf(ref.surface, i + 1)) {
        propose(ctx, {
          type: "Region", sentence: s.index, start: i, end: i + ref.surface.length, surface: ref.surface,
          name: target.name, attrs: regionAttrs(target), rule: "region-collective", confidence: 0.6,
        });
      }
    }
  }
}

export function regionAttrs(r: RegionInfo): { code: string; level: RegionInfo["level"]; parent?: string } {
  const parent = r.parentCode ? regionAt(r.parentCode) : undefined;
  return parent ? { code: r.code, level: r.level, parent: parent.name } : { code: r.code, level: r.level };
}
