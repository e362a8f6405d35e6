/**
 * Strategies and programmes known nationally, in Hunan province, and for multi-province or sub-provincial
 * regions, with their scope and the forms writers use (general knowledge; city-level slogans are left to the
 * extractor's patterns). Rows are [canonical name, scope, aliases joined by "|"].
 */
import type { StrategyScope } from "../../graph/schema.ts";

export interface StrategyEntry {
  name: string;
  scope: StrategyScope;
  aliases: string[];
  /**
   * `slogan`: a political or ideological formula (五位一体, 新发展理念) — the frame every plan cites, not a
   * development strategy it carries out. `work`: a routine work item, reform or urban-works programme
   * (棚户区改造, 国有企业改革) — a strategy only where the plan makes it one of its own focuses. `area`: an urban
   * agglomeration named as a place (长株潭城市群 — the region a plan sits in), a strategy only where made a focus.
   */
  kind?: "slogan" | "work" | "area";
}

/** Ideological formulas and political goals every plan of the period cites (general knowledge, by name). */
const SLOGANS = new Set(["全面建成小康社会", "四个全面", "五位一体", "新发展理念", "共同富裕", "生态文明建设", "美丽中国", "平安中国", "可持续发展"]);
/** Routine reforms and urban works found in any plan's task list. */
const WORK_ITEMS = new Set([
  "棚户区改造", "老旧小区改造", "城市更新", "美丽乡村", "特色小镇", "智慧城市", "海绵城市", "新型工业化", "新型基础设施建设", "国有企业改革",
  "混合所有制改革", "商事制度改革", "营改增", "两化融合", "河长制", "林长制", "厕所革命", "一村一品", "最多跑一次",
]);

type StrategyRow = readonly [name: string, scope: StrategyScope, aliases: string];

const ROWS: StrategyRow[] = [
  // National strategies and programmes.
  ["一带一路", "national", "丝绸之路经济带和21世纪海上丝绸之路|丝绸之路经济带|21世纪海上丝绸之路|一带一路倡议"],
  ["中国制造2025", "national", "中国制造二〇二五|《中国制造2025》"],
  ["互联网+", "national", "互联网＋|互联网加|互联网+行动计划"],
  ["乡村振兴", "national", "乡村振兴战略|实施乡村振兴战略"],
  ["供给侧结构性改革", "national", "供给侧改革|供给侧结构改革"],
  ["大众创业万众创新", "national", "大众创业、万众创新|双创|大众创业 万众创新"],
  ["创新驱动发展", "national", "创新驱动|创新驱动发展战略"],
  ["新型城镇化", "national", "新型城镇化战略|以人为核心的新型城镇化"],
  ["精准扶贫", "national", "精准脱贫|精准扶贫精准脱贫|精准扶贫、精准脱贫"],
  ["脱贫攻坚", "national", "打赢脱贫攻坚战|脱贫攻坚战"],
  ["健康中国", "national", "健康中国2030|健康中国战略"],
  ["碳达峰碳中和", "national", "双碳|碳达峰、碳中和|碳达峰与碳中和|碳达峰和碳中和"],
  ["放管服", "national", "放管服改革|简政放权、放管结合、优化服务"],
  ["全面建成小康社会", "national", "全面小康|决胜全面建成小康社会|小康社会"],
  ["制造强国", "national", "制造强国战略"],
  ["网络强国", "national", "网络强国战略"],
  ["数字中国", "national", "数字中国建设"],
  ["交通强国", "national", "交通强国建设"],
  ["科教兴国", "national", "科教兴国战略"],
  ["人才强国", "national", "人才强国战略"],
  ["文化强国", "national", "社会主义文化强国"],
  ["质量强国", "national", "质量强国战略"],
  ["美丽中国", "national", "美丽中国建设"],
  ["平安中国", "national", "平安中国建设"],
  ["生态文明建设", "national", "生态文明"],
  ["军民融合", "national", "军民融合发展|军民融合发展战略|军民深度融合"],
  ["区域协调发展", "national", "区域协调发展战略"],
  ["可持续发展", "national", "可持续发展战略"],
  ["就业优先", "national", "就业优先战略|就业优先政策"],
  ["知识产权强国", "national", "国家知识产权战略|知识产权强国战略"],
  ["四个全面", "national", "四个全面战略布局"],
  ["五位一体", "national", "五位一体总体布局"],
  ["两型社会", "national", "两型|资源节约型和环境友好型社会|资源节约型、环境友好型社会|两型社会建设"],
  ["四化同步", "national", "新型工业化、信息化、城镇化、农业现代化同步发展"],
  ["两化融合", "national", "信息化和工业化深度融合|信息化与工业化融合|两化深度融合"],
  ["新型工业化", "national", "新型工业化道路"],
  ["新型基础设施建设", "national", "新基建|新型基础设施"],
  ["双循环", "national", "新发展格局|国内国际双循环|国内大循环为主体、国内国际双循环相互促进"],
  ["共同富裕", "national", ""],
  ["宽带中国", "national", "宽带中国战略"],
  ["工业强基", "national", "工业强基工程"],
  ["大数据战略", "national", "国家大数据战略"],
  ["三去一降一补", "national", "去产能、去库存、去杠杆、降成本、补短板"],
  ["三大攻坚战", "national", "防范化解重大风险、精准脱贫、污染防治"],
  ["污染防治攻坚战", "national", "打好污染防治攻坚战"],
  ["蓝天保卫战", "national", "打赢蓝天保卫战"],
  ["河长制", "national", "河长制湖长制|河湖长制"],
  ["林长制", "national", ""],
  ["厕所革命", "national", ""],
  ["全域旅游", "national", "全域旅游示范区"],
  ["海绵城市", "national", "海绵城市建设"],
  ["智慧城市", "national", "新型智慧城市|智慧城市建设"],
  ["城市更新", "national", "城市更新行动"],
  ["棚户区改造", "national", "棚改|棚户区改造工程"],
  ["老旧小区改造", "national", "城镇老旧小区改造"],
  ["美丽乡村", "national", "美丽乡村建设"],
  ["特色小镇", "national", "特色小城镇"],
  ["一村一品", "national", ""],
  ["藏粮于地藏粮于技", "national", "藏粮于地、藏粮于技"],
  ["六稳六保", "national", "六稳|六保|六稳、六保"],
  ["两新一重", "national", ""],
  ["万企帮万村", "national", "万企帮万村行动"],
  ["国有企业改革", "national", "国企改革|国资国企改革"],
  ["混合所有制改革", "national", "混改|混合所有制经济"],
  ["营改增", "national", "营业税改征增值税"],
  ["商事制度改革", "national", ""],
  ["最多跑一次", "national", "最多跑一次改革"],
  ["新发展理念", "national", "创新、协调、绿色、开放、共享|五大发展理念"],
  ["千人计划", "national", "国家千人计划"],
  // Regional strategies: several provinces, or a region inside one.
  ["长江经济带", "regional", "长江经济带发展|长江经济带战略|共抓大保护、不搞大开发"],
  ["中部崛起", "regional", "中部地区崛起|促进中部地区崛起|中部崛起战略"],
  ["西部大开发", "regional", "西部大开发战略"],
  ["东北振兴", "regional", "东北地区等老工业基地振兴|东北全面振兴"],
  ["京津冀协同发展", "regional", "京津冀一体化"],
  ["粤港澳大湾区", "regional", "粤港澳大湾区建设|大湾区"],
  ["长三角一体化", "regional", "长江三角洲区域一体化|长三角区域一体化"],
  ["黄河流域生态保护和高质量发展", "regional", "黄河流域高质量发展"],
  ["成渝地区双城经济圈", "regional", "成渝双城经济圈"],
  ["长江中游城市群", "regional", ""],
  ["泛珠三角区域合作", "regional", "泛珠三角|泛珠合作"],
  ["洞庭湖生态经济区", "regional", "环洞庭湖生态经济区|洞庭湖生态经济区建设"],
  ["武陵山片区区域发展与扶贫攻坚", "regional", "武陵山片区|武陵山片区扶贫攻坚|武陵山区"],
  ["罗霄山片区区域发展与扶贫攻坚", "regional", "罗霄山片区"],
  ["湘南湘西承接产业转移示范区", "regional", "湘南承接产业转移示范区|湘南湘西承接产业转移|承接产业转移示范区"],
  ["湘赣边区域合作示范区", "regional", "湘赣边区域合作"],
  ["长株潭一体化", "regional", "长株潭一体化发展|长株潭区域一体化|长株潭融城"],
  ["长株潭城市群", "regional", "长株潭城市群建设|长株潭城市群一体化"],
  ["长株潭都市圈", "regional", "长株潭都市圈建设"],
  ["环长株潭城市群", "regional", "3+5城市群|长株潭3+5城市群"],
  ["长株潭两型社会试验区", "regional", "长株潭两型试验区|两型试验区|长株潭城市群两型社会建设综合配套改革试验区|长株潭城市群资源节约型和环境友好型社会建设综合配套改革试验区|两型社会建设综合配套改革试验区"],
  ["长株潭国家自主创新示范区", "regional", "长株潭自创区|长株潭自主创新示范区|长株潭国家自创区"],
  // Hunan provincial strategies and programmes.
  ["三高四新", "provincial", "三高四新战略|“三高四新”战略定位和使命任务|三个高地、四新使命|三个高地四新使命|三个高地|四新使命"],
  ["创新引领开放崛起", "provincial", "创新引领、开放崛起|创新引领开放崛起战略"],
  ["一带一部", "provincial", "一带一部战略|一带一部战略定位"],
  ["四化两型", "provincial", "四化两型战略"],
  ["产业项目建设年", "provincial", "产业项目建设年活动"],
  ["五个100", "provincial", "五个100工程"],
  ["制造强省", "provincial", "制造强省建设|制造强省战略"],
  ["创新型省份建设", "provincial", "创新型湖南|创新型省份"],
  ["开放强省", "provincial", "开放强省战略"],
  ["芙蓉人才行动计划", "provincial", "芙蓉人才计划"],
];

/** Every known strategy with scope and aliases; names and aliases are unique across entries. */
export const STRATEGIES: readonly StrategyEntry[] = ROWS.map(([name, scope, aliases]) => ({
  name,
  scope,
  aliases: aliases ? aliases.split("|") : [],
  ...(SLOGANS.has(name) ? { kind: "slogan" as const } : WORK_ITEMS.has(name) ? { kind: "work" as const } : /城市群$/u.test(name) ? { kind: "area" as const } : {}),
}));

/** The kind of a known strategy name (see StrategyEntry.kind), or undefined for a strategy proper. */
export function strategyKind(name: string): StrategyEntry["kind"] {
  return STRATEGIES.find((s) => s.name === name)?.kind;
}

/** Words writers attach to a strategy name (乡村振兴战略, 一带一路倡议, 两型社会建设), longest first. */
export const STRATEGY_SUFFIXES = ["发展战略", "战略部署", "战略", "行动计划", "行动", "倡议", "工程", "建设", "计划", "改革"] as const;

const index = new Map<string, StrategyEntry>();
function normalize(surface: string): string {
  return surface.normalize("NFKC").replace(/[\s“”"'‘’《》「」、，,·]/gu, "");
}
for (const entry of STRATEGIES) {
  for (const form of [entry.name, ...entry.aliases]) {
    const key = normalize(form);
    if (!index.has(key) || form === entry.name) index.set(key, entry);
  }
}

/** The strategy a surface names (quotes, spaces and enumeration commas ignored; one suffix stripped), or null. */
export function matchStrategy(surface: string): { name: string; scope: StrategyScope } | null {
  const s = normalize(surface);
  const forms = [s, ...STRATEGY_SUFFIXES.filter((x) => s.endsWith(x) && s.length - x.length >= 2).map((x) => s.slice(0, -x.length))];
  for (const form of forms) {
    const hit = index.get(form);
    if (hit) return { name: hit.name, scope: hit.scope };
  }
  // 互联网+政务服务, 互联网+先进制造: the open-ended programme names the head.
  if (s.startsWith("互联网+")) return { name: "互联网+", scope: "national" };
  return null;
}
