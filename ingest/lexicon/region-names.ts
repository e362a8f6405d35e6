/**
 * How Chinese division names are shortened in running text (天心区 → 天心, 湘西土家族苗族自治州 → 湘西 / 湘西州),
 * and which short or full forms are too generic to be read as a place. Word lists are data; the rule is small.
 */
import type { RegionLevel } from "../../graph/schema.ts";

/** The 55 minority nationalities (without 族), as they appear inside autonomous-area names. */
export const ETHNIC_GROUPS = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
  "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
  "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
  "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
] as const;

/** Administrative suffixes stripped to form a short name, longest first; one is stripped at most. */
export const DIVISION_SUFFIXES = [
  "特别行政区", "街道办事处", "地区", "新区", "林区", "特区", "矿区", "街道", "苏木", "省", "市", "区", "县", "镇", "乡", "盟", "旗",
] as const;

/**
 * Short forms that are ordinary words in plan language (复兴, 合作, 通道, 富民 …), so a bare occurrence is no
 * evidence of the place. General vocabulary, not picked from any document.
 */
export const GENERIC_SHORT_FORMS = new Set([
  "复兴", "合作", "通道", "富民", "资源", "光明", "大方", "安宁", "东方", "和平", "长寿", "江南", "江北", "青山",
  "金山", "新华", "长安", "平安", "向阳", "红旗", "前进", "友好", "新兴", "振兴", "工农", "团结", "胜利", "先锋",
  "建设", "解放", "人民", "文化", "高新", "开发", "经开", "港口", "海港", "临港", "郊区", "太平", "新市", "民主",
  "和谐", "共和", "统一", "繁荣", "兴隆", "发展", "开放", "创新", "安定", "公安", "保安", "城关", "铁西", "铁东",
  "桥东", "桥西", "站前", "滨海", "沿河", "沿江", "江海", "全州", "万年", "吉利", "白云", "南山", "北山", "东山",
  "西山", "天长", "龙井", "平原", "红星", "友谊", "东风", "新城", "中原", "阳光", "南部", "新建", "大城", "安居",
  "惠民", "富裕", "宏伟", "同心", "互助", "平和", "乐业", "兴业", "兴国", "运河", "古城", "天桥", "龙门", "河口",
  "天台", "滨江", "商城", "会同", "中方", "桃源", "凤凰", "洞口", "西湖", "东湖", "南湖", "石门", "民权", "龙潭", "安康", "大同", "龙山",
]);

/** Characters of position or generic place words: a short form made only of these (市中, 城东, 新城) says nothing. */
const POSITIONAL = /^[东西南北中上下前后左右内外新老旧城郊区市县镇乡]+$/u;

/** Full names that are also ordinary words (城区, 郊区, 市中区 …): kept for lookup, never scanned in text. */
export const GENERIC_FULL_NAMES = new Set(["城区", "郊区", "矿区", "市中区", "城中区", "新城区", "老城区", "新市区", "和县", "城关区", "范县"]);

/**
 * Major rivers and lakes whose names a short form can run into (滨临湘江 holds 临湘 + 湘江): a short form whose
 * last character starts one of these is not read.
 */
export const WATER_NAMES = new Set(["湘江", "资江", "沅水", "澧水", "长江", "珠江", "黄河", "淮河", "汉江", "赣江", "洞庭", "闽江", "漓江", "嘉陵"]);

/**
 * Heads that turn a preceding short form into a street or landmark name (芙蓉路, 韶山南路, 石峰大桥, 天心阁):
 * the short form then names the landmark, not the division. 街道 is a town suffix, not a street.
 */
export const LANDMARK_HEADS = [
  "路", "东路", "西路", "南路", "北路", "中路", "大道", "大街", "街", "巷", "大桥", "桥", "广场", "公园", "阁", "寺", "书院",
  "岭", "隧道", "码头", "站", "机场", "人才", "岛", "山区", "山片区", "村", "社区", "景区", "大学", "学院", "医院",
] as const;

const DIRECTIONS = "东西南北";

/** Characters that form a word with a following 大 (扩大, 重大, 五大, 加大 …). */
const BEFORE_DA = "扩重加最巨强壮广伟盛远宏做放较很更两三四五六七八九十百千特超庞浩博高长增夸偌老";

/**
 * 扩大连锁 holds 大连, 五大理念 holds 大理: a short form starting with 大 right after a character that makes
 * a word with 大 is not read.
 */
export function splitsDaWord(shortForm: string, previous: string | undefined): boolean {
  return shortForm.startsWith("大") && previous !== undefined && BEFORE_DA.includes(previous);
}

/**
 * A short form ending in a direction that runs into another direction is a compass region of the province
 * (湘西北, 湘西南 = north-west / south-west Hunan), not the prefecture named 湘西.
 */
export function isCompassCompound(shortForm: string, next: string | undefined): boolean {
  const last = shortForm[shortForm.length - 1] ?? "";
  return next !== undefined && DIRECTIONS.includes(last) && DIRECTIONS.includes(next);
}

const ETHNIC_TAIL = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUPS.join("|")})族|蒙古|维吾尔|各族)*(?:民族)?(自治区|自治州|自治县|自治旗|民族乡|乡|镇|区)$`, "u");

export interface NameForms {
  /** Forms a writer uses when the suffix is dropped (天心, 湘西). */
  short: string[];
  /** Other complete forms (湘西州, 通道县). */
  aliases: string[];
}

/** Short forms and alternative complete forms of one division name. */
export function nameForms(name: string, level: RegionLevel): NameForms {
  const short = new Set<string>();
  const aliases = new Set<string>();
  const autonomous = /自治[区州县旗]$|族[乡区]$/u.test(name) ? ETHNIC_TAIL.exec(name) : null;
  if (autonomous?.[1]) {
    // 鄂温克族自治旗: the nationality is the whole name, so the base keeps it without 族 (鄂温克旗).
    const bare = autonomous[1].replace(/族$/u, "");
    const base = (ETHNIC_GROUPS as readonly string[]).includes(bare) ? bare : autonomous[1];
    short.add(base);
    const kind = autonomous[2];
    // 湘西州, 通道县, 鄂伦春旗: the base plus the generic unit, a complete form in everyday use.
    if (kind === "自治州") aliases.add(`${base}州`);
    if (kind === "自治县") aliases.add(`${base}县`);
    if (kind === "自治旗") aliases.add(`${base}旗`);
  } else {
    const suffix = DIVISION_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
    if (suffix) short.add(name.slice(0, -suffix.length));
  }
  // A town's short form (城关, 新华, 东风) is rarely the town, so towns keep only complete forms.
  const usable = [...short].filter((s) => level !== "town" && s.length >= 2 && !isGenericShortForm(s));
  return { short: usable, aliases: [...aliases].filter((a) => a !== name) };
}

export function isGenericShortForm(form: string): boolean {
  return GENERIC_SHORT_FORMS.has(form) || POSITIONAL.test(form);
}

/** Level of a division from its code length and name (区 → district; 县, 县级市, 旗, 林区 → county). */
export function levelOf(code: string, name: string): RegionLevel {
  if (code.length === 2) return "province";
  if (code.length === 4) return "city";
  if (code.length === 6) return /区$/u.test(name) && !/(林区|特区)$/u.test(name) ? "district" : "county";
  return "town";
}
