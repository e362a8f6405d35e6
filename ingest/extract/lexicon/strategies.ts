/**
 * Generic vocabulary for strategies (data only): the words that mark a phrase as a strategy or
 * programme, and the verbs after which a quoted slogan acts as one (实施“…”, 对接“…”).
 */

/** A quoted phrase followed by one of these is a strategy; `keep` says whether the word joins the name. */
export const STRATEGY_MARKERS: ReadonlyArray<{ word: string; keep: boolean }> = [
  { word: "发展战略", keep: false }, { word: "战略布局", keep: false }, { word: "总战略", keep: true }, { word: "战略", keep: false },
  { word: "行动计划", keep: true }, { word: "人才计划", keep: true }, { word: "计划", keep: true }, { word: "工程", keep: true },
  { word: "发展理念", keep: false }, { word: "理念", keep: false }, { word: "行动", keep: true }, { word: "模式", keep: true },
  { word: "空间格局", keep: false }, { word: "发展格局", keep: false }, { word: "格局", keep: false }, { word: "发展导向", keep: false },
];

/** After a quoted slogan: `的…战略` (“一接二稳三提升”的暮云片区发展战略) or a count and a noun (“…”三区建设, “…”三大战略). */
export const LATE_MARKER = /^(?:的[^，。；“”]{0,8}(?:战略|导向|格局)|[一二三四五六七八九十两]+(?:大|项|个)?[\u4e00-\u9fa5]{0,2}(?:战略|建设|行动|工程))/u;

/** Policy zones and pilots named in running text (争创国家生态文明试验区, 推进新型城镇化综合试点). */
export const POLICY_ZONE_IN_TEXT = /(?:国家级?|全国|省级?)?[\u4e00-\u9fa5]{2,14}?(?:示范区|试验区|试点城市|综合试点|改革试点)/gu;

/** Unquoted `X战略` leading a list item or sentence (——创新驱动战略。) or after a verb of carrying out. */
export const UNQUOTED_STRATEGY = /([\u4e00-\u9fa5]{2,8}?)(发展战略|战略)(?![性目部])/gu;

/** What may stand just before an unquoted strategy name: a sentence start, a dash, or one of these verbs. */
export const UNQUOTED_BEFORE = /(?:^|——|—)$|(?:深入实施|全面实施|大力实施|实施|坚持|落实|贯彻)$/u;

/** Unquoted names too generic to be a strategy (国家战略, 三大战略, 发展战略). */
export const GENERIC_STRATEGY_NAME = /^(?:第|为|把|主要|积极|深度|构建|推动|对接|融入)|国家|区域|这个|^(?:重大|三大|四大|五大|总体|重要|发展|引导|引进|对外开放|产业技术创新|城市化|国家区域|整体|长远|全局)$/u;

/** Verbs after which a quoted slogan is a strategy the subject carries out. */
export const STRATEGY_VERBS: readonly string[] = [
  "实施", "坚持", "落实", "对接", "融入", "践行", "贯彻", "打造", "创建", "争创", "深化", "紧扣", "按照", "抢抓", "助推", "抓住", "紧抓",
  "深入实施", "全面实施", "大力实施", "积极对接", "主动融入", "全面落实", "加快", "加快建设",
];

/** Quoted content that names a place or a figure of speech, not a strategy (…产业城, …第一区). */
export const NOT_STRATEGY_QUOTE = /(?:区|城|园|中心|基地)$|^.{1,3}$|^[一二三四五六七八九十两]+[个项]/u;

/** Titles of plans and policy documents in 《》 that are themselves programmes (not the plan's own title). */
export const POLICY_TITLE_END = /(?:规划纲要|发展规划|规划|实施方案|方案|意见|行动计划|计划|决定|纲要)$/u;
export const OWN_PLAN_TITLE = /国民经济和社会发展|五年规划|远景目标/u;

/** `X示范区 / X试验区 / X试点` that carry 国家 / 省 / 全国 are policy titles, i.e. strategies, not places. */
export const POLICY_ZONE = /^(?:.{0,6}(?:国家|国家级|全国|省级|省))[^，。]{2,14}(?:示范区|试验区|改革试验区|试点城市|试点|示范城市)$/u;
