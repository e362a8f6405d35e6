// Spans that must not be extracted: verbs glued to a name, generic zones and projects, kinds of firms,
// sector words that modify another noun, and short place names inside landmarks.
import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../graph/schema.ts";
import { extractText } from "./_lib.ts";
import type { Plan } from "./_lib.ts";

const MISS: Array<[plan: Plan, sentence: string, type: EntityType, surface: string]> = [
  ["tianyuan", "天易科技城自主创业园，依托长株潭国家自主创新示范区和轨道交通、新能源汽车两大动力产业。", "Park", "依托天易科技城自主创业园"],
  ["tianyuan", "2012年，工业总产值突破千亿大关，荣获全省“千亿园区”等称号，成为全省第三个千亿产业园区。", "Park", "全省第三个千亿产业园区"],
  ["hetang", "推动金山科技工业园承载能力、体制机制、产业生态和营商环境升级，打造“五好园区”。", "Park", "五好园区"],
  ["tianxin", "“十二五”期间，天心区坚定不移地贯彻落实中央、省市重大决策，坚持“四个全面”战略布局，以改革创新精神提升全区发展战略，坚持以“商贸老区、金融强区、文化新区”三区建设统揽经济工作、以“民生立区”统揽社会工作，全面明晰现代服务业的产业主导地位，切实把握暮云片区、解放垸片区空间释放等关键性目标，勇于实践、善于创新，推动全区经济社会持续稳健较快发展，圆满完成了五年规划目标，为未来五年率先实现全面小康和率先基本建成现代化奠定了坚实基础。", "Park", "文化新区"],
  ["tianxin", "科学谋划暮云片区发展新蓝图，把握暮云片区发展机遇。", "Park", "把握暮云片区"],
  ["tianxin", "强化书院路、芙蓉路两厢产业功能建设。", "Region", "芙蓉区"],
  ["tianxin", "加快推进湘江路南延线、新韶山南路、107国道城市化改造。", "Region", "韶山市"],
  ["tianxin", "推进公共法律服务体系和综治信息平台两大项目建设。", "Industry", "法律服务"],
  ["tianxin", "推进公共法律服务体系和综治信息平台两大项目建设。", "Project", "综治信息平台两大项目"],
  ["tianxin", "鼓励发展保险公司、证券公司、担保公司等金融机构。", "Enterprise", "保险公司"],
  ["tianyuan", "全力支持辖区内一批科技含量高、研发技术强的新型节能环保企业做大做强。", "Enterprise", "辖区内一批科技含量高"],
  ["tianxin", "引进著名生物制药、医疗器械、检验检测等企业，建立省级创新医疗器械产业示范基地。", "Enterprise", "著名生物制药"],
  ["hetang", "健全常态化政商沟通机制,完善领导联点、专员包片、恳谈会、政企会商等联系企业制度,畅通企业诉求渠道。", "Enterprise", "政企会商"],
  ["tianxin", "切实保障重点项目建设，及时解决项目推进中的困难。", "Project", "重点项目"],
  ["tianyuan", "大力发展电子信息技术、生物医药产业和科技创新创业服务业。", "Industry", "服务业"],
  ["tianyuan", "重点推进中国动力谷南片区标准厂房建设，为天心再增战略支点。", "Strategy", "为天心再增战略"],
  ["tianxin", "加快推进天心北部城区改造提质，全面完成省府片区“六纵六横”城区路网骨架。", "Region", "老城区"],
  // designations and honours are not zones of their own; sectors in lists of institutions are lenders
  ["hetang", "对接中国制造 2025· 绿色制造工程,推动金山科技工业园创建 “ 湖南省绿色园区 ” ,鼓励和支持企业开发绿色产品、创建绿色工厂、打造绿色供应链。", "Park", "湖南省绿色园区"],
  ["tianxin", "“中国（长沙）广告产业园”、“中南国家数字出版基地”三大国家级产业平台齐聚天心，建成全国首个微信智慧商圈，文化与金融融合发展。", "Park", "微信智慧商圈"],
  ["tianxin", "大力实施“南进”战略，全力推进天心南部新城区空间的再造和创新。", "Park", "天心南部新城"],
  ["hetang", "重点打造 “ 一带四心五区 ” 的现代服务业发展格局,建成具有较强区域影响力的商贸服务中心和服务业集聚区。", "Park", "服务业集聚区"],
  // a zone word after a sector in running text, not opening its paragraph, is not a planned zone
  ["hetang", "积极发展跨境电商,建设电子商务示范区。", "Park", "电子商务示范区"],
  ["tianxin", "芙蓉路金融聚集带重点引进银行、证券、保险分支机构、营运前台入驻，发展金融交易市场。", "Industry", "银行"],
  // a sector and a generic zone word the subject is to become (加快建成X集聚区) is what it develops, not a zone
  ["tianyuan", "在天台路沿线，加强整体规划布局，整合现有银行、保险公司、证券公司、担保公司、小额贷款公司、基金或股权投资公司，以及民间金融机构，加快建成金融服务业集聚区。", "Park", "金融服务业集聚区"],
  ["hetang", "南岳岭、红旗广场、桂花路、大坪路、水仙路等重点片区改造顺利推进。", "Project", "红旗广场"],
  ["tianxin", "统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，坚定不移贯彻新发展理念。", "Strategy", "五位一体"],
  // a motto quoted once and a programme of work named by its aim are not strategies or projects
  ["tianyuan", "按照外商投资管理办法，实施“负面清单”管理模式，按照“法无禁止即可为”的原则，进一步放开投资领域。", "Strategy", "法无禁止即可为"],
  ["hetang", "实施营商环境优化工程,争创全省先进、全国标杆的营商环境。", "Project", "营商环境优化工程"],
  // kinds of facility, counted works, an ending that opens a longer noun, a programme's project
  ["hetang", "加快发展生态养生养老服务,加强康复医院、康养小镇、康养服务综合体等项目引进和建设,提升生态养生养老服务品质。", "Project", "康养小镇"],
  ["hetang", "实施环境整治 “ 五大工程 ” ,完成黑臭水体治理项目 5 个、污水处理厂项目 2 个、污水管网工程 1 个。", "Project", "污水处理厂项目"],
  ["hetang", "积极推动湖南工业大学牵头联合其他医疗和医械机构组建株洲市生物医学工程研究院并落户我区。", "Project", "株洲市生物医学工程"],
  ["tianyuan", "加大国际科技合作、国家863、973计划项目、公共服务平台建设、公共服务机构、雏鹰企业的支持力度。", "Project", "973计划项目"],
  ["hetang", "构建“ 首诊在社区、小病进社区、大病到医院、康复回社区 ” 的分级诊疗体系。", "Project", "大病到医院"],
  ["tianyuan", "加强森林资源保护与建设，继续做好天然林保护工程，结合退耕还林后续工程，加大森林资源管护工作力度。", "Project", "天然林保护工程"],
  // sports and activities are 项目 too; a voltage or a count alone names a kind of facility (Jinshi plan, no gold)
  ["jinshi", "大力开展全民健身运动，推广工间操、广场舞、乒乓球、羽毛球、篮球等传统项目，引导推行武术、足球、自行车等新兴项目。", "Project", "乒乓球"],
  ["jinshi", "利用毛里湖湿地开发契机，启动登台观景、生态体验、亲水休闲等旅游项目。", "Project", "生态体验"],
  ["jinshi", "新建35KV变电站2座，改造10KV线路50公里。", "Project", "35KV变电站"],
];

describe("miss", () => {
  it.each(MISS)("[%s] %s ✗ %s %s", (plan, sentence, type, surface) => {
    const x = extractText(plan, sentence);
    const hit = x.entities.filter((e) => e.type === type && (e.name === surface || e.aliases.includes(surface) || e.mentions.some((m) => m.surface === surface && m.evidence.line > 1)));
    expect(hit.map((e) => e.name), `${type} "${surface}" must not be extracted from: ${sentence}`).toEqual([]);
  });
});
