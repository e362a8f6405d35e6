/**
 * Pass 2 — regions: every division name the table knows (full names anywhere, short forms inside the
 * plan's province), plus the plan's collective self-references (全区 → the plan region, 全市 → its
 * parent, 全省 → the province) so those surfaces become aliases of the right node.
 */
import { propose } from "../context.ts";
import type { Ctx } from "../context.ts";
import { ancestorsOf, regionAt, townsNamedShort } from "../knowledge.ts";
import { enumerations } from "../lists.ts";
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
    townList(ctx, s.index, s.text, self.code);
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

/**
 * Towns named by their short forms in a list of them (群丰、雷打石、三门，…): a town's short form alone is
 * too often another word, but a list whose every item is a town of the plan's region names those towns.
 */
function townList(ctx: Ctx, sentence: number, text: string, selfCode: string): void {
  for (const list of enumerations(text, 8)) {
    if (list.items.length < 2) continue;
    const last = list.items.length - 1;
    // the list's ends may carry the words around it (包括群丰 … 三门在内): the first item is read from its end,
    // the last from its start; inner items first, as most lists are not of towns and fail there at once
    const order = [...list.items.keys()].sort((a, b) => Number(a === 0 || a === last) - Number(b === 0 || b === last));
    const towns: Array<{ start: number; end: number; town: RegionInfo } | undefined> = [];
    for (const k of order) {
      const it = list.items[k]!;
      const spans: Array<[number, number]> = [[it.start, it.end]];
      for (let cut = 1; cut <= 3 && it.text.length - cut >= 2; cut++) {
        if (k === 0) spans.push([it.start + cut, it.end]);
        if (k === last) spans.push([it.start, it.end - cut]);
      }
      for (const [start, end] of spans) {
        const town = townOf(text.slice(start, end), selfCode);
        if (town) {
          towns[k] = { start, end, town };
          break;
        }
      }
      if (!towns[k]) break;
    }
    if (order.some((k) => !towns[k])) continue;
    for (const t of towns) {
      const { start, end, town } = t!;
      propose(ctx, { type: "Region", sentence, start, end, surface: text.slice(start, end), name: town.name, attrs: regionAttrs(town), rule: "region-town-list", confidence: 0.7 });
    }
  }
}

/** The one town of the plan's region a short form names. */
function townOf(short: string, selfCode: string): RegionInfo | undefined {
  const found = townsNamedShort(short, selfCode);
  return found.length === 1 ? found[0] : undefined;
}

export function regionAttrs(r: RegionInfo): { code: string; level: RegionInfo["level"]; parent?: string } {
  const parent = r.parentCode ? regionAt(r.parentCode) : undefined;
  return parent ? { code: r.code, level: r.level, parent: parent.name } : { code: r.code, level: r.level };
}
