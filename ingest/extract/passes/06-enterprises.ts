/**
 * Pass 6 — enterprises: (a) a firm ending (集团, 有限公司, 药业, 研究所, 608所 …) with the name before it;
 * (b) items of a list closed by a firm head (依托千金药业、唐人神、太子奶等核心企业); (c) 以X为龙头.
 */
import { propose } from "../context.ts";
import type { Ctx } from "../context.ts";
import type { Sentence } from "../../text/sentences.ts";
import { ENTERPRISE_GENERIC_MODIFIERS, ENTERPRISE_LIST_HEAD, ENTERPRISE_SUFFIXES, LEADER_PATTERN, NOT_FIRM_ITEM, WEAK_ENTERPRISE_SUFFIXES } from "../lexicon/enterprises.ts";
import { industryDictionary } from "../knowledge.ts";
import { enumerations } from "../lists.ts";
import { madeOf, nameRunStart, nameStarts, plainName, wordTrie } from "../names.ts";

const suffixes = wordTrie(ENTERPRISE_SUFFIXES);
const generic = wordTrie(ENTERPRISE_GENERIC_MODIFIERS);
/** Things that look like firms by ending but are not firms (产业集团化, 集团化发展). */
const NOT_FIRM_AFTER = /^(?:化|式|型|军|作战|内部|之间|优势|总部)/u;
const NOT_FIRM = /[\d%]|发展|建设|产业|项目|平台|园区|基地|中心|服务|市场|体系|工程|政策|机制|改革|企业|行业|经济/u;

/** In a list its head closes as firms, only words of plans and policies rule an item out (not 中心, 服务, 市场). */
const NOT_FIRM_IN_FIRM_LIST = /[\d%]|发展|建设|产业|项目|平台|园区|基地|工程|政策|机制|改革|体系|行业|经济/u;

/** A sector's name, alone or after generic words (著名生物制药, 检验检测). */
function isSector(name: string): boolean {
  const hits = industryDictionary().scan(name);
  const last = hits[hits.length - 1];
  return last !== undefined && last.end === name.length && (last.start === 0 || madeOf(name.slice(0, last.start), generic));
}

function endsLikeFirm(name: string): boolean {
  return ENTERPRISE_SUFFIXES.some((x) => name.endsWith(x) && name.length > x.length);
}

// Each reading of a sentence is a function of its own: V8 compiles (and, when a document brings an object of
// a new shape, recompiles) each part alone instead of one function many times larger.
export function enterprises(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const listItems = new Set<number>();
    firmLists(ctx, s, listItems);
    firmBeforeHead(ctx, s, listItems);
    leaders(ctx, s);
    firmEndings(ctx, s, listItems);
    numberedInstitutes(ctx, s);
  }
}

function firmLists(ctx: Ctx, s: Sentence, listItems: Set<number>): void {
  const t = s.text;
  // (b) firm lists
  for (const list of enumerations(t, 14)) {
    // a list is of firms when its head says so, or when most of its items end like firms (中车株洲研究所、608所、株硬集团)
    const firmLike = list.items.filter((it) => endsLikeFirm(plainName(it.text)) || /^\d{3}(?:研究)?所$/u.test(it.text)).length;
    const closed = /^等/u.test(list.head) && ENTERPRISE_LIST_HEAD.test(list.head);
    if (!closed && firmLike * 2 <= list.items.length) continue;
    for (const it of list.items) {
      const name = plainName(it.text);
      const firmEnd = ENTERPRISE_SUFFIXES.find((x) => name.endsWith(x) && name.length > x.length);
      // 保险公司、担保公司: kinds of firms, not firms
      if (firmEnd && madeOf(name.slice(0, -firmEnd.length), generic)) continue;
      // an item without a firm ending needs three characters at least: two-character words are trades (织造, 农牧);
      // an institute (橡胶院) or a centre (广告经营中心) counts where the list is closed as firms (…等企业, …机构和企业)
      if (!firmEnd && (name.length < 3 || (closed ? /[会员生点片校]$|人员|院所|低保/u : /[会员生点片所院校]$|人员|院所|低保/u).test(name))) continue;
      // 著名生物制药、医疗器械等企业: a sector, with or without a word of praise, is a kind of firm
      if (!firmEnd && isSector(name)) continue;
      if (name.length < 2 || name.length > 14 || NOT_FIRM_ITEM.test(name) || ((closed ? NOT_FIRM_IN_FIRM_LIST : NOT_FIRM).test(name) && !endsLikeFirm(name))) continue;
      listItems.add(it.start);
      propose(ctx, { type: "Enterprise", sentence: s.index, start: it.start, end: it.end, surface: it.text, name, attrs: {}, rule: "enterprise-list", confidence: 0.7 });
    }
  }
}

function firmBeforeHead(ctx: Ctx, s: Sentence, listItems: Set<number>): void {
  const t = s.text;
  // single firm before a firm head: 支持X等企业 / 依托X企业
  for (const m of t.matchAll(/(?:依托|支持|扶持|引进|培育|壮大|以)([^，。；、等]{2,12})等(?:一批)?[^，。；]{0,16}?(?:企业|龙头)/gu)) {
    const raw = m[1] ?? "";
    const rawStart = (m.index ?? 0) + m[0].indexOf(raw);
    const start = nameStarts(t, rawStart, rawStart + raw.length)[0] ?? rawStart;
    const name = plainName(t.slice(start, rawStart + raw.length));
    if (name.length < 2) continue;
    if (NOT_FIRM.test(name) || listItems.has(start)) continue;
    propose(ctx, { type: "Enterprise", sentence: s.index, start, end: rawStart + raw.length, surface: t.slice(start, rawStart + raw.length), name, attrs: {}, rule: "enterprise-single-head", confidence: 0.6 });
  }
  // one firm a plan backs to grow: 支持千金湘药做大做强 (a kind of firm, 支持企业做大做强, is not one)
  for (const m of t.matchAll(/(?:支持|扶持|鼓励|推动)([^，。；、等]{3,8}?)(?:做大做强|做强做优|做优做强|发展壮大|加快上市|上市)/gu)) {
    const raw = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(raw);
    const name = plainName(raw);
    if (NOT_FIRM.test(name) || madeOf(name, generic) || listItems.has(start) || /[的和与及在]/u.test(name)) continue;
    propose(ctx, { type: "Enterprise", sentence: s.index, start, end: start + raw.length, surface: raw, name, attrs: {}, rule: "enterprise-backed", confidence: 0.55 });
  }
}

function leaders(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  // (c) 以X为龙头
  for (const m of t.matchAll(LEADER_PATTERN)) {
    const x = m[1] ?? "";
    const name = plainName(x);
    // 以X为龙头 also takes projects and places: X must end like a firm
    if (NOT_FIRM.test(name) || !endsLikeFirm(name)) continue;
    const start = (m.index ?? 0) + 1;
    propose(ctx, { type: "Enterprise", sentence: s.index, start, end: start + x.length, surface: x, name, attrs: {}, rule: "enterprise-leader", confidence: 0.55 });
  }
}

function firmEndings(ctx: Ctx, s: Sentence, listItems: Set<number>): void {
  const t = s.text;
  // (a) firm endings
  for (let i = 2; i < t.length; i++) {
    const hit = suffixes.longestAt(t, i);
    if (!hit) continue;
    const suffix = t.slice(i, hit.end);
    if (NOT_FIRM_AFTER.test(t.slice(hit.end))) continue;
    const runStart = nameRunStart(t, i, 12);
    const start = nameStarts(t, runStart, i)[0] ?? runStart;
    const modifier = plainName(t.slice(start, i));
    // a school's or hospital's group (某小学教育集团) is a public institution, not a firm
    if (modifier.length < 2 || madeOf(modifier, generic) || NOT_FIRM.test(modifier) || /(?:小学|中学|学校|医院|大学)(?:教育)?$/u.test(modifier)) continue;
    const weak = WEAK_ENTERPRISE_SUFFIXES.has(suffix);
    if (weak && !listItems.has(start)) continue;
    propose(ctx, {
      type: "Enterprise", sentence: s.index, start, end: hit.end, surface: t.slice(start, hit.end), name: plainName(t.slice(start, hit.end)),
      attrs: {}, rule: `enterprise-suffix:${suffix}`, confidence: 0.75,
    });
  }
}

function numberedInstitutes(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  // numbered institutes: 608所 / 608研究所
  for (const m of t.matchAll(/(?<![\d.])(\d{3})(?:研究)?所/gu)) {
    const start = m.index ?? 0;
    propose(ctx, { type: "Enterprise", sentence: s.index, start, end: start + m[0].length, surface: m[0], name: m[0], attrs: {}, rule: "enterprise-numbered-institute", confidence: 0.8 });
  }
}
