/**
 * Generic vocabulary for parks and zones (data only): the suffixes that end a zone's name, the
 * abbreviations plans use for the zone a document is about, and modifiers too generic to make a name.
 */

/** Suffixes that end a Park name, longest first so `高新技术产业开发区` wins over `开发区`. */
export const PARK_SUFFIXES: readonly string[] = [
  "高新技术产业开发区", "经济技术开发区", "高新技术产业示范园", "自由贸易试验区", "经济开发区", "综合保税区", "产业开发区", "工业集中区",
  "自贸试验区", "自由贸易区", "自贸区",
  "高新技术产业化基地", "产业化基地", "产业创新基地", "产业基地", "示范基地", "孵化基地", "出版基地", "智造基地", "智造园",
  "产业示范园", "文化产业园", "产业园区", "工业园区", "物流园区", "科技园区", "健康产业园区", "园区",
  "高新区", "经开区", "开发区", "保税区", "集聚区", "聚集区", "服务区", "商务区", "度假区",
  "产业园", "工业园", "科技园", "高科园", "创业园", "创新园", "示范园", "物流园", "博览园", "科创园",
  "科技城", "新城", "生态城", "创新城", "材料城", "物流城", "产业城", "科教新区", "新区",
  "聚集带", "集聚带", "金融外滩", "商圈", "片区", "数谷",
];

/**
 * Suffixes that on their own (or after these generic modifiers) name no particular zone: `产业园区`,
 * `工业园`, `各类园区`. A candidate whose modifier is only made of these is dropped.
 */
export const PARK_GENERIC_MODIFIERS: readonly string[] = [
  "产业", "工业", "特色", "现代", "专业", "重点", "各类", "各", "省级", "国家级", "国家", "省", "市级", "区级", "全省", "全市", "全区",
  "一批", "新", "本", "该", "此", "其他", "相关", "周边", "高新", "科技", "创新", "创业", "生态", "文化", "物流", "商贸", "城市", "核心",
  "中心", "老", "主", "两", "三", "四", "五", "六", "多", "千亿", "百亿", "智慧", "示范", "功能", "服务", "商务", "综合", "配套", "标准",
  "园", "区", "城", "级", "大", "小", "好", "五好", "禁止", "限制", "优化", "重点开发", "各大", "重要", "高端", "高品质", "新老", "旧城", "差异化",
  "战略性新兴", "新兴", "服务业", "绿色", "低碳", "现代化", "一流", "幸福", "平安", "健康", "宜居", "美丽", "文明", "和谐", "效能", "创新型", "全省性", "非省会", "城市", "性", "工业性", "综合型", "财政", "高度", "出口", "青年", "孵化", "知识产权", "就业", "社会组织", "乡村旅游", "观光休闲", "现代农业", "两大", "三大", "四大", "五大", "六大", "核心城区", "核心园区", "东部", "西部", "南部", "北部", "中部", "东", "西", "南", "北", "中",
];

/** Bare abbreviations a document uses for the zone it names in full (株洲高新区 → 高新区). */
export const PARK_ABBREVIATIONS: ReadonlyArray<{ short: string; full: readonly string[] }> = [
  { short: "高新区", full: ["高新技术产业开发区", "高新区"] },
  { short: "经开区", full: ["经济技术开发区", "经济开发区", "经开区"] },
  { short: "开发区", full: ["开发区"] },
  { short: "综保区", full: ["综合保税区"] },
];

/** Equivalent spellings inside zone names, long → short, used to compare two surfaces of one zone. */
export const PARK_NAME_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/高新技术产业开发区$/u, "高新区"],
  [/经济技术开发区$|经济开发区$/u, "经开区"],
  [/^(.{2,})(?:国家级|国家|省级)/u, "$1"],
  [/^(?:国家级|国家|省级|湖南省|湖南)/u, ""],
  // common short forms of a zone word: 高科园 (高新科技园) = 科技园, 科技创新城 = 科技城, 生态新城 = 生态城
  [/高科园$/u, "科技园"],
  [/科技创新城$/u, "科技城"],
  [/生态新城$/u, "生态城"],
  [/自由贸易(试验)?区$/u, "自贸$1区"],
];

/** Official long forms of a zone word's standard short form: a zone written short is known by its long name too. */
export const PARK_SHORT_FORMS: ReadonlyArray<[short: RegExp, long: string]> = [
  [/自贸试验区$/u, "自由贸易试验区"],
  [/自贸区$/u, "自由贸易区"],
  [/综保区$/u, "综合保税区"],
];

/**
 * Names of regional groupings that open zone names the way a city does (长株潭融城核心商圈 ≡ 融城商圈): general
 * geography, not divisions, so the division table does not know them.
 */
export const REGIONAL_GROUPINGS: readonly string[] = ["长株潭", "长三角", "珠三角", "京津冀", "粤港澳", "成渝", "环洞庭湖", "大湘西"];
