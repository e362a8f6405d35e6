/**
 * Indicator lexicon: standard statistical indicators of Chinese development plans and the words around
 * them (units, qualifiers, binding attributes, table headers). General knowledge only, kept as data.
 */

export interface IndicatorEntry {
  /** Canonical name, as the National Bureau of Statistics / plan outlines usually spell it. */
  name: string;
  /** Other spellings seen in plans; matched after white space and brackets are removed. */
  aliases: readonly string[];
  /** The indicator is a pure number (e.g. a coefficient), so a figure without unit is still complete. */
  dimensionless?: boolean;
}

/** Longest alias wins when names overlap (人均地区生产总值 before 地区生产总值). */
export const INDICATORS: readonly IndicatorEntry[] = [
  { name: "地区生产总值", aliases: ["GDP", "生产总值", "地区生产总值总量", "经济总量", "国内生产总值"] },
  { name: "人均地区生产总值", aliases: ["人均GDP", "人均生产总值"] },
  { name: "财政总收入", aliases: ["财政收入总额"] },
  { name: "一般公共预算收入", aliases: ["公共财政预算收入", "地方一般公共预算收入", "地方财政收入", "一般预算收入", "地方公共财政预算收入"] },
  { name: "税收收入", aliases: ["税收总额"] },
  { name: "全社会固定资产投资", aliases: ["固定资产投资", "固定资产投资总额", "全社会固定资产投资总额"] },
  { name: "社会消费品零售总额", aliases: ["社会消费品零售", "社会消费品零售额", "社消零总额"] },
  { name: "规模以上工业增加值", aliases: ["规模工业增加值", "规上工业增加值", "规模以上工业企业增加值"] },
  { name: "规模以上工业总产值", aliases: ["规模工业总产值", "规上工业总产值", "规模以上工业产值", "规模工业产值"] },
  { name: "工业增加值", aliases: ["全部工业增加值"] },
  { name: "服务业增加值", aliases: ["第三产业增加值"] },
  { name: "高新技术产业增加值", aliases: ["高新技术增加值"] },
  { name: "城镇居民人均可支配收入", aliases: ["城市居民人均可支配收入", "城镇常住居民人均可支配收入"] },
  { name: "农村居民人均可支配收入", aliases: ["农民人均可支配收入", "农村常住居民人均可支配收入"] },
  { name: "城乡居民人均可支配收入", aliases: ["居民人均可支配收入", "全体居民人均可支配收入"] },
  { name: "城镇居民人均纯收入", aliases: ["城市居民人均纯收入"] },
  { name: "农村居民人均纯收入", aliases: ["农民人均纯收入"] },
  { name: "进出口总额", aliases: ["外贸进出口总额", "对外贸易进出口总额", "进出口贸易总额", "外贸进出口"] },
  { name: "实际利用外资", aliases: ["实际到位外资", "实际使用外资", "实际利用外商直接投资"] },
  { name: "实际到位内资", aliases: ["实际利用内资"] },
  { name: "城镇化率", aliases: ["常住人口城镇化率", "城镇化水平"] },
  // counted on registered residents (户籍), a different and lower figure than 城镇化率 on resident population
  { name: "户籍人口城镇化率", aliases: [] },
  { name: "常住人口", aliases: ["常住人口总量", "常住人口规模"] },
  { name: "人口自然增长率", aliases: [] },
  { name: "单位地区生产总值能耗", aliases: ["万元GDP能耗", "单位GDP能耗", "单位生产总值能耗", "万元地区生产总值能耗"] },
  { name: "单位地区生产总值二氧化碳排放", aliases: ["单位GDP二氧化碳排放", "单位生产总值二氧化碳排放"] },
  { name: "研究与试验发展经费支出占地区生产总值比重", aliases: ["R&D经费支出占GDP比重", "R&D经费占GDP比重", "研发经费支出占地区生产总值比重", "研发经费占GDP比重", "全社会研发经费占GDP比重", "研发投入占GDP比重", "R&D经费投入强度", "研发经费投入强度"] },
  { name: "高新技术产业增加值占地区生产总值比重", aliases: ["高新技术产业增加值占GDP比重", "高新技术产业增加值占GDP的比重"] },
  { name: "服务业增加值占地区生产总值比重", aliases: ["服务业增加值占GDP比重", "第三产业增加值占GDP比重", "服务业占GDP比重"] },
  { name: "文化产业增加值占地区生产总值比重", aliases: ["文化产业增加值占GDP比重"] },
  { name: "科技进步贡献率", aliases: [] },
  { name: "每万人发明专利拥有量", aliases: ["万人发明专利拥有量", "每万人口发明专利拥有量"] },
  { name: "森林覆盖率", aliases: [] },
  { name: "森林蓄积量", aliases: ["森林资源蓄积量", "活立木蓄积量"] },
  { name: "建成区绿化覆盖率", aliases: ["城镇建成区绿化覆盖率", "城市建成区绿化覆盖率", "城镇绿化覆盖率"] },
  { name: "城镇登记失业率", aliases: ["城镇调查失业率"] },
  { name: "城镇新增就业", aliases: ["新增城镇就业", "城镇新增就业人数", "新增城镇就业人数", "城镇净增就业人数"] },
  { name: "基本养老保险覆盖率", aliases: ["城乡基本养老保险覆盖率"] },
  { name: "基本医疗保险覆盖率", aliases: ["城乡基本医疗保险覆盖率"] },
  { name: "失业保险覆盖率", aliases: [] },
  { name: "高中阶段毛入学率", aliases: ["高中阶段教育毛入学率"] },
  { name: "九年义务教育巩固率", aliases: ["义务教育巩固率"] },
  { name: "学前三年毛入园率", aliases: ["幼儿学前三年教育毛入园率", "学前教育毛入园率"] },
  { name: "平均受教育年限", aliases: ["国民平均受教育年限", "劳动年龄人口平均受教育年限", "主要劳动年龄人口平均受教育年限"] },
  { name: "人均预期寿命", aliases: ["居民人均期望寿命", "人均期望寿命"] },
  { name: "每千人医疗机构床位数", aliases: ["千人病床数", "每千人医院卫生院床位数", "每千人口医疗卫生机构床位数", "每千人床位数"] },
  { name: "每千人执业（助理）医师数", aliases: ["每千人拥有执业（助理）医师数", "每千人口执业（助理）医师数"] },
  { name: "城市污水处理率", aliases: ["城镇污水处理率", "城镇生活污水集中处理率", "城市生活污水集中处理率", "污水集中处理率"] },
  { name: "生活垃圾无害化处理率", aliases: ["垃圾无害化处理率", "城镇生活垃圾无害化处理率"] },
  { name: "空气质量优良天数比例", aliases: ["城市空气质量优良天数比例", "空气质量达标率", "城市空气质量达到二级标准天数比例", "城市空气质量达到或优于二级标准的天数比例"] },
  { name: "地表水水质达标率", aliases: ["地表水质达标率"] },
  { name: "互联网普及率", aliases: [] },
  { name: "基尼系数", aliases: [], dimensionless: true },
  { name: "人均公共文化体育设施面积", aliases: ["人均拥有公共文化体育设施面积"] },
  { name: "居民消费价格指数", aliases: ["CPI", "居民消费价格涨幅"] },
  { name: "金融机构各项贷款余额", aliases: ["金融机构贷款余额"] },
  { name: "金融机构各项存款余额", aliases: ["金融机构存款余额"] },
  { name: "旅游总收入", aliases: ["旅游综合收入"] },
  { name: "接待游客", aliases: ["接待游客人次", "游客接待量"] },
  { name: "粮食总产量", aliases: ["粮食产量"] },
  { name: "农林牧渔业总产值", aliases: ["农业总产值"] },
  { name: "技工贸总收入", aliases: ["技工贸总收入（营业总收入）"] },
];

/** Units of measure, longest first so 亿美元 is read before 美元 and 平方公里 before 公里. */
export const UNITS: readonly string[] = [
  "吨标准煤/万元", "吨标煤/万元", "千克/万元", "吨/万元", "亿元/平方公里", "万元/亩",
  "亿美元", "万美元", "美元", "亿元", "万元", "元", "万人次", "亿人次", "人次", "万人", "万户", "人", "户",
  "平方公里", "平方千米", "万平方米", "平方米", "公顷", "万亩", "亩", "公里", "千米",
  "万吨标准煤", "吨标准煤", "万吨标煤", "吨标煤", "万吨", "吨", "万千瓦时", "亿千瓦时", "千瓦时", "立方米",
  "%", "‰", "个百分点", "岁", "年", "件", "项", "家", "个", "张", "所", "座", "辆", "床",
];

/** Unit-like words that only count as a unit when the lexicon knows the indicator (they are also counters of things). */
export const COUNTER_UNITS: ReadonlySet<string> = new Set(["件", "项", "家", "个", "张", "所", "座", "辆", "床", "人", "户", "年", "岁"]);

/** Qualifiers as the plan words them, mapped to the canonical qualifier. */
export const QUALIFIER_AFTER: ReadonlyArray<[string, string]> = [
  ["以上", "以上"], ["左右", "左右"], ["以内", "以内"], ["以下", "以下"], ["上下", "左右"], ["大关", "突破"],
];
export const QUALIFIER_BEFORE: ReadonlyArray<[string, string]> = [
  ["突破", "突破"], ["超过", "超过"], ["跨越", "突破"], ["不低于", "以上"], ["不少于", "以上"], ["不高于", "以内"], ["不超过", "以内"],
  ["控制在", "以内"], ["大于", "超过"], ["高于", "超过"], ["小于", "以下"], ["低于", "以下"], ["约", "左右"], ["≥", "以上"], [">", "超过"], ["≤", "以内"], ["<", "以下"],
];

/** Table cells stating whether a target binds (约束性) or guides (预期性 / 引导性 / 指导性). */
export const BINDING_WORDS: ReadonlyArray<[string, "预期" | "约束"]> = [
  ["预期性", "预期"], ["预期", "预期"], ["引导性", "预期"], ["引导", "预期"], ["指导性", "预期"], ["约束性", "约束"], ["约束", "约束"],
];

/** Header cells of a plan's indicator table, by the role of the column. */
export const HEADER_WORDS = {
  category: ["分类", "指标分类", "类别", "领域", "类型", "序号"],
  name: ["指标", "指标名称", "发展指标", "主要指标", "具体指标", "指标内容"],
  unit: ["单位", "计量单位"],
  growth: ["年均增速", "年均增长", "年均增长率", "年均增速（%）", "年均增长（%）", "年均增长率（%）", "年均增幅"],
  binding: ["属性", "指标属性", "指标性质", "性质"],
} as const;

/** Cells that stand for "no figure" in a table. */
export const EMPTY_VALUES: ReadonlySet<string> = new Set(["——", "—", "－", "-", "--", "/", "／", "无", "…", "……"]);

/** Endings of an indicator name: a generic list item "——<name>达到<figure>" is only read when its name ends so. */
export const NAME_ENDINGS: readonly string[] = [
  "率", "比重", "比例", "总额", "总值", "总量", "收入", "增加值", "产值", "投资", "数", "量", "面积", "人数", "寿命",
  "年限", "系数", "指数", "能耗", "排放", "排放量", "强度", "水平", "人口", "规模", "人员", "满意度", "安全感", "专利授权",
];

/** Units of a population counted as a share ("…的高新技术企业达到60%", "…的行政村比例"): the name becomes "…占比". */
export const COUNTED_UNITS: readonly string[] = ["企业", "单位", "学校", "医院", "行政村", "村", "社区", "家庭", "农户", "户", "园区", "乡镇"];

/** Verbs that introduce a figure; the figure that follows belongs to the indicator before them. */
export const REACH_VERBS: readonly string[] = ["达到", "到达", "达", "实现", "完成", "为", "保持在", "提高到", "提升到", "增加到", "增长到", "上升到", "下降到", "降低到", "降至", "增至", "提高至", "力争达到", "力争"];

/** Words of a falling change ("累计降低15%"): the rate is stored negative. */
export const DECREASE_WORDS: readonly string[] = ["降低", "下降", "减少", "削减", "降"];

/** Places inside the subject (a district's centre, a new town, a park): a figure after them is theirs, not the subject's. */
export const SUBAREA_WORDS: readonly string[] = [
  "中心城区", "主城区", "老城区", "城区", "新城", "片区", "园区", "核心区", "开发区", "高新区", "新区", "工业园", "产业园", "示范区", "街道", "乡镇", "两区", "三区", "四区",
];
