/**
 * Pass 5 — strategies: (a) the strategy list (national, provincial, regional programmes); (b) a quoted
 * slogan marked as a strategy, programme or project (“北提南进”战略, “135”工程, “5211”人才计划),
 * including quoted lists (“A”、“B”和“C”战略); (c) unquoted `X战略`; (d) a quoted slogan after a verb of
 * carrying out (实施/对接/打造“…”); (e) policy titles in 《》; (f) 国家…示范区 policy titles.
 */
import { propose } from "../context.ts";
import type { Ctx } from "../context.ts";
import { strategyDictionary } from "../knowledge.ts";
import type { StrategyHit } from "../knowledge.ts";
import type { Trie } from "../trie.ts";
import type { Sentence } from "../../text/sentences.ts";
import {
  GENERIC_STRATEGY_NAME, LATE_MARKER, NOT_STRATEGY_QUOTE, POLICY_ZONE_IN_TEXT, OWN_PLAN_TITLE, POLICY_TITLE_END, POLICY_ZONE, STRATEGY_MARKERS, STRATEGY_VERBS, UNQUOTED_BEFORE, UNQUOTED_STRATEGY,
} from "../lexicon/strategies.ts";
import { nameRunStart, nameStarts, plainName } from "../names.ts";

const STRATEGY_CONTEXT_BEFORE = /(?:实施|推进|落实|融入|对接|坚持|贯彻|抓住|围绕|打造|创建|争创|参与|服务|助力|深化|推动|加快|开展|践行|抢抓|把握|契机|以|开创|支持|鼓励|引领)$/u;
const STRATEGY_CONTEXT_AFTER = /^(?:发展)?(?:战略|建设|等|示范|试点|为|机遇|行动|工程|计划|政策|要求|部署|的(?:重要|核心|引领|排头))/u;
const QUOTE = /“([^“”]{2,30})”/gu;
const verbs = [...STRATEGY_VERBS].sort((a, b) => b.length - a.length);
/** Quoted content that is a figure, a date or a period, not a slogan. */
const NOT_SLOGAN = /^(?:十[一二三四五]五|[\d.%]+|.*[。；！？].*)$/u;

// Each reading of a sentence is a function of its own: V8 compiles (and, when a document brings an object of
// a new shape, recompiles) each part alone instead of one function many times larger.
export function strategies(ctx: Ctx): void {
  const dict = strategyDictionary();
  for (const s of ctx.sentences) {
    listedStrategies(ctx, s, dict);
    quoted(ctx, s.index, s.text);
    policyZones(ctx, s);
    unquotedStrategies(ctx, s);
    policyTitles(ctx, s);
  }
}

function listedStrategies(ctx: Ctx, s: Sentence, dict: Trie<StrategyHit>): void {
  const t = s.text;
  // a listed name counts where the text treats it as a strategy: quoted, marked, carried out, or listed
  // (、/和) next to one that is
  const hits = dict.scan(t);
  const accepted = hits.map((hit) => {
    const ctxBefore = t.slice(Math.max(0, hit.start - 6), hit.start);
    const ctxAfter = t.slice(hit.end, hit.end + 6);
    return /[“《]$/u.test(ctxBefore) || /^[”》]/u.test(ctxAfter) || STRATEGY_CONTEXT_BEFORE.test(ctxBefore) || STRATEGY_CONTEXT_AFTER.test(ctxAfter);
  });
  const joined = (a: number, b: number): boolean => /^[、和与及”“]{1,3}$/u.test(t.slice(hits[a]?.end ?? 0, hits[b]?.start ?? 0));
  for (let k = 1; k < hits.length; k++) if (accepted[k - 1] && joined(k - 1, k)) accepted[k] = true;
  for (let k = hits.length - 2; k >= 0; k--) if (accepted[k + 1] && joined(k, k + 1)) accepted[k] = true;
  for (const [k, hit] of hits.entries()) {
    const v = hit.values[0];
    if (!v || !accepted[k]) continue;
    propose(ctx, {
      type: "Strategy", sentence: s.index, start: hit.start, end: hit.end, surface: t.slice(hit.start, hit.end), name: v.name,
      attrs: v.scope ? { scope: v.scope } : {}, rule: "strategy-list", confidence: 0.9,
    });
  }
}

function policyZones(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  for (const m of t.matchAll(POLICY_ZONE_IN_TEXT)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = nameStarts(t, nameRunStart(t, end - 3, 16), end - 3)[0] ?? m.index ?? 0;
    const name = plainName(t.slice(start, end));
    // a pilot or a 国家/省 zone title; a bare 示范区 is usually a place or a slogan
    if (name.length < 6 || /[的和与及等]/u.test(name) || !(/^(?:国家|全国|省|中国)/u.test(name) || /试点/u.test(name))) continue;
    propose(ctx, { type: "Strategy", sentence: s.index, start, end, surface: t.slice(start, end), name, attrs: { scope: /国家|全国/u.test(name) ? "national" : "provincial" }, rule: "strategy-policy-zone", confidence: 0.55 });
  }
}

function unquotedStrategies(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  for (const m of t.matchAll(UNQUOTED_STRATEGY)) {
    let x = m[1] ?? "";
    let start = m.index ?? 0;
    // the name runs back to a sentence start, a dash or a verb of carrying out
    const before = t.slice(0, start);
    const verbAt = /(?:深入实施|全面实施|大力实施|实施|坚持|推进|落实|贯彻)/u.exec(x);
    if (verbAt && verbAt.index === 0) {
      start += verbAt[0].length;
      x = x.slice(verbAt[0].length);
    } else if (!UNQUOTED_BEFORE.test(before)) continue;
    if (x.length < 2 || GENERIC_STRATEGY_NAME.test(x) || /[的和与及等]/u.test(x)) continue;
    const keep = m[2] === "战略";
    const end = (m.index ?? 0) + m[0].length;
    propose(ctx, {
      type: "Strategy", sentence: s.index, start, end, surface: t.slice(start, end), name: keep ? x + "战略" : x,
      attrs: { scope: "local" }, rule: "strategy-unquoted", confidence: 0.6,
    });
  }
}

function policyTitles(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  for (const m of t.matchAll(/《([^《》]{4,40})》/gu)) {
    const title = m[1] ?? "";
    if (!POLICY_TITLE_END.test(title) || OWN_PLAN_TITLE.test(title)) continue;
    const start = m.index ?? 0;
    propose(ctx, {
      type: "Strategy", sentence: s.index, start, end: start + m[0].length, surface: m[0], name: title, attrs: {},
      rule: "strategy-policy-title", confidence: 0.6,
    });
  }
}

/** A numbered layout formula (一区两城, 两轴三板块, 一核五轴四组团): the plan's spatial strategy, though it ends like a place. */
const LAYOUT_FORMULA = /^(?:[一二三四五六七八九十两多\d]+[\u4e00-\u9fa5]{1,3}){2,}(?<!中心)$/u;

function quoted(ctx: Ctx, sentence: number, t: string): void {
  const quotes = [...t.matchAll(QUOTE)];
  for (let q = 0; q < quotes.length; q++) {
    const m = quotes[q];
    if (!m) continue;
    const start = m.index ?? 0;
    const inner = plainName(m[1] ?? "");
    // a bare number is a slogan only as a programme's name (“135”工程, “5211”人才计划)
    if (NOT_SLOGAN.test(inner) && !(/^\d{2,5}$/u.test(inner) && /^(?:[\u4e00-\u9fa5]{0,3})(?:工程|计划|行动)/u.test(t.slice(start + m[0].length)))) continue;
    const end = start + m[0].length;
    // a run of quoted items joined by 、/和/与 shares the marker after the last one
    let k = q;
    let tailEnd = end;
    while (k + 1 < quotes.length) {
      const next = quotes[k + 1];
      const gap = t.slice(tailEnd, next?.index ?? tailEnd);
      if (!next || !/^(?:、|和|与|及|，)$/u.test(gap)) break;
      k++;
      tailEnd = (next.index ?? 0) + next[0].length;
    }
    // stray spaces around quotes (把加快 “ 一区两城 ” 建设) stand between the quote and its marker
    tailEnd += /^\s*/u.exec(t.slice(tailEnd))?.[0].length ?? 0;
    const after = t.slice(tailEnd, tailEnd + 6);
    const marker = STRATEGY_MARKERS.find((mk) => after.startsWith(mk.word)) ?? (LATE_MARKER.test(t.slice(tailEnd, tailEnd + 14)) ? { word: "", keep: false } : undefined);
    const between = /^([\u4e00-\u9fa5]{1,3})(计划|工程)/u.exec(after);
    const before = t.slice(Math.max(0, start - 8), start).replace(/\s+$/u, "");
    const verb = verbs.some((v) => before.endsWith(v));
    const parts = inner.split("、");
    const parallel = new Set(parts.map((x) => x.slice(-1))).size === 1;
    if (marker && parts.length > 1 && !parallel && /战略/u.test(t.slice(tailEnd, tailEnd + 4)) && parts.every((x) => x.length === 4)) {
      // “北提南进、沿江发展、民生立区”战略: each four-character item is a strategy of its own
      let pos = start + 1;
      for (const item of (m[1] ?? "").split("、")) {
        propose(ctx, { type: "Strategy", sentence, start: pos, end: pos + item.length, surface: item, name: plainName(item), attrs: { scope: "local" }, rule: "strategy-quoted-list", confidence: 0.7 });
        pos += item.length + 1;
      }
    } else if (marker) {
      const single = k === q;
      const name = marker.keep && single ? inner + marker.word : inner;
      const surfaceEnd = marker.keep && single ? tailEnd + marker.word.length : end;
      propose(ctx, {
        type: "Strategy", sentence, start, end: surfaceEnd, surface: t.slice(start, surfaceEnd), name, attrs: { scope: "local" },
        rule: `strategy-quoted-marker:${marker.word}`, confidence: 0.75,
      });
    } else if (between && k === q) {
      const surfaceEnd = tailEnd + between[0].length;
      propose(ctx, {
        type: "Strategy", sentence, start, end: surfaceEnd, surface: t.slice(start, surfaceEnd), name: inner + between[0], attrs: { scope: "local" },
        rule: "strategy-quoted-programme", confidence: 0.7,
      });
    } else if (POLICY_TITLE_END.test(inner) && inner.length >= 8 && !/^[一二三四五六七八九十两\d]+年/u.test(inner)) {
      // a programme's or plan's title in quotes (围绕“打造中国动力谷十年行动方案”)
      propose(ctx, { type: "Strategy", sentence, start, end, surface: m[0], name: inner, attrs: { scope: "local" }, rule: "strategy-quoted-title", confidence: 0.6 });
    } else if (verb && inner.length <= 12 && (!NOT_STRATEGY_QUOTE.test(inner) || LAYOUT_FORMULA.test(inner)) && (!inner.includes("、") || /^的?(?:发展|战略|格局|导向)/u.test(after))) {
      propose(ctx, {
        type: "Strategy", sentence, start, end, surface: m[0], name: inner, attrs: { scope: "local" }, rule: "strategy-quoted-verb", confidence: 0.5,
      });
    }
  }
}

/** True when a zone name is a policy title (国家自主创新示范区) rather than a place. */
export function isPolicyZone(name: string): boolean {
  return POLICY_ZONE.test(name);
}
