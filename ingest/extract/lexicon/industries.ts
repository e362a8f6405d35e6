/**
 * Generic vocabulary for industries (data only): the heads that end an industry name, modifiers that
 * make an `X产业` phrase a category rather than a sector (主导产业, 相关产业), and words that, inside a
 * list item, show it is not a sector at all.
 */

/** Heads that end an industry phrase, longest first. */
export const INDUSTRY_HEADS: readonly string[] = ["产业集群", "产业链", "产业", "服务业", "制造业", "行业"];

/** `X产业` with X made only of these is a category of industries, not a sector. */
export const INDUSTRY_GENERIC_MODIFIERS: readonly string[] = [
  "主导", "支柱", "优势", "特色", "新兴", "相关", "配套", "传统", "战略性", "战略", "重点", "核心", "关联", "上下游", "优质", "高端", "低端",
  "其他", "各类", "三次", "第一", "第二", "第三", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "大", "个", "项", "类",
  "本地", "地方", "当地", "区域", "全区", "全市", "全省", "我区", "新", "老", "现有", "本土", "未来", "先导", "基础", "实体", "主要", "富民",
  "绿色", "低碳", "高", "中", "低", "等", "的", "和", "及", "与", "为", "是", "动力", "千亿", "百亿", "亿元", "级", "型", "化", "性", "链",
  "产业", "重大", "龙头", "关键", "前沿", "朝阳", "夕阳", "劳动密集", "资金密集", "技术密集", "知识密集", "高耗能", "高污染", "落后", "过剩",
  "更多", "中小", "大中", "小微", "产能", "接续", "替代", "融合", "集群", "生态", "平台", "园区", "企业", "城市", "城区", "农村", "乡村", "县域", "镇域", "村级", "集体", "两型",
];

/** A sector word followed by one of these modifies another noun (法律服务体系, 银行卡中心), it is no sector mention. */
export const NOT_INDUSTRY_AFTER = /^(?:应用|版图|拓展|体系|平台|机构|网点|卡|设施|能力|水平|标准|政策|分支|管理|监管|执法|安全|人才|技术|资源|需求|市场|环境|项目|工程|部门|系统|网络|工作|行动|改革|制度|保障|职能|功能|用地|价格|指数|结构|质量|条件|主体|基础|意识|理念|知识|信息化)/u;

/** A sector word right after one of these is part of a public-service or policy phrase (公共法律服务). */
/**
 * Kinds of institution a sector is made of (金融 › 保险、证券、银行): written after their sector (金融保险, 金融证券业)
 * they join it — "finance and insurance" — rather than narrow it the way 文化演艺 narrows 文化.
 */
export const INSTITUTION_BRANCHES: ReadonlySet<string> = new Set(["保险", "证券", "银行", "信托", "期货", "担保", "基金"]);

export const NOT_INDUSTRY_BEFORE = /(?:公共|基本|社会|政务|行政|公益)$/u;

/** An item holding one of these is a measure, an act or a place, not a sector. */
export const NOT_INDUSTRY: RegExp = /[\d%]|[，。]|增加值|比重|占|总量|规模|收入|产值|投资|项目|企业|园区|基地|中心|集团|公司|平台|体系|水平|能力|机制|政策|环境|结构|布局|格局|建设|改革|工作|创新|人才|市场主体/u;
