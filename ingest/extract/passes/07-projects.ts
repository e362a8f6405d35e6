/**
 * Pass 7 — projects: (a) a project ending (项目, 工程, 大桥, 变电站, 号线, 综合体 …) with a specific
 * name before it; (b) items of a list closed by 项目/工程; (c) the items of a 专栏 box, which plans use
 * to list their projects (items separated by ；or 、).
 */
import { propose } from "../context.ts";
import type { Ctx } from "../context.ts";
import type { Sentence } from "../../text/sentences.ts";
import { LIST_HEADS } from "../lexicon/lists.ts";
import { DESCRIPTIVE, INFRASTRUCTURE_END, NOT_PROJECT, PROJECT_GENERIC_MODIFIERS, PROJECT_SUFFIXES } from "../lexicon/projects.ts";
import { industryOf, strategyOf } from "../knowledge.ts";
import { enumerations } from "../lists.ts";
import type { ListItem } from "../lists.ts";
import { madeOf, nameRunStart, nameStarts, plainName, startsWithBoundary, wordTrie } from "../names.ts";

const suffixes = wordTrie(PROJECT_SUFFIXES);
const generic = wordTrie(PROJECT_GENERIC_MODIFIERS);
const projectHead = LIST_HEADS.find((h) => h.type === "Project")?.pattern;

/** A counted summary closing the last item (芙蓉路两大发展轴线, …西延线两条跨江干道) is the list's head. */
const COUNTED_TAIL = /[一二两三四五六七八九十]+(?:大|条|个|座|项|所)[\u4e00-\u9fa5]{0,6}$/u;
/** Items that are kinds of roads, activities or adjectives rather than named works. */
const LIST_ITEM_NOT_PROJECT = /型$|断头|瓶颈|支路|客货|治理|截污|污染|整治/u;

/** Words that continue a project ending into another noun: 工程研究院, 工程技术中心, 项目管理. */
const LONGER_WORD_AFTER = /^(?:研究|技术|学院|师|管理|咨询|院)/u;
/** A count right after the ending: the text counts works of a kind (污水处理厂项目 2 个). */
const COUNT_AFTER = /^\s*[\d一二三四五六七八九十两]+\s*(?:个|项|座|所|处)/u;

/**
 * Numbered lines written once with their network's name (地铁1号、3号线、4号线及8号线): every bare number takes
 * the first item's prefix and the 号线 ending the list uses.
 */
function sharedLinePrefix(items: string[]): (name: string) => string {
  const first = /^([^\d]{1,6}?)(\d+号)(线?)$/u.exec(items[0] ?? "");
  if (!first || items.length < 2 || !items.slice(1).some((i) => /^\d+号线?$/u.test(i))) return (name) => name;
  const prefix = first[1]!;
  const ending = items.some((i) => i.endsWith("号线")) ? "线" : "";
  return (name) => {
    const m = /^(?:[^\d]{1,6}?)?(\d+号)线?$/u.exec(name);
    return m && (name === items[0] || /^\d/u.test(name)) ? `${prefix}${m[1]}${ending}` : name;
  };
}

/** What is done to the last item (对S311津市段、S306津市段进行提质改造): the action is not part of its name. */
const ACTION_TAIL = /(?<=.{2})(?:进行|实施|开展)[\u4e00-\u9fa5]{0,6}$/u;

/** A bracketed note on a work's route or position: （沿湘府路）, （下穿京广铁路）, （荷塘段）. */
const ROUTE_NOTE = /[（(](?:沿|经|至|下穿|含|位于|途经)[^（）()]{1,12}[)）]$/u;

/** A facility word inside an item after a name of its own (新开铺污水处理厂提标整治 holds 污水处理厂). */
function namesFacility(name: string): boolean {
  return PROJECT_SUFFIXES.some((x) => x.length >= 2 && name.indexOf(x) >= 2 && !/^(?:项目|工程)$/u.test(x));
}

/** `A工程和B路` inside one list item: two works joined by 和/及 when the first already ends like a work. */
function splitProjects(it: ListItem): ListItem[] {
  const m = /(?:和|及|与)/u.exec(it.text);
  if (!m || m.index < 2) return [it];
  const left = it.text.slice(0, m.index);
  const right = it.text.slice(m.index + m[0].length);
  const works = (x: string): boolean => PROJECT_SUFFIXES.some((s) => x.endsWith(s)) || INFRASTRUCTURE_END.test(x);
  if (!works(left) || right.length < 2) return [it];
  return [{ start: it.start, end: it.start + left.length, text: left }, { start: it.start + m.index + m[0].length, end: it.end, text: right }];
}

/** Names of existing places that are not works by themselves: a road, a street, a square, a red line. */
const BARE_PLACE = /(?:[^延复辅环]路|大道|街|巷|广场|寺|红线|底线|上线|清单)$/u;
const BUILD = /(?:建设|新建|改建|扩建|拓宽|打通|拉通|修建|提质|改造|延伸|建成|通车|下穿|续建|开工|竣工)/u;
/** What a list's head may name besides the works themselves (附属绿地, 片区, 发展轴线): then the list is not of works. */
const OTHER_OBJECT = /(?:绿地|片区|轴线|景点|节点|周边|沿线|地块|两厢|风貌)/u;

/** A list of investments that came in or started producing (引进…等一批重大项目, …等重点项目竣工投产): its items are often the investing firms. */
const INVESTMENT = /引进|入驻|落户|签约|投产|招商/u;
/** Words of a built or operated place: an invested item holding one is a work (华远华中心, 高科总部壹号, 美的万豪酒店), else it names the firm (湘煤立达, 中华保险). */
const FACILITY = /平台|中心|广场|大厦|大楼|酒店|城|总部|号|馆|园|基地|厂|市场|小镇|综合体|项目|工程|公寓|社区|街|楼|院|所|站|库/u;

/** A road-network label opening a list of its roads: “三纵”：…, “七横”即… */
const NETWORK_LABEL = /“\s*[一二三四五六七八九十两\d]+[纵横环射联桥]\s*”\s*(?:即|：|:)?[^“”]{0,8}$/u;

/**
 * True when a list's clause says its items are being built: a building verb before the first item or in the
 * head, or a network label (“三纵”：…) in a paragraph about building the road network.
 */
function constructionList(t: string, clauseStart: number, firstItem: number, head: string, paragraph: string): boolean {
  if (OTHER_OBJECT.test(head)) return false;
  if (BUILD.test(head) || BUILD.test(t.slice(clauseStart, firstItem))) return true;
  return NETWORK_LABEL.test(t.slice(Math.max(0, clauseStart - 12), firstItem)) && /路网/u.test(paragraph) && BUILD.test(paragraph);
}

// Each kind of reading is a function of its own, called per sentence: V8 compiles (and, when a document
// brings an object of a new shape, recompiles) each part alone instead of one function many times larger.
export function projects(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    projectEndings(ctx, s);
    projectLists(ctx, s);
    if (s.kind === "box-item") boxProjects(ctx, s);
  }
}

function projectEndings(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  // (a) project endings
  for (let i = 2; i < t.length; i++) {
    const hit = suffixes.longestAt(t, i);
    if (!hit) continue;
    const suffix = t.slice(i, hit.end);
    const runStart = nameRunStart(t, i, 20);
    // the rightmost cut, unless it leaves nothing: an action word just before the ending belongs to the
    // name (建宁中学维修改造项目), and the name then starts at the cut before it
    const starts = nameStarts(t, runStart, i);
    const pick = starts[0] === i ? starts.slice(1, 2).filter((s) => !startsWithBoundary(t, s)) : starts.slice(0, 1);
    for (const start of pick) {
      const modifier = plainName(t.slice(start, i));
      if (modifier.length < 2 || madeOf(modifier, generic) || NOT_PROJECT.test(modifier) || DESCRIPTIVE.test(modifier)) continue;
      // a voltage or a count alone (35KV变电站, 1所…医院) names a kind of facility, not one
      if (/^\d+\s*(?:KV|kV|千伏|所|个|座|家)/u.test(modifier)) continue;
      // the ending is the start of a longer word (生物医学工程研究院), or the work is counted (污水处理厂项目2个): no named work
      if (LONGER_WORD_AFTER.test(t.slice(hit.end)) || ((suffix === "项目" || suffix === "工程") && COUNT_AFTER.test(t.slice(hit.end)))) continue;
      // a programme's project (973计划项目) is the programme's, not a work of its own
      if (/计划$/u.test(modifier)) continue;
      // a sector's project or base (通用航空项目, 节能环保装备制造基地) is a kind, not a named work
      if (industryOf(modifier) !== null) continue;
      // a quoted slogan or a known programme before 工程 / 计划项目 makes a programme, not a project (“135”工程, 天然林保护工程)
      if (/[“”]/u.test(t.slice(start, i)) || strategyOf(modifier) !== null) continue;
      // 项目 / 工程 after a bare activity word name a kind of work, not a project
      if ((suffix === "项目" || suffix === "工程") && modifier.length < 4) continue;
      // 工程 / 项目 after an abstract aim (营商环境优化工程, 园区提质工程, 天然林保护工程, …后续工程) name a programme of work, not a built thing
      if ((suffix === "项目" || suffix === "工程") && (/(?:优化|提质|提升|创建|发展|创新|示范|保护|后续)$/u.test(modifier) || (/建设$/u.test(modifier) && modifier.length <= 6))) continue;
      // a bare school or hospital after a verb is a kind of building, not a named one
      if (/^(?:学校|医院|中学|小学)$/u.test(suffix) && modifier.length < 3) continue;
      const surface = t.slice(start, hit.end);
      propose(ctx, {
        type: "Project", sentence: s.index, start, end: hit.end, surface, name: plainName(surface), attrs: {},
        rule: `project-suffix:${suffix}`, confidence: 0.65,
      });
      break;
    }
  }
}

function projectLists(ctx: Ctx, s: Sentence): void {
  const t = s.text;
  // (b) lists of projects: closed by 项目/工程, or mostly made of infrastructure names
  for (const list of enumerations(t, 24)) {
    const infra = list.items.filter((it) => INFRASTRUCTURE_END.test(it.text)).length;
    // sports, activities and services are 项目 too (乒乓球、羽毛球等体育项目): not works
    const byHead = projectHead?.test(list.head) === true && !/服务项目|产业项目|科技项目|体育|健身|运动|赛事|比赛|文体|活动/u.test(list.head);
    if (!byHead && infra * 2 <= list.items.length) continue;
    // tourist sights and landmarks listed as carriers (旅游景点和项目为载体) are places, not works
    // …等领域优质项目: the items are fields to attract projects in, not projects
    if (/景点|景区|领域|方面/u.test(list.head)) continue;
    const builds = constructionList(t, list.clauseStart, list.items[0]?.start ?? list.clauseStart, list.head, s.mapped.text);
    const invested = byHead && INVESTMENT.test(t.slice(list.clauseStart, list.items[0]?.start ?? list.clauseStart) + list.head);
    // the text itself closes the list as projects (…等项目建设)
    const namedProjects = /^等(?:一批)?(?:重点|重大)?项目/u.test(list.head);
    const shared = sharedLinePrefix(list.items.map((it) => plainName(it.text).replace(ROUTE_NOTE, "")));
    for (const item of list.items) {
      for (const it of splitProjects(item)) {
        // a note on the route or the place in brackets (8号线（沿湘府路）) is not part of the work's name
        const base = plainName(it.text).replace(COUNTED_TAIL, "").replace(ACTION_TAIL, "").replace(ROUTE_NOTE, "");
        const name = shared(base);
        if (name.length < 3 || NOT_PROJECT.test(name) || madeOf(name, generic) || startsWithBoundary(it.text, 0)) continue;
        // an activity (截污, 整治) is a work when it is done to a named facility (新开铺污水处理厂提标整治)
        if (LIST_ITEM_NOT_PROJECT.test(name) && !namesFacility(name)) continue;
        // an item without a project ending must at least not be a sector or a kind of service
        const suffix = PROJECT_SUFFIXES.filter((x) => name.endsWith(x)).sort((a, b) => b.length - a.length)[0];
        const ending = suffix !== undefined || INFRASTRUCTURE_END.test(name);
        // a kind of facility (康复医院、康养小镇、康养服务综合体等项目): only generic words before the ending
        if (suffix && name.length > suffix.length && madeOf(name.slice(0, -suffix.length), generic)) continue;
        // (in a list the text closes as projects, a long item is a name even with a descriptive word inside: 三一智慧钢铁城物流产业园)
        if (!ending && (industryOf(name) !== null || (DESCRIPTIVE.test(name) && !(namedProjects && name.length >= 8)))) continue;
        // a bare road, street or square is a project only in a list of things being built (…等道路建设)
        if (BARE_PLACE.test(name) && !builds) continue;
        const end = it.start + it.text.length - (plainName(it.text).length - base.length);
        // …unless the item is something of a named owner (欣龙集团20亿元的非织造新材料): a product line, not a firm
        if (invested && !ending && !FACILITY.test(name) && t[it.start - 1] !== "的") {
          propose(ctx, { type: "Enterprise", sentence: s.index, start: it.start, end, surface: t.slice(it.start, end), name, attrs: {}, rule: "enterprise-invested-list", confidence: 0.65 });
          continue;
        }
        // an item with no ending of a work must be long enough to be a name (登台观景、生态体验 are activities), and not
        // something of an owner the text names before it (欣龙集团…的非织造新材料)
        if (!ending && (name.length < 5 || t[it.start - 1] === "的")) continue;
        // a list the text itself closes as projects (…等项目建设) makes even a zone-named item a project
        propose(ctx, { type: "Project", sentence: s.index, start: it.start, end, surface: t.slice(it.start, end), name, attrs: {}, rule: "project-list", confidence: namedProjects ? 0.85 : 0.6 });
      }
    }
  }
}

function boxProjects(ctx: Ctx, s: Sentence): void {
    const t = s.text;
    // (c) 专栏 items
    {
      const body = t.replace(/[。；]$/u, "");
      const colon = body.indexOf("：");
      let pos = colon >= 0 && colon < 12 ? colon + 1 : 0;
      const pieces = body.slice(pos).split(/[；、]/u);
      // a box lists items: several short pieces, not a paragraph of prose
      if (pieces.length < 2 || pieces.some((p) => p.length > 40)) return;
      // …of projects: the box title says so, or most pieces end like projects
      const boxTitle = s.section[s.section.length - 1] ?? "";
      const projectLike = pieces.filter((p) => PROJECT_SUFFIXES.some((x) => p.endsWith(x)) || INFRASTRUCTURE_END.test(p)).length;
      if (!/项目|工程/u.test(boxTitle) && projectLike * 2 <= pieces.length) return;
      for (const piece of pieces) {
        const start = pos;
        pos += piece.length + 1;
        const name = plainName(piece.replace(/^\d+[.、]/u, ""));
        if (name.length < 4 || name.length > 30 || NOT_PROJECT.test(name)) continue;
        propose(ctx, { type: "Project", sentence: s.index, start, end: start + piece.length, surface: piece, name, attrs: {}, rule: "project-box-item", confidence: 0.55 });
      }
    }
}
