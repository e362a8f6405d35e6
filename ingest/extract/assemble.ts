/**
 * Assembly — chosen mentions become entities (one per type and canonical name, every surface an alias,
 * every mention with its evidence), relation proposals become relations between entity ids, and the
 * document-level relations are added: a zone named after a place lies in it (株洲高新区 → 株洲市,
 * 天易科技城自主创业园 → 天易科技城), a region is part of its parent when both are named.
 */
import type { EntityAttrs, ExtractedEntity, ExtractedRelation, Mention } from "../../graph/facts.ts";
import { entityKey, relationKey } from "../../graph/ids.ts";
import { relationAllowed } from "../../graph/schema.ts";
import type { Ctx, RelationProposal } from "./context.ts";
import { evidenceOf } from "./context.ts";
import { industryDictionary, regionDictionary, regionsNamed, within } from "./knowledge.ts";
import { PARK_SHORT_FORMS } from "./lexicon/parks.ts";
import { plainName } from "./names.ts";

export function assembleEntities(ctx: Ctx): Map<string, ExtractedEntity> {
  const entities = new Map<string, ExtractedEntity>();
  for (const list of ctx.chosen.values()) {
    for (const c of list) {
      const id = entityKey(c.type, c.name);
      let e = entities.get(id);
      if (!e) {
        e = { id, type: c.type, name: c.name, aliases: [], attrs: {}, mentions: [] };
        entities.set(id, e);
      }
      mergeAttrs(e.attrs, c.attrs);
      const surface = plainName(c.surface);
      if (surface !== e.name && !e.aliases.includes(surface) && surface.length > 0) e.aliases.push(surface);
      e.mentions.push({ surface: c.surface, evidence: evidenceOf(ctx, c.sentence, c.start, c.end), rule: c.rule, confidence: c.confidence });
    }
  }
  for (const e of entities.values()) {
    if (e.type === "Strategy") addProgrammeCore(e);
    if (e.type === "Park") addLongForm(e);
  }
  return entities;
}

/** The marker a programme's name may carry or drop (上云上平台行动 / 上云上平台, 征拆项目百日攻坚行动). */
const PROGRAMME_MARKER = /(?:专项行动|行动计划|大行动|行动|工程)$/u;

/** A quoted name before the words of a programme: “幸福荷塘”民生工程 is the programme of 幸福荷塘. */
const QUOTED_CORE = /^[“"]\s*([^”"]{2,12}?)\s*[”"]\s*[\u4e00-\u9fa5]{0,4}(?:工程|行动|计划|建设)$/u;

/** A programme is written with and without its marker: the bare core is one more alias, when it still names something. */
function addProgrammeCore(e: ExtractedEntity): void {
  const cores = [e.name.replace(PROGRAMME_MARKER, "")];
  for (const m of e.mentions) {
    const quoted = QUOTED_CORE.exec(m.surface.trim())?.[1];
    if (quoted) cores.push(plainName(quoted));
  }
  for (const core of cores) {
    if (core === e.name || (core.match(/[\u4e00-\u9fa5]/gu) ?? []).length < 3 || e.aliases.includes(core)) continue;
    e.aliases.push(core);
  }
}

/** A zone written with a standard short form (中国（湖南）自贸试验区) is also known by the official long form. */
function addLongForm(e: ExtractedEntity): void {
  for (const [short, long] of PARK_SHORT_FORMS) {
    if (!short.test(e.name)) continue;
    const full = e.name.replace(short, long);
    if (!e.aliases.includes(full)) e.aliases.push(full);
  }
}

function mergeAttrs(into: EntityAttrs, from: EntityAttrs): void {
  for (const [k, v] of Object.entries(from) as Array<[keyof EntityAttrs, string]>) if (v !== undefined && into[k] === undefined) (into as Record<string, string>)[k] = v;
}

/** A mention of a word inside another mention (the sector inside a zone's name), its span narrowed to the word. */
function innerMention(outer: Mention, word: string): Mention {
  const { sentence, span } = outer.evidence;
  const escaped = [...word].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("\\s*");
  const m = new RegExp(escaped, "u").exec(sentence.slice(span[0], span[1]));
  if (!m) return { ...outer, rule: "industry-zone-name", confidence: 0.6 };
  const start = span[0] + m.index;
  return { surface: word, evidence: { ...outer.evidence, span: [start, start + m[0].length] }, rule: "industry-zone-name", confidence: 0.6 };
}

/** Kinds of zone named by a function: 保税 in 综合保税区 or 服务 in 汽车后市场服务区 is the kind, not a sector. */
const FUNCTION_ZONE = /(?:综合保税区|保税区|服务区|商务区|度假区)$/u;

/** Urban areas and quarters: named after what they are like, not after what they produce. */
const AREA_NAME = /(?:片区|街区|街)$/u;

/** Document-level relations read from names and the division table. */
export function structuralRelations(ctx: Ctx, entities: Map<string, ExtractedEntity>): void {
  const regions = [...entities.values()].filter((e) => e.type === "Region");
  const parks = [...entities.values()].filter((e) => e.type === "Park");
  const regionByName = new Map(regions.map((r) => [r.name, r]));
  for (const r of regions) {
    if (r.attrs.parent && regionByName.has(r.attrs.parent)) {
      const m = r.mentions[0];
      ctx.relations.push({ type: "PART_OF", from: { type: "Region", name: r.name }, to: { type: "Region", name: r.attrs.parent }, sentence: sentenceOf(ctx, m?.evidence.line), rule: "part-of-division-table", confidence: 0.9 });
    }
  }
  const industryNames = new Set([...entities.values()].filter((e) => e.type === "Industry").map((e) => e.name));
  // a project or firm whose name opens with a zone's name lies in that zone (金山科技工业园工业互联网创新中心)
  for (const e of entities.values()) {
    if (e.type !== "Project" && e.type !== "Enterprise") continue;
    const host = parks.filter((p) => p.name.length >= 4 && e.name.startsWith(p.name) && e.name.length > p.name.length + 1).sort((a, b) => b.name.length - a.name.length)[0];
    if (host) ctx.relations.push({ type: "LOCATED_IN", from: { type: e.type, name: e.name }, to: { type: "Park", name: host.name }, sentence: sentenceOf(ctx, e.mentions[0]?.evidence.line), rule: "located-name-prefix-zone", confidence: 0.7 });
  }
  for (const p of parks) {
    // a zone named after a sector (金山生物医药科创园, 天台路金融集聚区) develops that sector; an urban area named
    // after its character (天心阁历史文化片区, …历史文化街区) is not a zone of production
    for (const hit of AREA_NAME.test(p.name) ? [] : industryDictionary().scan(p.name)) {
      const canonical = hit.values[0]?.canonical;
      // the sector must be the zone's head (…金融集聚区, …生物医药科创园), and a sector rather than a whole category
      const tail = p.name.slice(hit.end).replace(/^(?:产业|服务业|业)/u, "");
      if (tail.length > 4 || !hit.values[0]?.broader || !canonical) continue;
      // a word of the kind of zone (综合保税区, 服务区, 商务区) is no sector of it
      if (hit.end > p.name.length - (FUNCTION_ZONE.exec(p.name)?.[0].length ?? 0)) continue;
      const word = p.name.slice(hit.start, hit.end);
      // the sector a zone is named after is a sector of the document even when the text names it nowhere else
      if (!industryNames.has(canonical) && p.mentions[0] && tail.length <= 3) {
        const id = entityKey("Industry", canonical);
        const broader = hit.values[0]?.broader;
        entities.set(id, { id, type: "Industry", name: canonical, aliases: word !== canonical ? [word] : [], attrs: broader ? { broader } : {}, mentions: [innerMention(p.mentions[0], word)] });
        industryNames.add(canonical);
      }
      const existing = entities.get(entityKey("Industry", canonical));
      if (existing && word !== existing.name && !existing.aliases.includes(word)) existing.aliases.push(word);
      if (industryNames.has(canonical)) {
        ctx.relations.push({ type: "DEVELOPS", from: { type: "Park", name: p.name }, to: { type: "Industry", name: canonical }, sentence: sentenceOf(ctx, p.mentions[0]?.evidence.line), rule: "develops-zone-name", confidence: 0.6 });
      }
    }
    const forms = [p.name, ...p.aliases];
    let placed = false;
    // the longest other zone whose name opens this one's
    const host = parks.filter((o) => o !== p && o.name.length >= 3 && forms.some((f) => f.startsWith(o.name) && f.length > o.name.length + 1)).sort((a, b) => b.name.length - a.name.length)[0];
    if (host) {
      ctx.relations.push({ type: "LOCATED_IN", from: { type: "Park", name: p.name }, to: { type: "Park", name: host.name }, sentence: sentenceOf(ctx, p.mentions[0]?.evidence.line), rule: "located-name-prefix-zone", confidence: 0.7 });
      placed = true;
    }
    for (const r of regions) {
      // (a town's short form opens the names of zones that often reach beyond it: 暮云片区 holds 暮云 and 南托)
      const rForms = r.attrs.level === "town" ? [r.name] : [r.name, ...r.aliases.filter((a) => a.length >= 2 && !a.startsWith("全") && !a.startsWith("我"))];
      if (forms.some((f) => rForms.some((rf) => f.startsWith(rf) && f.length > rf.length + 1))) {
        // a zone named after the city or province, listed in a district's plan, lies in that district
        // (unless the plan is as much about the zone itself: a zone the title names)
        const ancestorOfPlan = ctx.plan.regionCode && r.attrs.code && r.attrs.code !== ctx.plan.regionCode && ctx.plan.regionCode.startsWith(r.attrs.code.replace(/0+$/u, ""));
        const to = ancestorOfPlan && !ctx.plan.titleParks.includes(p.name) && ctx.plan.region && regionByName.has(ctx.plan.region) ? ctx.plan.region : r.name;
        ctx.relations.push({ type: "LOCATED_IN", from: { type: "Park", name: p.name }, to: { type: "Region", name: to }, sentence: sentenceOf(ctx, p.mentions[0]?.evidence.line), rule: "located-name-prefix-region", confidence: 0.8 });
        placed = true;
        break;
      }
    }
    if (!placed && ctx.plan.region && regionByName.has(ctx.plan.region) && !namedAfterElsewhere(p.name, ctx.plan.regionCode) && inPlanSpace(p, regionByName.get(ctx.plan.region)!)) {
      ctx.relations.push({ type: "LOCATED_IN", from: { type: "Park", name: p.name }, to: { type: "Region", name: ctx.plan.region }, sentence: sentenceOf(ctx, p.mentions[0]?.evidence.line), rule: "located-plan-region", confidence: 0.4 });
    }
  }
}

/** Words of a sentence that lays out the plan region's space (布局, 片区, 一主五副 …) rather than a sector's work. */
const SPATIAL_CUES = /布局|格局|空间|片区|城区|板块|区域|组团|版图|[一二三四五六七八九两]+[主核心轴带区园城圈廊片][一二三四五六七八九两多]+[副核心轴带区园城圈廊片基]/u;

/**
 * A zone lies in the plan's region when the text places it there: a sentence naming it also names the
 * region (天心区 / 全区) or lays out the region's space. A zone named only beside a sector's work
 * (依托X产业园…) is left unplaced: the plan region is often not its nearest container.
 */
/** A zone named after a division that is neither the plan's region, inside it, nor above it (上海自贸区 in a Changsha plan). */
function namedAfterElsewhere(name: string, planCode: string | undefined): boolean {
  if (!planCode) return false;
  const hit = regionDictionary().longestAt(name, 0);
  // (芙蓉路… is a road named after a flower before it is 芙蓉区)
  if (!hit || name.length - hit.end < 2 || /[路街道桥湖山江河港]/u.test(name.charAt(hit.end))) return false;
  const named = regionsNamed(name.slice(0, hit.end));
  return named.length > 0 && !named.some(({ region }) => within(region.code, planCode) || within(planCode, region.code));
}

function inPlanSpace(park: ExtractedEntity, region: ExtractedEntity): boolean {
  // the short form too (天心 for 天心区): a zone named 天心经开区 is placed by its own name
  const short = region.name.replace(/(?:自治县|区|县|市)$/u, "");
  const forms = [region.name, short, ...region.aliases].filter((f) => f.length >= 2);
  return park.mentions.some((m) => {
    const text = m.evidence.sentence.replace(/\s+/gu, "");
    return SPATIAL_CUES.test(text) || forms.some((f) => text.includes(f));
  });
}

const firstSentenceOfLine = new WeakMap<Ctx, Map<number, number>>();

/** Index of the first sentence on a line (built once per document, so lookups stay constant time). */
function sentenceOf(ctx: Ctx, line: number | undefined): number {
  let byLine = firstSentenceOfLine.get(ctx);
  if (!byLine) {
    byLine = new Map();
    for (const s of ctx.sentences) if (!byLine.has(s.line)) byLine.set(s.line, s.index);
    firstSentenceOfLine.set(ctx, byLine);
  }
  return line === undefined ? 0 : (byLine.get(line) ?? 0);
}

export function assembleRelations(ctx: Ctx, entities: Map<string, ExtractedEntity>): ExtractedRelation[] {
  const out = new Map<string, ExtractedRelation>();
  const add = (p: RelationProposal): void => {
    const from = entityKey(p.from.type, p.from.name);
    const to = entityKey(p.to.type, p.to.name);
    if (from === to || !entities.has(from) || !entities.has(to)) return;
    if (!relationAllowed(p.type, p.from.type, p.to.type)) return;
    const key = relationKey(p.type, from, to);
    const s = ctx.sentences[p.sentence];
    const evidence = s ? evidenceOf(ctx, p.sentence, 0, s.text.length) : evidenceOf(ctx, 0, 0, 0);
    const cur = out.get(key);
    if (cur) {
      if (cur.evidence.length < 5) cur.evidence.push(evidence);
      if (p.confidence > cur.confidence) {
        cur.confidence = p.confidence;
        cur.rule = p.rule;
      }
      return;
    }
    out.set(key, { type: p.type, from, to, rule: p.rule, confidence: p.confidence, evidence: [evidence] });
  };
  for (const p of ctx.relations) add(p);
  return [...out.values()];
}
