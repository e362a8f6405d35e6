/**
 * Pass 4 — industries: (a) every sector the taxonomy knows, by its name or an alias; (b) `X产业 / X产业集群
 * / X服务业 …` where X is specific; (c) items of an enumeration whose head says they are sectors
 * (重点发展A、B、C等新兴服务业), or where most items are already known sectors.
 */
import { propose } from "../context.ts";
import type { Ctx } from "../context.ts";
import { industryDictionary, industryOf, regionDictionary } from "../knowledge.ts";
import type { IndustryHit } from "../knowledge.ts";
import type { Sentence } from "../../text/sentences.ts";
import { INDUSTRY_GENERIC_MODIFIERS, INDUSTRY_HEADS, INSTITUTION_BRANCHES, NOT_INDUSTRY, NOT_INDUSTRY_AFTER, NOT_INDUSTRY_BEFORE } from "../lexicon/industries.ts";
import { LIST_HEADS } from "../lexicon/lists.ts";
import { enumerations } from "../lists.ts";
import { madeOf, nameRunStart, nameStarts, plainName, wordTrie } from "../names.ts";

const heads = wordTrie(INDUSTRY_HEADS);
const generic = wordTrie(INDUSTRY_GENERIC_MODIFIERS);
const industryHead = LIST_HEADS.find((h) => h.type === "Industry")?.pattern;

/** Places, levels and positions that open a sector phrase without being part of it (市新能源汽车, 天心现代服务业, 沿线商贸). */
const PLACE_PREFIX = /^(?:全省|全市|全区|我省|我市|我区|本区|本市|省会|省级|市级|区级|国家级|沿线|沿江|沿河|沿街|周边|国家|省|市|区)/u;

function stripPlace(s: string): string {
  let out = s.replace(PLACE_PREFIX, "");
  const region = regionDictionary().longestAt(out, 0);
  if (region && out.length - region.end >= 2) out = out.slice(region.end);
  return out.replace(PLACE_PREFIX, "");
}

/** Canonical sector name for a surface: the taxonomy's, else the surface without its head. */
export function canonicalIndustry(surface: string): { name: string; broader?: string } | null {
  const plain = stripPlace(plainName(surface));
  const known = industryOf(plain);
  // top-level groupings are not sectors (see the taxonomy pass)
  if (known) return known.broader ? { name: known.canonical, broader: known.broader } : null;
  const bare = plain.replace(/(?:产业集群|产业链|产业|行业)$/u, "");
  const knownBare = bare !== plain ? industryOf(bare) : null;
  if (knownBare) return knownBare.broader ? { name: knownBare.canonical, broader: knownBare.broader } : null;
  if (bare.length < 2 || madeOf(bare, generic)) return null;
  const joined = sectorWithBranch(bare.replace(/业$/u, ""));
  if (joined) return joined;
  return { name: bare };
}

/** 金融保险 / 金融证券: a sector followed by a kind of its institutions is that sector. */
function sectorWithBranch(s: string): { name: string; broader?: string } | null {
  for (const branch of INSTITUTION_BRANCHES) {
    if (!s.endsWith(branch) || s.length <= branch.length) continue;
    const sector = industryOf(s.slice(0, -branch.length));
    if (sector?.broader && industryOf(branch)?.broader === sector.canonical) return { name: sector.canonical, broader: sector.broader };
  }
  return null;
}

type IndustryHits = Array<{ start: number; end: number; values: IndustryHit[] }>;

// Each reading of a sentence is a function of its own: V8 compiles (and, when a document brings an object of
// a new shape, recompiles) each part alone instead of one function many times larger.
export function industries(ctx: Ctx): void {
  const dict = industryDictionary();
  for (const s of ctx.sentences) {
    const hits = dict.scan(s.text);
    taxonomyNames(ctx, s, hits);
    modifiedHeads(ctx, s);
    modifiedSectors(ctx, s, hits);
    sectorLists(ctx, s);
  }
}

function taxonomyNames(ctx: Ctx, s: Sentence, hits: IndustryHits): void {
  const t = s.text;
  // (a) taxonomy names and aliases; two sector words written together are one compound sector
  // (文化 + 演艺 → 文化演艺, 供应链 + 金融 → 供应链金融), named by the taxonomy when it knows the compound
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    let v = hit?.values[0];
    if (!hit || !v) continue;
    const next = hits[h + 1];
    const head = next?.values[0];
    // only a modifier and its own narrower sector make a compound (文化 › 演艺), except a kind of the sector's
    // institutions, which joins it: 金融保险 is 金融
    if (next && head && next.start === hit.end && next.end - hit.start <= 6 && (head.broader === v.canonical || industryOf(t.slice(hit.start, next.end)))) {
      const compound = t.slice(hit.start, next.end);
      const known = industryOf(compound);
      v = known ?? (INSTITUTION_BRANCHES.has(head.canonical) && head.broader === v.canonical ? v : { canonical: compound, broader: head.canonical });
      hit.end = next.end;
      h++;
    }
    // a top-level word (服务业, 制造业) glued to the words before it is the head of a longer phrase
    // (科技创新创业服务业), not a mention of the whole sector
    // top-level groupings (制造业, 服务业, 战略性新兴产业) gather sectors; they are not a sector a place develops
    if (!v.broader) continue;
    let end = hit.end;
    const tail = heads.longestAt(t, end);
    if (tail) end = tail.end;
    if (NOT_INDUSTRY_AFTER.test(t.slice(end, end + 4)) || NOT_INDUSTRY_BEFORE.test(t.slice(Math.max(0, hit.start - 3), hit.start))) continue;
    propose(ctx, {
      type: "Industry", sentence: s.index, start: hit.start, end, surface: t.slice(hit.start, end), name: v.canonical,
      attrs: v.broader ? { broader: v.broader } : {}, rule: "industry-taxonomy", confidence: 0.9,
    });
  }
}

function modifiedHeads(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  // (b) a specific modifier before an industry head
  for (let i = 2; i < t.length; i++) {
    const h = heads.longestAt(t, i);
    if (!h) continue;
    const runStart = nameRunStart(t, i, 10);
    let start = nameStarts(t, runStart, i)[0] ?? runStart;
    start += t.slice(start, i).length - stripPlace(t.slice(start, i)).length;
    const surface = t.slice(start, h.end);
    if (NOT_INDUSTRY.test(t.slice(start, i))) continue;
    const canon = canonicalIndustry(surface);
    if (!canon || canon.name.length > 8 || !industryOf(canon.name)) continue;
    propose(ctx, {
      type: "Industry", sentence: s.index, start, end: h.end, surface, name: canon.name, attrs: canon.broader ? { broader: canon.broader } : {},
      rule: "industry-head", confidence: 0.7,
    });
  }
}

function modifiedSectors(ctx: Ctx, s: Sentence, hits: IndustryHits): void {
  const t = s.text;
  // (d) a short specific modifier before a known sector, the whole followed by 领域/产业/行业 (提升在高分子新材料领域)
  for (const hit of hits) {
    const v = hit.values[0];
    if (!v || !/^(?:产业|领域|行业|产业链|产业集群|企业)/u.test(t.slice(hit.end, hit.end + 3))) continue;
    const runStart = nameRunStart(t, hit.start, 6);
    const start = nameStarts(t, runStart, hit.start)[0] ?? runStart;
    const modifier = t.slice(start, hit.start);
    if (modifier.length < 2 || modifier.length > 3 || madeOf(modifier, generic) || NOT_INDUSTRY.test(modifier) || stripPlace(modifier) !== modifier) continue;
    const name = modifier + v.canonical;
    propose(ctx, {
      type: "Industry", sentence: s.index, start, end: hit.end, surface: t.slice(start, hit.end), name, attrs: { broader: v.canonical },
      rule: "industry-modified", confidence: 0.6,
    });
  }
}

function sectorLists(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  // (c) enumerations of sectors
  for (const list of enumerations(t, 10)) {
    const headSaysIndustry = industryHead?.test(list.head) ?? false;
    const known = list.items.filter((it) => industryOf(plainName(it.text)) !== null).length;
    if (!headSaysIndustry && known * 2 <= list.items.length) continue;
    for (const it of list.items) {
      const raw = plainName(it.text);
      if (NOT_INDUSTRY.test(raw) || raw.length > 8) continue;
      const canon = canonicalIndustry(raw);
      // an unknown item joins the sectors only in a list whose head says sectors and whose items are mostly known ones
      if (!canon || (!industryOf(canon.name) && (!headSaysIndustry || canon.name.length > 4 || known * 2 < list.items.length))) continue;
      // a place opening the item (天心区金融证券) is the sector's owner, not part of its mention
      const bare = stripPlace(it.text);
      const lead = bare.length >= 2 && it.text.endsWith(bare) ? it.text.length - bare.length : 0;
      propose(ctx, {
        type: "Industry", sentence: s.index, start: it.start + lead, end: it.end, surface: it.text.slice(lead), name: canon.name,
        attrs: canon.broader ? { broader: canon.broader } : {}, rule: headSaysIndustry ? "industry-list-head" : "industry-list-peers", confidence: 0.65,
      });
    }
  }
}
