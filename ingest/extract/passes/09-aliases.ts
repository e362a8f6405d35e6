/**
 * Pass 9 — one name per thing inside the document. Zone surfaces that differ only in official spelling
 * (株洲高新区 / 株洲高新技术产业开发区 / 株洲国家高新技术产业开发区) become one zone under its longest
 * form; a bare abbreviation (高新区, 经开区) becomes the one zone of that kind the document names in full,
 * and is dropped when there is none or several.
 */
import type { Candidate, Ctx } from "../context.ts";
import { PARK_ABBREVIATIONS, PARK_NAME_FOLDS } from "../lexicon/parks.ts";

export function parkKey(name: string): string {
  let k = name.replace(/[（）()]/gu, "");
  for (const [pattern, replacement] of PARK_NAME_FOLDS) k = k.replace(pattern, replacement);
  return k;
}

export function aliases(ctx: Ctx): void {
  const parks: Candidate[] = [];
  for (const list of ctx.chosen.values()) for (const c of list) if (c.type === "Park" && c.rule !== "park-abbreviation") parks.push(c);
  // longest surface per fold key becomes the canonical name
  const canonical = new Map<string, string>();
  for (const p of parks) {
    const k = parkKey(p.name);
    const cur = canonical.get(k);
    if (!cur || p.name.length > cur.length) canonical.set(k, p.name);
  }
  for (const p of parks) p.name = canonical.get(parkKey(p.name)) ?? p.name;
  const names = [...new Set(canonical.values())];
  for (const [sentence, list] of ctx.chosen) {
    const kept: Candidate[] = [];
    for (const c of list) {
      if (c.type === "Park" && c.rule === "park-abbreviation") {
        const abbr = PARK_ABBREVIATIONS.find((a) => a.short === c.surface);
        const targets = abbr ? names.filter((n) => n !== c.surface && abbr.full.some((f) => n.endsWith(f))) : [];
        const preferred = targets.length > 1 ? targets.filter((n) => ctx.plan.titleParks.includes(n)) : targets;
        if (preferred.length !== 1 || !preferred[0]) continue;
        c.name = preferred[0];
      }
      kept.push(c);
    }
    ctx.chosen.set(sentence, kept);
  }
}
