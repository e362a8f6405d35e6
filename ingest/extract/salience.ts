/**
 * Salience — the graph holds what a plan sets out to develop, not every word of the sector vocabulary it
 * happens to use. An Industry is kept when at least one of its mentions is salient:
 *  - a rule that already reads a focus (a heading, `X产业`, an enumeration whose head names sectors), or
 *  - the word stands as a sector on its own — followed by 产业/业/经济/行业/集群 or by a list separator — and
 *    is not part of a longer compound (交[通信]号, 自主[知识产权], [养老]保险覆盖面, 投资[咨询]), and
 *  - its clause is not a list of institution kinds (银行、证券、保险等金融机构 are lenders, not sectors).
 */
import { entityKey } from "../../graph/ids.ts";
import { GENERIC_INDUSTRY_FORMS } from "../lexicon/industries.ts";
import { matchStrategy, strategyKind } from "../lexicon/strategies.ts";
import type { Candidate, Ctx } from "./context.ts";

/** Rules that only fire on a sector the text presents as one. */
const FOCUS_RULES = new Set(["industry-head", "industry-list-head", "industry-modified", "industry-zone-name", "industry-zone-described", "industry-list-peers"]);
/** What may follow a sector word standing on its own. */
const SECTOR_TAIL = /^(?:\s*(?:产业|服务业|业|经济|行业|集群|基地|园|发展|配套|、|，|。|；|等|和|与|及|为|领域|板块|方向|“|”|）|\)|$)|[^，。；、]{0,4}(?:产业|园区?|基地|集聚区|集群))/u;
/** A clause listing kinds of institution, firm or body rather than sectors. */
const INSTITUTIONS = /(?:机构|分支机构|分行|支行|公司|企业|网点|营业部|法人|部门)/u;
/** A list of public services, facilities or means, not of sectors (交通、供水、信息、环卫等基础设施; 文化、体育等社会事业). */
const NOT_SECTOR_HEAD = /^[^，。；]*等[^，。；]{0,8}(?:基础设施|公共设施|设施|社会事业|公共服务|事业|资本市场|非货币|功能)/u;
/** A list of sectors the plan develops: the verb before the word, within its clause. */
const DEVELOP = /(?:发展|加强|强|培育|壮大|打造|做强|做大|做优|提升|引进|集聚|聚集|推进|突出|主攻|布局|建设|扶持|支持|延伸|拓展)/u;

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const open = Math.max(text.lastIndexOf("，", start - 1), text.lastIndexOf("。", start - 1), text.lastIndexOf("；", start - 1), text.lastIndexOf("：", start - 1));
  const rest = text.slice(end).search(/[，。；：]/u);
  return { before: text.slice(open + 1, start), after: rest < 0 ? text.slice(end) : text.slice(end, end + rest) };
}

/** A list closed by a kind of institution (…、管理咨询等服务机构): its items are kinds of body, not sectors. */
const INSTITUTION_LIST = /^[^，。；]{0,16}?等[^，。；]{0,6}(?:机构|分支机构|网点|营业部|部门)/u;

/** The mention is an item of a list of institution kinds or public services (法律服务、管理咨询等服务机构). */
export function notSectorList(text: string, c: Candidate): boolean {
  const { after } = clauseAround(text, c.start, c.end);
  return INSTITUTION_LIST.test(after) || NOT_SECTOR_HEAD.test(after);
}

/** Words of grade or level that qualify a sector without making another word of it (先进轨道交通装备, 国家新材料…). */
const GRADE_BEFORE = /(?:先进|现代|高端|新兴|传统|特色|优势|国家级?|省级?|市级?)$/u;

/**
 * A sector word glued to the word before it belongs to that word (交通信号, 科技咨询, 居家养老服务) unless a list
 * mark, 的, a place or a verb of developing precedes it, or 产业/业/经济 follows it.
 */
export function gluedToWordBefore(text: string, c: Candidate): boolean {
  const prev = text[c.start - 1] ?? "";
  if (!prev || !/[\u4e00-\u9fa5]/u.test(prev) || /[、等和与及的区市省县镇]/u.test(prev)) return false;
  const before = clauseAround(text, c.start, c.end).before;
  if (DEVELOP.test(before.slice(-4)) || /(?:引导|促进|推动|鼓励|支持|建成|成为)$/u.test(before) || GRADE_BEFORE.test(before)) return false;
  return !/^[^，。；、]{0,4}(?:产业|服务业|业|经济|行业)/u.test(text.slice(c.end));
}

export function salientIndustryMention(ctx: Ctx, c: Candidate): boolean {
  const s = ctx.sentences[c.sentence];
  if (!s) return false;
  const { before, after } = clauseAround(s.text, c.start, c.end);
  if (INSTITUTIONS.test(after.slice(0, 24)) || NOT_SECTOR_HEAD.test(after)) return false;
  if (FOCUS_RULES.has(c.rule)) return true;
  // a surface that ends in 产业/服务业/行业 already stands as a sector (推动广告传媒、创意设计产业走向…)
  // (not when the word goes on: …产业链建设行动 names a programme)
  const headed = /(?:产业|服务业|行业)$/u.test(c.surface) && !/^[链集园基]/u.test(s.text.charAt(c.end));
  if (!SECTOR_TAIL.test(s.text.slice(c.end)) && !headed) return false;
  // an alias that is an everyday word (知识产权, 互联网, 通信, 资本市场) stands for the sector only right after a
  // verb of developing it or before 产业/行业
  const surface = c.surface.replace(/\s+/gu, "");
  const sectorList = /^[^，。；]{0,16}等[^，。；]{0,8}(?:产业|服务业|行业|业态)/u.test(after) || /^[^，。；、]{0,4}(?:产业|服务业|行业)/u.test(s.text.slice(c.end));
  if (!surface.startsWith(c.name) && !sectorList && !headed && !DEVELOP.test(before.slice(-4))) return false;
  if (mannerOfDevelopment(s.text, c)) return false;
  // a heading names a focus, as long as the word stands as a sector in it (not 打造健康天元, 推进农业现代化)
  if (s.kind === "heading" || s.kind === "box-title") return true;
  // a sector word glued to the word before it belongs to that word (交通信号, 自主知识产权) unless a list or verb precedes
  // (the surface may itself end in 产业/产业链; a place, 的 or a list word before it does not glue)
  if (/(?:产业链?|产业集群|服务业|行业)$/u.test(c.surface)) return true;
  if (gluedToWordBefore(s.text, c)) return false;
  return DEVELOP.test(before) || /^\s*(?:产业|服务业|业|经济|行业|集群)/u.test(s.text.slice(c.end)) || /、/u.test(before + after.slice(0, 12));
}

/**
 * An everyday word right before 发展 says how things develop (经济平稳健康发展, 持续健康发展), not what is
 * developed — unless a verb of developing or a list mark comes before it.
 */
export function mannerOfDevelopment(text: string, c: Candidate): boolean {
  const surface = c.surface.replace(/\s+/gu, "");
  if (!GENERIC_INDUSTRY_FORMS.has(surface) || !text.startsWith("发展", c.end)) return false;
  const before = clauseAround(text, c.start, c.end).before;
  return !DEVELOP.test(before.slice(-4)) && !/[、，]$/u.test(before);
}

/**
 * A listed work item (棚户区改造, 国有企业改革) is a strategy of the plan only where the plan makes it a focus:
 * a heading, a box, quotes, or a 战略/行动/工程 marker.
 */
function salientWorkMention(ctx: Ctx, c: Candidate): boolean {
  const s = ctx.sentences[c.sentence];
  if (!s) return false;
  if (s.kind === "heading" || s.kind === "box-title") return true;
  // the character before the mention, read directly: a `[“"]$` test on the text before it scans all of it
  const before = c.start > 0 ? s.text.charAt(c.start - 1) : "";
  return /^[”"]/u.test(s.text.slice(c.end)) || before === "“" || before === '"' || /^(?:发展)?(?:战略|行动|工程)/u.test(s.text.slice(c.end));
}

/** Words that describe a zone rather than name it (全省性…重要示范园区, 金融产业高度聚集区, 我区特色健康产业园). */
const ZONE_DESCRIPTION = /(?:全省性|重要|高度|我区|我市|本区|特色|生态型|一体化|非省会|城市高新区|\d+(?:万|千)?(?:平米|平方米|亩|公顷))/u;
/** A level and a kind of zone with nothing of its own: 国家级高新技术产业开发区, 湖南省绿色园区, 省级…示范集聚区. */
const ZONE_DESIGNATION = /^(?:国家级|省级|市级|湖南省|全省|全国)(?:[\u4e00-\u9fa5]{0,8}(?:示范|绿色)(?:园区|集聚区|基地|新区)|高新技术产业开发区|经济技术开发区|高新区|经开区)$/u;

/** True when a zone's name is a description or a designation, not the name of one zone. */
export function descriptiveZone(name: string): boolean {
  return ZONE_DESCRIPTION.test(name) || ZONE_DESIGNATION.test(name);
}

/** Verbs that name a facility as an asset already there (凭借贺龙体育中心…, 加强…污水处理厂的监督与管理). */
const EXISTING_BEFORE = /(?:凭借|依托|依靠|借助|利用|带动)[^，。；]*$/u;
const EXISTING_AFTER = /^[^，。；]{0,16}的(?:监督|管理|运营|监管)/u;

/** A project mention is a work the plan builds, not an existing facility it relies on or manages. */
function salientProjectMention(ctx: Ctx, c: Candidate): boolean {
  const s = ctx.sentences[c.sentence];
  if (!s) return false;
  const { before, after } = clauseAround(s.text, c.start, c.end);
  // 依托…等项目建设 leans on works being built: those stay projects
  return !(EXISTING_BEFORE.test(before) && !/项目|建设|工程/u.test(after)) && !EXISTING_AFTER.test(after);
}

/**
 * Ids of entities that are not part of the plan's graph: sectors none of whose mentions is salient, political
 * formulas cited as the plan's frame, and routine work items never made a focus.
 */
export function nonSalient(ctx: Ctx): Set<string> {
  const keep = new Set<string>();
  const seen = new Set<string>();
  const mottos = new Set<string>();
  for (const list of ctx.chosen.values()) {
    for (const c of list) {
      const id = entityKey(c.type, c.name);
      if (c.type === "Project") {
        seen.add(id);
        if (!keep.has(id) && salientProjectMention(ctx, c)) keep.add(id);
      } else if (c.type === "Park") {
        seen.add(id);
        if (!descriptiveZone(c.name)) keep.add(id);
      } else if (c.type === "Industry") {
        seen.add(id);
        if (!keep.has(id) && salientIndustryMention(ctx, c)) keep.add(id);
      } else if (c.type === "Strategy") {
        const listed = matchStrategy(c.name);
        const kind = strategyKind(listed?.name ?? c.name);
        if (kind === undefined) {
          // a quoted motto after a verb (坚持“法无禁止即可为”), met once, is a saying, not a strategy the plan is built on
          if (listed || c.rule !== "strategy-quoted-verb") keep.add(id);
          else if (mottos.has(id)) keep.add(id);
          else mottos.add(id);
          seen.add(id);
          continue;
        }
        seen.add(id);
        if (kind !== "slogan" && !keep.has(id) && salientWorkMention(ctx, c)) keep.add(id);
      }
    }
  }
  return new Set([...seen].filter((n) => !keep.has(n)));
}
