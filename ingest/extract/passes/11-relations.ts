/**
 * Pass 11 — relations stated by the text, each from one sentence:
 *  DEVELOPS    subject place → every sector of a sentence that says it is developed (not only measured);
 *  IMPLEMENTS  subject place → every strategy the sentence names;
 *  IN_INDUSTRY firm or project → the sector leading its paragraph or section, else the sectors of its sentence;
 *  LOCATED_IN  a zone, project or firm inside the place its paragraph or sentence is about (其中 / 的 / prefix);
 *  PART_OF     region → its parent division when both are named.
 */
import type { EntityType, RegionLevel } from "../../../graph/schema.ts";
import { relate } from "../context.ts";
import type { Candidate, Ctx } from "../context.ts";
import { entityKey } from "../../../graph/ids.ts";
import { industryDictionary, industryOf } from "../knowledge.ts";
import { enumerations, type Enumeration } from "../lists.ts";
import { gluedToWordBefore, mannerOfDevelopment, notSectorList, salientIndustryMention } from "../salience.ts";
import { CONTAINS_CUES, DEVELOP_CUES, NOT_DEVELOP_CUES } from "../lexicon/cues.ts";
import type { Subject } from "./10-subjects.ts";
import type { Sentence } from "../../text/sentences.ts";

const ref = (c: { type: EntityType; name: string }): { type: EntityType; name: string } => ({ type: c.type, name: c.name });

export function relations(ctx: Ctx, subjects: Map<number, Subject[]>): void {
  let leadIndustry: { para: number; industry?: Candidate } = { para: -1 };
  let developLead = { para: -1, on: false };
  const sectionIndustry = new Map<string, Candidate>();
  const sectionFocus = new Map<string, Candidate>();
  for (const s of ctx.sentences) {
    const mentions = ctx.chosen.get(s.index) ?? [];
    const all = subjects.get(s.index) ?? [];
    const subject = all[0];
    if (s.kind === "heading") {
      // a heading that is nothing but a sector's name (（一）新材料产业) makes its section about that sector
      const ind = mentions.find((m) => m.type === "Industry");
      const rest = ind ? (s.text.slice(0, ind.start) + s.text.slice(ind.end)).replace(/^[^\u4e00-\u9fa5]*(?:第[^章节篇]{1,4}[章节篇])?|[。；：]$/gu, "") : "";
      const key = [...s.section, s.text.replace(/[。；]$/u, "")].join(">");
      if (ind && rest.length <= 2) sectionIndustry.set(key, ind);
      // (a heading that develops a sector, 1、大力发展地理信息产业, says what the section's trades are parts of; the
      // firms in it keep their own sectors)
      // (a grouping, 加快发展现代服务业, gathers sectors the plan develops in their own right)
      else if (ind && DEVELOP_WORDS.test(rest) && !isGrouping(ind)) sectionFocus.set(key, ind);
    }
    if (s.paragraph !== leadIndustry.para) leadIndustry = { para: s.paragraph };
    // a paragraph opening with a sector phrase (新材料产业。依托… / 通用航空产业：依托…) is about that sector
    if (s.position === 0) {
      const first = mentions[0];
      if (first?.type === "Industry" && first.start === 0 && /^(?:[：。]|产业[：。])/u.test(s.text.slice(first.end)) ) leadIndustry.industry = first;
      else if (first?.type === "Industry" && first.start === 0 && s.text.length - first.end <= 2) leadIndustry.industry = first;
      // a short sentence made of sectors opens the paragraph like a heading (生物医药和健康食品产业。)
      // (nothing else in it: 农业布局。 lays out a sector's places, its items are not that sector's parts)
      else if (first?.type === "Industry" && first.start === 0 && s.text.length <= 16 && mentions.every((m) => m.type === "Industry") && onlySectors(s.text, mentions)) leadIndustry.industry = first;
    }
    let sectionInd: Candidate | undefined;
    let focus: Candidate | undefined;
    // the innermost section with an entry: the keys are prefixes of the joined path, cut back one title at a time
    if (sectionIndustry.size > 0 || sectionFocus.size > 0) {
      const path = s.section.join(">");
      let cut = path.length;
      for (let depth = s.section.length; depth > 0 && !sectionInd; depth--) {
        const key = path.slice(0, cut);
        sectionInd = sectionIndustry.get(key);
        focus ??= sectionFocus.get(key);
        cut -= (s.section[depth - 1]?.length ?? 0) + 1;
      }
    }
    if (s.paragraph !== developLead.para) developLead = { para: s.paragraph, on: false };
    const underLead = developLead.on;
    const industries = mentions.filter((m) => m.type === "Industry");
    if (industries.length === 0 && DEVELOP_LEAD.test(s.text)) developLead.on = true;
    const develops = underLead || DEVELOP_CUES.test(s.text);
    const lead = leadIndustry.industry ?? sectionInd;
    // three readings, each a function of its own: V8 compiles (and, when a document brings an object of a new
    // shape, recompiles) each alone instead of one function many times larger
    developsEdges(ctx, s, subject, all, mentions, industries, develops, underLead, lead, focus);
    implementsStrategies(ctx, s, subject, all, mentions);
    inIndustry(ctx, s, mentions, industries, lead);
    located(ctx, s.index, s.text, mentions, subject);
  }
  focusOnly(ctx);
}

function developsEdges(
  ctx: Ctx, s: Sentence, subject: Subject | undefined, all: Subject[], mentions: Candidate[], industries: Candidate[], develops: boolean,
  underLead: boolean, lead: Candidate | undefined, focus: Candidate | undefined,
): void {
  if (subject && develops) {
    for (const ind of industries) {
      if (!(underLead ? !NOT_DEVELOP_CUES.test(clauseOf(s.text, ind)) : developedAt(s.text, ind))) continue;
      if (mannerOfDevelopment(s.text, ind) || notSectorList(s.text, ind)) continue;
      // a place written right before the sector or its list owns it (瞄准天心区金融证券、商贸流通等主导产业优势)
      const owner = ownerBefore(s.text, mentions, industries, ind);
      if (owner) {
        relate(ctx, { type: "DEVELOPS", from: ref(owner), to: ref(ind), sentence: s.index, rule: "develops-owner", confidence: 0.65 });
        continue;
      }
      // a sector word glued to the word before it belongs to that word (科技咨询, 居家养老服务)
      if (gluedToWordBefore(s.text, ind)) continue;
      // in a paragraph or section about one sector (新能源与节能环保产业。依托…培育风力发电、太阳能光伏…) the trades
      // it lists are that sector's parts: the plan's region develops the sector, not each of its trades
      // (a heading names a focus of its own: 2.稳步发展房地产业 under 着力提升生活性服务业)
      const whole = lead ?? (s.kind === "heading" ? undefined : focus);
      if (subject.scope === "plan" && whole && whole.name !== ind.name) {
        (ctx.sectorParts ??= new Set()).add(entityKey("Industry", ind.name));
        continue;
      }
      for (const who of all) relate(ctx, { type: "DEVELOPS", from: ref(who), to: ref(ind), sentence: s.index, rule: `develops-${subject.scope}`, confidence: subject.scope === "plan" ? 0.5 : 0.7 });
    }
  }
}

function implementsStrategies(ctx: Ctx, s: Sentence, subject: Subject | undefined, all: Subject[], mentions: Candidate[]): void {
  if (subject) {
    for (const st of mentions.filter((m) => m.type === "Strategy")) {
      // “X”的<place>发展战略: the strategy is that place's own
      const owner = mentions.find((o) => (o.type === "Park" || o.type === "Region") && o.rule !== "region-collective" && o.start > st.end && /^的[^，。；]{0,4}$/u.test(s.text.slice(st.end, o.start)) && /^(?:发展)?战略/u.test(s.text.slice(o.end)));
      if (owner) {
        relate(ctx, { type: "IMPLEMENTS", from: ref(owner), to: ref(st), sentence: s.index, rule: "implements-owner", confidence: 0.75 });
        continue;
      }
      for (const who of all) relate(ctx, { type: "IMPLEMENTS", from: ref(who), to: ref(st), sentence: s.index, rule: `implements-${subject.scope}`, confidence: subject.scope === "plan" ? 0.5 : 0.65 });
    }
  }
}

function inIndustry(ctx: Ctx, s: Sentence, mentions: Candidate[], industries: Candidate[], lead: Candidate | undefined): void {
  // IN_INDUSTRY
  // the sentence's lists, read once for all its firms and works (and only when no leading sector decides)
  let sentenceLists: Enumeration[] | undefined;
  for (const m of mentions.filter((x) => x.type === "Enterprise" || x.type === "Project")) {
    // the paragraph's sector first: a list's kind is often a narrower trade of it (本土零配件企业 in 汽车产业)
    if (lead) {
      relate(ctx, { type: "IN_INDUSTRY", from: ref(m), to: ref(lead), sentence: s.index, rule: "in-industry-lead", confidence: 0.65 });
      continue;
    }
    // a list closed by its kind names the items' sector: X、Y等新兴文化创意企业 / X等一批在钢铁零部件加工行业的龙头企业
    const named = listKindSector(s.text, m.end);
    if (named) {
      relate(ctx, { type: "IN_INDUSTRY", from: ref(m), to: named, sentence: s.index, rule: "in-industry-list-kind", confidence: 0.6 });
      continue;
    }
    // else the nearest sector of the sentence (a project's only when the sentence develops it)
    // (a project only in the clause just before it, 积极发展X,抓好…项目: the sector it serves);
    // a sector word the sentence uses in passing (a firm list's last item, 美的万豪酒店) names no firm's sector,
    // what the sentence goes on to develop after the firms does
    sentenceLists ??= enumerations(s.text, 24);
    const lists = sentenceLists.filter((l) => l.items.some((it) => it.start <= m.start && m.end <= it.end));
    const inList = (i: Candidate): boolean => lists.some((l) => i.start >= (l.items[0]?.start ?? 0) && i.end <= (l.items[l.items.length - 1]?.end ?? 0));
    const nearest = industries
      .filter((i) => salientIndustryMention(ctx, i) || (i.start >= m.end && !inList(i)))
      .filter((i) => (m.type === "Enterprise" ? sameClause(s.text, i, m) : developedAt(s.text, i) && i.end <= m.start && !/[。；]/u.test(s.text.slice(i.end, m.start)) && (s.text.slice(i.end, m.start).match(/，/gu) ?? []).length <= 1))
      .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
    if (nearest) relate(ctx, { type: "IN_INDUSTRY", from: ref(m), to: ref(nearest), sentence: s.index, rule: "in-industry-sentence", confidence: 0.5 });
  }
}

/** The last verb of attracting firms before a mention: 引进/吸引/招引/引入. */
const ATTRACTS = /(?:引进|吸引|招引|引入)(?!.*(?:引进|吸引|招引|引入))/u;

/** Edges checked for focus: a zone's own paragraph or section already focuses on it; the plan-wide subject is read loosely. */
const FOCUS_CHECKED = new Set(["develops-plan"]);
/** Words that make a sector a focus of the plan rather than one item of a passing list. */
const STRONG_CUES = /重点发展|产业基地|制造基地|重点培育|主导|支柱|优势产业|特色产业|大力发展|着力发展|加快发展|培育壮大|发展壮大|做大做强|做强做优|产业集群|千亿|百亿|首位产业|核心产业|主攻/u;

/**
 * The plan's region develops a sector it states once in passing (推进健康养老、体育健身等服务业建设) no more than
 * any district does: a region → sector edge read only from the plan's implicit subject is kept when the sector
 * is a focus — said to be developed in two sentences, in a heading, or with a strong cue. The others stay
 * sectors of the document without the edge.
 */
function focusOnly(ctx: Ctx): void {
  const planEdges = ctx.relations.filter((r) => r.type === "DEVELOPS" && FOCUS_CHECKED.has(r.rule));
  const sentences = new Map<string, Set<number>>();
  for (const r of ctx.relations) {
    if (r.type !== "DEVELOPS") continue;
    const set = sentences.get(r.to.name) ?? new Set<number>();
    set.add(r.sentence);
    sentences.set(r.to.name, set);
  }
  const weak = new Set<string>();
  for (const r of planEdges) {
    const said = sentences.get(r.to.name)?.size ?? 0;
    const s = ctx.sentences[r.sentence];
    const strong = s !== undefined && (s.kind === "heading" || STRONG_CUES.test(s.text));
    if (said < 2 && !strong) weak.add(`${r.from.name}|${r.to.name}`);
  }
  if (weak.size === 0) return;
  for (const key of weak) (ctx.sectorParts ??= new Set()).add(entityKey("Industry", key.slice(key.indexOf("|") + 1)));
  ctx.relations = ctx.relations.filter((r) => !(r.type === "DEVELOPS" && FOCUS_CHECKED.has(r.rule) && weak.has(`${r.from.name}|${r.to.name}`)));
}

/** A list's closing kind after an item: more items, 等, then up to the kind word (…等新兴文化创意企业, …等一批在X行业的龙头企业). */
const LIST_KIND = /^[^，。；：]{0,40}?等([^，。；：等]{2,20}?)(?:企业|公司|项目|机构)/u;

/**
 * The sector the closing kind of an item's list names, read from the dictionary (a sector word right before
 * 企业 is not kept as a mention of its own); the relation holds only when the document has that sector.
 */
function listKindSector(text: string, after: number): { type: "Industry"; name: string } | undefined {
  const kind = LIST_KIND.exec(text.slice(after))?.[1];
  if (!kind) return undefined;
  const hits = industryDictionary().scan(kind);
  const last = hits[hits.length - 1]?.values[0];
  return last ? { type: "Industry", name: last.canonical } : undefined;
}

/** A firm's sector is read from its own sentence part: a sector past a ；is another subject's. */
function sameClause(text: string, a: Candidate, b: Candidate): boolean {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return !/[。；]/u.test(between);
}

const RANKING_LEVELS: ReadonlySet<string> = new Set<RegionLevel>(["province", "city"]);

/**
 * The place a sector mention is written after, with nothing between but the sectors listed before it
 * (天心区金融证券、商贸流通等): that place's sectors, whoever the sentence is about.
 */
function ownerBefore(text: string, mentions: readonly Candidate[], industries: readonly Candidate[], ind: Candidate): Candidate | undefined {
  let start = ind.start;
  for (let i = industries.indexOf(ind) - 1; i >= 0; i--) {
    const prev = industries[i]!;
    if (!/^[、和及与]$/u.test(text.slice(prev.end, start))) break;
    start = prev.start;
  }
  // (a province or city before a district's sector ranks it, 成为湖南省新材料产业新高地: it does not own it)
  return mentions.find((m) => (m.type === "Park" || (m.type === "Region" && m.rule !== "region-collective" && !RANKING_LEVELS.has(String(m.attrs?.["level"])))) && m.end === start);
}

/** The text is its sector mentions joined by 和/与/、 and closed by 产业 and a full stop or colon. */
function onlySectors(text: string, mentions: readonly Candidate[]): boolean {
  let rest = "";
  let at = 0;
  for (const m of mentions) {
    rest += text.slice(at, m.start);
    at = Math.max(at, m.end);
  }
  rest += text.slice(at);
  return /^(?:[和与及、]|产业|行业)*[。：]$/u.test(rest);
}

/** A sector that only groups others (现代服务业, 生活性服务业, 先进制造): its broader is a root of the taxonomy. */
function isGrouping(c: Candidate): boolean {
  const broader = c.attrs["broader"];
  return broader === undefined || industryOf(broader)?.broader === undefined;
}

/** Nothing but verbs of developing a sector: the rest of a heading like 2、培育壮大节能环保产业 / 5、引导发展都市农业. */
const DEVELOP_WORDS = /^(?:大力|加快|积极|引导|着力|重点|培育|充实|完善|推进|做大|做强|做优|提升|壮大|发展|集聚|打造|振兴|优化|产业|体系)+$/u;

/**
 * A short sentence that only says a kind of sectors is developed (做大做强支柱产业。 / 着力发展特色产业。) leads the
 * rest of its paragraph: the sentences after it name those sectors, often with verbs of their own (推动X走向…).
 */
const DEVELOP_LEAD = /^[\u4e00-\u9fa5]{0,6}(?:发展|培育|培植|壮大|做大做强|做强做优|做优做强)[\u4e00-\u9fa5]{0,4}(?:产业|经济|服务业)[。：]$/u;

/** The clause a mention stands in, between the nearest marks of punctuation. */
function clauseOf(text: string, m: Candidate): string {
  let a = m.start;
  while (a > 0 && !/[，；。：]/u.test(text.charAt(a - 1))) a--;
  let b = m.end;
  while (b < text.length && !/[，；。：]/u.test(text.charAt(b))) b++;
  return text.slice(a, b);
}

/** A clause opening with a verb of leaning on (依托…两大动力产业集群) names what a place builds on, not what it develops. */
const LEANS_ON = /^[\u4e00-\u9fa5]{0,2}(?:依托|借助|凭借|依靠|利用)/u;

/** The mention follows a verb of leaning on in its clause, with no verb of developing between (利用山林资源发展生态林业 develops). */
function leansOn(text: string, m: Candidate): boolean {
  let a = m.start;
  while (a > 0 && !/[，；。：]/u.test(text.charAt(a - 1))) a--;
  const before = text.slice(a, m.start);
  return LEANS_ON.test(before) && !/发展|培育|打造|壮大|建设/u.test(before.slice(2));
}

/** The clause around a mention says it is developed: a cue before it in the sentence, no measure words in its clause. */
function developedAt(text: string, m: Candidate): boolean {
  const clause = clauseOf(text, m);
  if (NOT_DEVELOP_CUES.test(clause) || leansOn(text, m)) return false;
  return DEVELOP_CUES.test(clause);
}

/** Between a thing and a place: it settles there (成功落户天心, 落户到暮云街道, 入驻园区). */
const SETTLES = /^(?:成功|正式|已|相继|先后)?(?:落户|入驻|落地|进驻|布局)(?:到|在|于)?$/u;

function located(ctx: Ctx, sentence: number, text: string, mentions: Candidate[], subject: Subject | undefined): void {
  for (const m of mentions) {
    if (m.type !== "Park" && m.type !== "Project" && m.type !== "Enterprise") continue;
    // X（成功）落户/入驻/落地（到/在）Y: X lies in Y
    const settled = mentions.find((o) => o.start >= m.end && (o.type === "Park" || o.type === "Region") && o.rule !== "region-collective" && SETTLES.test(text.slice(m.end, o.start)));
    if (settled) {
      relate(ctx, { type: "LOCATED_IN", from: ref(m), to: ref(settled), sentence, rule: "located-settles", confidence: 0.75 });
      continue;
    }
    // 园区…引进A、B、C: firms a zone attracts settle in it (the sentence's one zone, named before the verb, the firm in the verb's own clause)
    if (m.type === "Enterprise") {
      const zones = mentions.filter((o) => o.type === "Park");
      const verb = ATTRACTS.exec(text.slice(0, m.start));
      if (zones.length === 1 && verb && zones[0]!.end <= verb.index && !/[，。；]/u.test(text.slice(verb.index, m.start))) {
        relate(ctx, { type: "LOCATED_IN", from: ref(m), to: ref(zones[0]!), sentence, rule: "located-attracted", confidence: 0.6 });
        continue;
      }
    }
    // X的Y: Y lies in X
    const prev = mentions.filter((o) => o.end <= m.start && (o.type === "Park" || o.type === "Region")).pop();
    if (prev && text.slice(prev.end, m.start) === "的") {
      relate(ctx, { type: "LOCATED_IN", from: ref(m), to: ref(prev), sentence, rule: "located-de", confidence: 0.7 });
      continue;
    }
    // P，其中Q… / a zone's own paragraph: parts named after 其中 lie in the zone the paragraph is about
    if (subject && subject.type === "Park" && subject.scope !== "plan" && subject.name !== m.name && m.type === "Park" && CONTAINS_CUES.test(text.slice(0, m.start))) {
      relate(ctx, { type: "LOCATED_IN", from: ref(m), to: { type: subject.type, name: subject.name }, sentence, rule: "located-contains", confidence: 0.6 });
      continue;
    }
    // a project named in a sentence about a zone (that zone's paragraph, 以<zone>为核心…) is built in it; a firm is
    // not placed so: the firms a zone's paragraph leans on (依托X、Y等企业) are often outside it
    if (subject && subject.type === "Park" && subject.scope !== "plan" && m.type === "Project") {
      relate(ctx, { type: "LOCATED_IN", from: ref(m), to: { type: subject.type, name: subject.name }, sentence, rule: "located-subject-zone", confidence: 0.5 });
    }
  }
}
