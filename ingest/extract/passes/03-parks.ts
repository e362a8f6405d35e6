/**
 * Pass 3 — parks and zones: a zone suffix (开发区, 产业园, 新城, 商圈, 片区 …) with the name that runs
 * left of it up to punctuation or a word that cannot start a name. A name whose modifier is only
 * generic words (产业园区, 各类园区, 五好园区) names no particular zone and is dropped; a bare
 * abbreviation (高新区) is kept for the alias pass to resolve.
 */
import { propose } from "../context.ts";
import type { Ctx } from "../context.ts";
import { industryDictionary } from "../knowledge.ts";
import { PARK_ABBREVIATIONS, PARK_GENERIC_MODIFIERS, PARK_SUFFIXES } from "../lexicon/parks.ts";
import { madeOf, nameRunStart, nameStarts, plainName, wordTrie } from "../names.ts";
import type { Trie } from "../trie.ts";

const suffixes = wordTrie(PARK_SUFFIXES);
const generic = wordTrie(PARK_GENERIC_MODIFIERS);
const abbreviations = new Set(PARK_ABBREVIATIONS.map((a) => a.short));
/** Characters after a suffix that show the suffix was only the start of a longer word (园区内 is fine). */
const CONTINUES = /^(?:管委会|管理|建设指挥部|办|委|居民|人口|经济|生活|居住|建设用地|企业)/u;

export const PARK_MAX = 16;

/** A paragraph's opening sentence that is only "build <sector> <zone of function>". */
const PLANNED_ZONE_LEAD = /^(?:建设|打造|建成|培育)([\u4e00-\u9fa5]{2,8}?)(示范区|集聚区|聚集区|枢纽区|活力区|功能区|产业区)。$/u;

/** Words that cut names as verbs but also end a zone's modifier as nouns (…产业配套智造基地). */
const NOUN_LIKE_BOUNDARY = /[\u4e00-\u9fa5]{2,}(?:配套)$/u;

export function parks(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const t = s.text;
    for (let i = 1; i < t.length; i++) {
      const hit = suffixes.longestAt(t, i);
      if (!hit) continue;
      const suffix = t.slice(i, hit.end);
      const runStart = nameRunStart(t, i, PARK_MAX);
      const after = t.slice(hit.end, hit.end + 6);
      if (CONTINUES.test(after) && abbreviations.has(suffix)) continue;
      // 新城区 / 老城区 name a town's urban districts, not a zone (天心南部新城区空间的再造)
      if (suffix.endsWith("城") && t.charAt(hit.end) === "区") continue;
      // the rightmost cut only: a name that is generic after it is not made specific by the verb before it;
      // but a cut that leaves nothing (动力产业配套|智造基地: 配套 also reads as a verb) falls back to the one before
      const starts = nameStarts(t, runStart, i);
      const nounCut = i - (starts[0] ?? i) < 2 && NOUN_LIKE_BOUNDARY.test(t.slice(starts[1] ?? runStart, i));
      const pick = nounCut ? starts.slice(1, 2) : starts.slice(0, 1);
      for (const start of pick) {
        const modifier = plainName(t.slice(start, i));
        // a name in quotes is a name even when its words are generic (打造…的“现代物流城”)
        // (a town, park or base: quoted 区/片区 words are slogans, 文化新区, 五大片区, and quoted 园区 honours, “千亿园区”)
        const quoted = /[“"]\s*$/u.test(t.slice(Math.max(0, start - 2), start)) && /^\s*[”"]/u.test(t.slice(hit.end, hit.end + 2))
          && /(?:城|园|基地)$/u.test(suffix) && !/级/u.test(modifier) && !isNumbered(modifier);
        if (modifier.length < 2 || (isGeneric(modifier) && !quoted)) break;
        // the first of its kind (建成全国首个微信智慧商圈) is a description, not a zone's name
        if (/(?:首个|首家|第一个)$/u.test(t.slice(Math.max(0, start - 3), start))) break;
        const surface = t.slice(start, hit.end);
        propose(ctx, {
          type: "Park", sentence: s.index, start, end: hit.end, surface, name: plainName(surface), attrs: {},
          rule: `park-suffix:${suffix}`, confidence: start === runStart ? 0.7 : 0.8,
        });
        break;
      }
    }
    // a paragraph that opens by naming the zone it builds (建设现代物流枢纽区。) names a planned zone, even one
    // named by nothing but its sector and a word of function
    const planned = s.position === 0 ? PLANNED_ZONE_LEAD.exec(t) : null;
    if (planned?.[1] && industryDictionary().scan(planned[1]).length > 0) {
      const start = t.indexOf(planned[1]);
      const surface = planned[1] + (planned[2] ?? "");
      propose(ctx, { type: "Park", sentence: s.index, start, end: start + surface.length, surface, name: surface, attrs: {}, rule: "park-planned-zone", confidence: 0.85 });
    }
    // bare abbreviations: 高新区 / 经开区 standing alone refer to the document's zone of that kind
    for (const short of abbreviations) {
      for (let i = t.indexOf(short); i >= 0; i = t.indexOf(short, i + 1)) {
        const runStart = nameRunStart(t, i, PARK_MAX);
        const starts = nameStarts(t, runStart, i);
        if (runStart < i && starts[0] !== i) continue;
        propose(ctx, {
          type: "Park", sentence: s.index, start: i, end: i + short.length, surface: short, name: short, attrs: {},
          rule: "park-abbreviation", confidence: 0.5,
        });
      }
    }
  }
}

const NUMERIC = /^[\d一二三四五六七八九十两百千万个多几]+$/u;

function isNumbered(modifier: string): boolean {
  return NUMERIC.test(modifier) || /\d+个|第[一二三四五六七八九十\d]+个|[一二三四五六七八九十两\d]+(?:大|个|轴|城|链|片|进|区)/u.test(modifier);
}

function isGeneric(modifier: string): boolean {
  if (isNumbered(modifier)) return true;
  if (/[个批类些家座]$/u.test(modifier)) return true;
  return madeOf(modifier, generic as Trie<string>);
}
