/**
 * Generic vocabulary for enterprises (data only): name endings of firms, groups and institutes, and the
 * contexts that mark list items as firms (依托A、B等核心企业, 以A为龙头).
 */

/** Endings of a firm's or institute's name, longest first. */
export const ENTERPRISE_SUFFIXES: readonly string[] = [
  "股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "分公司", "公司", "（集团）", "集团", "控股", "股份", "药业",
  "研究所", "研究院", "设计院", "银行", "传媒", "资本", "地产", "置业", "证券", "保险", "物流", "医药", "科技", "电子", "新材",
];

/** Suffixes that make a name a firm only inside a firm context (a list of 企业, after 依托 …). */
export const WEAK_ENTERPRISE_SUFFIXES: ReadonlySet<string> = new Set(["物流", "医药", "科技", "电子", "新材", "传媒", "资本", "地产", "保险", "证券"]);

/** Modifiers too generic to name a firm (本土企业, 龙头企业, 各类公司). */
export const ENTERPRISE_GENERIC_MODIFIERS: readonly string[] = [
  "本土", "龙头", "骨干", "核心", "重点", "大型", "中小", "小微", "民营", "国有", "外资", "上市", "高新技术", "科技型", "创新型", "知名", "优质",
  "规模", "各类", "一批", "相关", "配套", "金融", "投资", "担保", "融资", "小额贷款", "商业", "村镇", "农村商业", "产业", "平台", "集团", "省",
  "市", "区", "国家", "中央", "地方", "新", "老", "子", "母", "总", "分", "建设", "开发", "物业", "城投", "文旅", "科技", "电子", "现代",
  "智慧", "的", "等", "和", "与", "及", "家", "个", "多", "大", "小", "高", "低", "中", "金融租赁", "人民", "中介", "保险", "证券", "股权投资",
  "投融资", "汽车金融", "国内外", "大公司", "演艺", "教育", "小额贷款", "股权投资", "或", "老", "居民", "养老", "医疗", "城乡", "城镇", "职工",
  "失业", "工伤", "生育", "规范", "低保", "社会", "基本", "大病", "补充", "文化体育", "集体资产", "职教", "集体", "著名", "股份", "小学", "中学", "租赁", "担保", "典当", "信托", "期货", "基金", "风险投资", "创投",
];

/** A list item holding one of these describes firms (科技含量高, 知名民企) or goods, it does not name one. */
export const NOT_FIRM_ITEM = /^(?:做|更|最|很)?[\u4e00-\u9fa5]?[高强大好]$|靶材|材料$|型|化$|的|自主|品牌|实力|产品|材料|机械|设备|装备|重点|知名|大型|国家级|省级|实验室|工商户|社区|村庄|家庭|机关|学校|央企|民企|外企|国企/u;

/** After a list of names, one of these heads says the items are firms. */
export const ENTERPRISE_LIST_HEAD = /^等?(?:一批)?[^，。；、]{0,16}?(?:企业|公司|集团|龙头|厂商|品牌企业|投资者|投资商|战略投资|金融机构|老字号)(?!制度|机制|政策|服务|诉求|需求|负担|环境)/u;

/** `以X为龙头 / 依托X` introduce firms when X carries a firm ending or sits in a firm list. */
export const LEADER_PATTERN = /以([^，。；、以为]{2,12})为(?:龙头|核心|依托|引领)/gu;
