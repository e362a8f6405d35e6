/**
 * Generic vocabulary for strategies (data only): the words that mark a phrase as a strategy or
 * programme, and the verbs after which a quoted slogan acts as one (实施“…”, 对接“…”).
 */

/** A quoted phrase followed by one of these is a strategy; `keep` says whether the word joins the name. */
export const STRATEGY_MARKERS: ReadonlyArray<{ word: string; keep: boolean }> = [
  { word: "发展战略", keep: false }, { word: "战略布局", keep: false }, { word: "总战略", keep: true }, { word: "战略", keep: false },
  { word: "行动计划", keep: true }, { word: "人才计划", keep: true }, { word: "计划", keep: true }, { word: "工程", keep: true },
  { word: "发展理念", keep: false }, { word: "理念", keep: false }, { word: "行动", keep: true }, { word: "模式", keep: true },
];

/** Unquoted `X战略` with X a short phrase (——创新驱动战略。大力实施新型城镇化发展战略). */
export const UNQUOTED_STRATEGY = /([\u4e00-\u9fa5]{2,6})(发展战略|战略)(?![性目])/gu;

/** Verbs after which a quoted slogan is a strategy the subject carries out. */
export const STRATEGY_VERBS: readonly string[] = [
  "实施", "坚持", "落实", "对接", "融入", "推进", "推动", "践行", "贯彻", "围绕", "打造", "创建", "争创", "深化", "紧扣", "按照", "抢抓", "服务", "助推",
  "抓住", "紧抓", "依托", "构建", "以", "深入实施", "全面实施", "大力实施", "积极对接", "主动融入", "全面落实", "深入推进",
];

/** Titles of plans and policy documents in 《》 that are themselves programmes (not the plan's own title). */
export const POLICY_TITLE_END = /(?:规划纲要|发展规划|规划|实施方案|方案|意见|行动计划|计划|决定|纲要)$/u;
export const OWN_PLAN_TITLE = /国民经济和社会发展|五年规划|远景目标/u;

/** `X示范区 / X试验区 / X试点` that carry 国家 / 省 / 全国 are policy titles, i.e. strategies, not places. */
export const POLICY_ZONE = /^(?:.{0,6}(?:国家|国家级|全国|省级|省))[^，。]{2,14}(?:示范区|试验区|改革试验区|试点城市|试点|示范城市)$/u;
