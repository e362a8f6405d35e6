/**
 * Pass 9 — one name per thing inside the document. Zone surfaces that differ only in official spelling
 * (株洲高新区 / 株洲高新技术产业开发区 / 株洲国家高新技术产业开发区) become one zone under its longest
 * form; a bare abbreviation (高新区, 经开区) becomes the one zone of that kind the document names in full,
 * and is dropped when there is none or several.
 */
import type { Candidate, Ctx } from "../context.ts";
import { regionDictionary, strategyOf } from "../knowledge.ts";
import { PARK_ABBREVIATIONS, PARK_NAME_FOLDS, REGIONAL_GROUPINGS } from "../lexicon/parks.ts";
import { startsWithBoundary } from "../names.ts";

/**
 * The identity of a zone name: official long forms folded to their short forms, leading places and levels
 * dropped (长沙天心文化产业园 ≡ 天心文化产业园), and a trailing 片区 after a zone word dropped (金山新城片区 ≡ 金山新城).
 */
export function parkKey(name: string): string {
  // pure, and asked for every pair of zones below: remember it per name
  let k = PARK_KEYS.get(name);
  if (k === undefined) {
    if (PARK_KEYS.size >= 20_000) PARK_KEYS.clear();
    PARK_KEYS.set(name, (k = foldParkName(name)));
  }
  return k;
}

const PARK_KEYS = new Map<string, string>();

function foldParkName(name: string): string {
  let k = name.replace(/[（）()“”]/gu, "").replace(/^(?:国家级|省级)/u, "");
  for (const [pattern, replacement] of PARK_NAME_FOLDS) k = k.replace(pattern, replacement);
  // a zone's epithet is not part of its identity: 长株潭融城核心商圈 ≡ 融城商圈, 文化产业示范园 ≡ 文化产业园
  k = k.replace(/核心商圈$/u, "商圈").replace(/产业示范园$/u, "产业园");
  const grouping = REGIONAL_GROUPINGS.find((g) => k.startsWith(g) && k.length - g.length >= 4);
  if (grouping) k = k.slice(grouping.length);
  for (let guard = 0; guard < 3; guard++) {
    const lead = regionDictionary().longestAt(k, 0);
    if (!lead || k.length - lead.end < 4) break;
    k = k.slice(lead.end).replace(/^(?:国家级|国家|省级)/u, "");
  }
  return k.replace(/(城|园|区)片区$/u, "$1");
}

/** `short` keeps the head and the zone word of `long` (新马创新城 ⊂ 新马科技创新城, 河西示范园 ⊂ 河西高新技术产业示范园). */
export function isAbbreviationOf(short: string, long: string): boolean {
  if (short.length < 4 || short.length >= long.length) return false;
  if (short.slice(0, 2) !== long.slice(0, 2) || short.slice(-2) !== long.slice(-2)) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

function preferredTarget(targets: string[], title: readonly string[], parks: readonly Candidate[]): string[] {
  const inTitle = targets.filter((n) => title.includes(n));
  if (inTitle.length > 0) return inTitle.slice(0, 1);
  const count = (n: string): number => parks.filter((p) => p.name === n).length;
  const ranked = [...targets].sort((a, b) => count(b) - count(a));
  const [first, second] = ranked;
  return first && (!second || count(first) >= 2 * count(second)) ? [first] : [];
}

/** One strategy whatever its tail (创新驱动 / 创新驱动战略 / 创新驱动发展战略): the list's name, else the longest form. */
function strategyNames(ctx: Ctx): void {
  const strategies: Candidate[] = [];
  for (const list of ctx.chosen.values()) for (const c of list) if (c.type === "Strategy") strategies.push(c);
  // the same programme with or without its level (长株潭国家自主创新示范区 / 国家级自主创新示范区) or its tail (民生立区行动计划)
  const key = (n: string): string =>
    n.replace(/^.{0,3}?(?:国家级|国家|全国)(?=.{4,})/u, "").replace(/(?:三年行动计划|行动计划|行动|发展战略|战略|发展|建设)$/u, "");
  const canonical = new Map<string, string>();
  // listed names first: every form that folds to a listed strategy takes the list's name
  for (const c of strategies) {
    const listed = strategyOf(c.name)?.name;
    if (listed) for (const k of [key(c.name), key(listed)]) canonical.set(k, listed);
  }
  for (const c of strategies) {
    const k = key(c.name);
    const cur = canonical.get(k);
    if (!cur || (c.name.length > cur.length && !strategyOf(cur))) canonical.set(k, c.name);
  }
  for (const c of strategies) c.name = canonical.get(key(c.name)) ?? c.name;
}

/**
 * One firm per document across its short forms: 608所 ≡ 608研究所, and an abbreviation that keeps the first
 * character, the firm word and the order of the full name (株硬集团 ≡ 株洲硬质合金集团).
 */
function enterpriseNames(ctx: Ctx): void {
  const firms: Candidate[] = [];
  for (const list of ctx.chosen.values()) for (const c of list) if (c.type === "Enterprise") firms.push(c);
  const fold = (n: string): string => n.replace(/研究所$/u, "所").replace(/[（）()]/gu, "");
  const names = [...new Set(firms.map((f) => f.name))].sort((a, b) => b.length - a.length);
  const into = new Map<string, string>();
  for (const short of names) {
    // …and a form cut after a word that can also open a name (联合利国文化产权交易所 read as 利国文化产权交易所)
    const long = names.find((l) => l !== short && l.length > short.length && (fold(l) === fold(short) || abbreviates(short, l) || (short.length >= 4 && l.endsWith(short) && startsWithBoundary(l, 0))));
    if (long) into.set(short, into.get(long) ?? long);
  }
  for (const f of firms) f.name = into.get(f.name) ?? f.name;
}

function abbreviates(short: string, long: string): boolean {
  // the short form takes one character per word (株·硬·集团): its second character is not the long form's second
  // (千金药业 and 千金协力药业 are two firms of one group)
  if (short.length < 4 || short.charAt(0) !== long.charAt(0) || short.charAt(1) === long.charAt(1) || short.slice(-2) !== long.slice(-2)) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/** A road's name followed by a section, a phase or its other name in brackets. */
const ROAD_PART = /(路|大道|大街)(?:[东南西北A-Z]段|[\u4e00-\u9fa5]{2}段|[一二三四五六七八九十\d]+期|[（(][^）)]{2,8}[）)])$/u;

/** One project whatever its tail (芙蓉大道复线 / 芙蓉大道复线项目 / …建设): the shortest form names it. */
function projectNames(ctx: Ctx): void {
  const projects: Candidate[] = [];
  for (const list of ctx.chosen.values()) for (const c of list) if (c.type === "Project") projects.push(c);
  // (a road's section, phase or second name is that road's work: 铁东路北段, 新塘路四期, 新塘路（金荷大道）)
  const key = (n: string): string => n.replace(/(?:建设项目|项目建设|建设工程|项目|建设)$/u, "").replace(ROAD_PART, "$1");
  const shortest = new Map<string, string>();
  for (const p of projects) {
    const k = key(p.name);
    const cur = shortest.get(k);
    if (k.length >= 3 && (!cur || p.name.length < cur.length)) shortest.set(k, p.name);
  }
  for (const p of projects) p.name = shortest.get(key(p.name)) ?? p.name;
  // a work named again with its owner or place in front (中南大学湘雅五医院 / 湘雅五医院) is the same work,
  const names = [...new Set(projects.map((p) => p.name))].sort((a, b) => b.length - a.length);
  const into = new Map<string, string>();
  for (const short of names) {
    // …or with more words inside (红旗广场西南角综合体 / …城市综合体 / …城市商业综合体)
    const long = names.find((l) => l.length >= short.length + 2 && short.length >= 4 && (l.endsWith(short) || (short.length >= 6 && isAbbreviationOf(short, l))));
    if (long) into.set(short, into.get(long) ?? long);
  }
  for (const p of projects) p.name = into.get(p.name) ?? p.name;
}

export function aliases(ctx: Ctx): void {
  strategyNames(ctx);
  enterpriseNames(ctx);
  projectNames(ctx);
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
  // abbreviations that keep a zone's head and zone word join the longest zone they abbreviate
  const all = [...new Set(canonical.values())].sort((a, b) => b.length - a.length);
  const joined = new Map<string, string>();
  for (const short of all) {
    const long = all.find((l) => l !== short && (isAbbreviationOf(short, l) || isAbbreviationOf(parkKey(short), parkKey(l))));
    if (long) joined.set(short, joined.get(long) ?? long);
  }
  const own = ctx.plan.region ? ctx.plan.region.replace(/(?:自治县|区|县|市)$/u, "") : "";
  for (const name of all) {
    if (joined.has(name)) continue;
    // a qualified mention of a zone the document names (千亿级材料科技城, 核心城区中央商务区) is that zone
    const core = all.find((b) => b !== name && b.length >= 4 && name.endsWith(b) && !joined.has(b));
    // X片区 is the area of the zone X…新区/集聚区/新城 (水竹湖片区 ≡ 水竹湖科教新区)
    const area = /^(.{2,4})片区$/u.exec(name)?.[1];
    const areaZone = area ? all.filter((b) => b !== name && b.startsWith(area) && /(?:新区|集聚区|新城)$/u.test(b) && !/开发区|园/u.test(b)) : [];
    // the plan's own place before a zone word the document gives one other zone (天心金融外滩 ≡ 湘江金融外滩)
    const rest = own && name.startsWith(own) ? name.slice(own.length) : "";
    const owned = rest.length >= 4 ? [...new Set(all.filter((b) => b !== name && b.endsWith(rest) && !b.startsWith(own)).map((b) => joined.get(b) ?? b))] : [];
    const target = core ?? (areaZone.length === 1 ? areaZone[0] : undefined) ?? (owned.length === 1 ? owned[0] : undefined);
    if (target) joined.set(name, joined.get(target) ?? target);
  }
  for (const p of parks) p.name = joined.get(p.name) ?? p.name;
  ctx.plan.titleParks = ctx.plan.titleParks.map((n) => joined.get(canonical.get(parkKey(n)) ?? n) ?? canonical.get(parkKey(n)) ?? n);
  const names = [...new Set(parks.map((p) => p.name))];
  for (const [sentence, list] of ctx.chosen) {
    const kept: Candidate[] = [];
    for (const c of list) {
      if (c.type === "Park" && c.rule === "park-abbreviation") {
        const abbr = PARK_ABBREVIATIONS.find((a) => a.short === c.surface);
        const targets = abbr ? names.filter((n) => n !== c.surface && abbr.full.some((f) => n.endsWith(f))) : [];
        // several zones of that kind: the one the title names, else the one the document names most
        const preferred = targets.length > 1 ? preferredTarget(targets, ctx.plan.titleParks, parks) : targets;
        if (preferred.length !== 1 || !preferred[0]) continue;
        c.name = preferred[0];
      }
      kept.push(c);
    }
    ctx.chosen.set(sentence, kept);
  }
}
