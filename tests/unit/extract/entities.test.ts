// Entity rules, one table per type, each row a real sentence from the corpus (the plan it comes from sets
// the region context) and an entity the rule must find, with the rule family that must have found it.
import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../graph/schema.ts";
import { entity, extractText } from "./_lib.ts";
import type { Plan } from "./_lib.ts";

type Row = [plan: Plan, sentence: string, type: EntityType, name: string, rule: RegExp];

const ROWS: Record<string, Row[]> = {
  regions: [
    // a town's short form counts only in a list of towns of the plan's region
    ["tianyuan", "“一圈”即西站南路以南，包括群丰、雷打石、三门在内，城镇化程度较低。", "Region", "群丰镇", /^region-town-list/],
    ["hetang", "包含明照街道、宋家桥街道、金山街道等区域。", "Region", "宋家桥街道", /^region-full/],
    ["tianyuan", "特别是要加强与长沙、湘潭邻近地区的经济合作。", "Region", "湘潭市", /^region-short/],
    ["tianxin", "为推进全区经济社会全面协调可持续发展，结合本区实际。", "Region", "天心区", /^region-collective/],
  ],
  parks: [
    ["tianyuan", "田心高科园，规划面积31.2 平方公里，重点发展轨道交通产业。", "Park", "田心高科园", /^park-suffix/],
    ["tianyuan", "天易科技城自主创业园，依托长株潭国家自主创新示范区和轨道交通、新能源汽车两大动力产业。", "Park", "天易科技城自主创业园", /^park-suffix/],
    ["hetang", "加强核心商圈建设,升级提档红旗路商圈,开发做大向阳广场商圈,提质改造钻石路商圈。", "Park", "向阳广场商圈", /^park-suffix/],
    ["tianxin", "以暮云经开区为核心，着力推进节能环保、地理信息、服务外包、电子商务等产业集群发展。", "Park", "暮云经开区", /^park-suffix/],
    ["tianxin", "推动地理信息产业园、人工智能产业园、软件产业园发展迈上新的台阶。", "Park", "人工智能产业园", /^park-suffix/],
    // 配套 reads as a verb and as a noun: a zone whose modifier ends with it keeps it (…产业配套智造基地)
    ["hetang", "建设动力产业配套智造基地。对接市先进轨道交通装备产业链建设。", "Park", "动力产业配套智造基地", /^park-suffix/],
    // a paragraph opening by naming the zone it builds names a planned zone, even one named by its sector alone
    ["hetang", "建设电子商务示范区。高标准建设金山电商产业园,大力吸引国内外知名电子商务企业入驻。", "Park", "电子商务示范区", /^park-planned-zone/],
    // a name in quotes is a name even when its words are generic
    ["hetang", "打造涵盖工业、生活、冷链三大物流板块的“现代物流城”,成为长株潭重要的物流枢纽节点。", "Park", "现代物流城", /^park-suffix/],
    // a free trade zone is a zone, known by its official long form too
    ["hetang", "紧密对接中国(湖南)自贸试验区、中非经贸博览会、长沙临空经济示范区、湘欧快线。", "Park", "中国（湖南）自由贸易试验区", /^park-suffix/],
  ],
  industries: [
    ["tianyuan", "田心高科园，规划面积31.2 平方公里，重点发展轨道交通产业。", "Industry", "轨道交通", /^industry-(taxonomy|head)/],
    ["tianxin", "以暮云经开区为核心，着力推进节能环保、地理信息、服务外包、电子商务等产业集群发展。", "Industry", "服务外包", /^industry-/],
    ["tianyuan", "依托中车风电产业园、中建五局光伏生产基地、凯天环保、百时得等企业项目，集中培育和引进风力发电、太阳能光伏等产业。", "Industry", "风电", /^industry-taxonomy/],
    ["tianxin", "培育壮大文化演艺、文化创意、文化传媒、文化旅游等产业。", "Industry", "文化演艺", /^industry-taxonomy/],
    // a sector and a kind of its institutions (金融保险) is the sector, not a branch of it
    ["tianxin", "以解放垸片区为核心，积极引导总部经济、商务办公、金融保险、高档商业和酒店等业态发展。", "Industry", "金融", /^industry-/],
    ["tianxin", "大力发展商贸物流业，瞄准天心区金融证券、商贸流通等主导产业优势。", "Industry", "金融", /^industry-/],
    ["tianyuan", "在天台路沿线，加强整体规划布局，整合现有银行、保险公司、证券公司、担保公司、小额贷款公司、基金或股权投资公司，以及民间金融机构，加快建成金融服务业集聚区。", "Industry", "金融", /^industry-zone-described/],
    // a position before a sector (沿线商贸) is where it happens, not part of its name
    ["tianxin", "湘江大道将加快改造升级和建设步伐，着力推进沿线商贸、金融、旅游会展、文化等产业发展。", "Industry", "商贸", /^industry-/],
  ],
  strategies: [
    ["hetang", "主动融入中部崛起、长江经济带、粤港澳大湾区等国家战略。", "Strategy", "粤港澳大湾区", /^strategy-list/],
    ["hetang", "深入实施 “ 三高四新 ” 战略,加快建设现代化幸福新荷塘。", "Strategy", "三高四新", /^strategy-/],
    ["tianyuan", "全面落实省政府“135”工程与株洲市“146”工程。", "Strategy", "135工程", /^strategy-quoted-marker/],
    ["tianxin", "大力实施“北提南进、沿江发展、民生立区、服务引领”战略。", "Strategy", "沿江发展", /^strategy-quoted-list/],
    ["tianxin", "以“商贸老区、金融强区、文化新区”三区建设统揽经济工作。", "Strategy", "商贸老区、金融强区、文化新区", /^strategy-quoted-marker/],
    ["tianyuan", "——创新驱动战略。围绕打造中国动力谷的主题。", "Strategy", "创新驱动战略", /^strategy-/],
    ["tianyuan", "积极争创国家生态文明试验区。", "Strategy", "国家生态文明试验区", /^strategy-policy-zone/],
    // a numbered layout formula is a strategy though it ends like a place; stray spaces around quotes do not hide it
    ["hetang", "—— 加快建设 “ 一区两城 ” 。立足新发展阶段,把加快 “ 一区两城 ” 建设作为我区高质量发展的鲜明特征。", "Strategy", "一区两城", /^strategy-quoted-verb/],
  ],
  enterprises: [
    ["tianyuan", "重点支持中车株机、中车株洲研究所、608所、株硬集团等建成国际研发总部。", "Enterprise", "中车株机", /^enterprise-list/],
    ["tianyuan", "重点支持中车株机、中车株洲研究所、608所、株硬集团等建成国际研发总部。", "Enterprise", "608所", /^enterprise-/],
    ["tianyuan", "依托千金药业、唐人神、太子奶等核心企业，重点发展现代中药与化学药物。", "Enterprise", "唐人神", /^enterprise-list/],
    ["tianyuan", "成功引进了中信资本、天鸿地产等战略投资者。", "Enterprise", "天鸿地产", /^enterprise-/],
    // one firm the plan backs to grow, and time-honoured brands (老字号) listed as such
    ["hetang", "对接市生物医药健康产业链建设行动,支持千金湘药做大做强,协调解决生物医药原辅材料供应、生产基地建设问题。", "Enterprise", "千金湘药", /^enterprise-backed/],
    ["tianxin", "运用现代管理方式和科技手段，促进传统餐饮业创新发展，拓展服务范围。做优做强火宫城、杨裕兴等传统老字号，促进其传承和创新。", "Enterprise", "杨裕兴", /^enterprise-list/],
    ["hetang", "引进大明国际等一批在钢铁零部件加工行业的龙头企业,形成强大的钢铁产业集群。", "Enterprise", "大明国际", /^enterprise-single-head/],
    // in a list closed as firms, a name ending like a word (国信远大), an institute (橡胶院) or a centre counts
    ["hetang", "依托湖南五建、中天杭萧、国信远大等企业,积极争取省、市产业政策支持。", "Enterprise", "国信远大", /^enterprise-list/],
    ["hetang", "对接市高分子新材料产业链建设行动,支持株洲飞鹿高新、中化株洲橡胶院等企业做大做强。", "Enterprise", "中化株洲橡胶院", /^enterprise-list/],
    ["tianxin", "引进湖南广电广告经营中心、湖南卫视广告总公司、清华启迪、飞马旅、新华社中南新媒体中心、央视网商城华南总部、湖南省广告协会、湖南广告监测中心、盛美广告等一批在全国有影响力的机构和企业。", "Enterprise", "湖南广电广告经营中心", /^enterprise-list/],
    // an invested project named without any word of a place or a building is the firm that invests
    ["tianyuan", "其中，北汽株洲生产基地、湘煤立达、中车时代新能源汽车、日望精工、高科总部壹号、美的万豪酒店等一批重点项目竣工投产。", "Enterprise", "湘煤立达", /^enterprise-invested-list/],
    ["tianxin", "成功引进保利国际、君悦酒店、华远华中心、中华保险等一批重大项目。", "Enterprise", "中华保险", /^enterprise-invested-list/],
  ],
  projects: [
    // a road is a project where the paragraph builds the network it belongs to
    ["tianyuan", "健全主城区路网构架，重点建设“二桥、三纵、四横、双互通”的路网格局。“二桥”：枫溪大桥和湘江七桥；“三纵”：由东向西依次为滨江路、湘江大道、科技大道；", "Project", "科技大道", /^project-list/],
    ["tianyuan", "规划建设神农城公交枢纽、武广西公交枢纽、新马公交枢纽。", "Project", "武广西公交枢纽", /^project-/],
    ["tianyuan", "重点完成建宁中学维修改造项目。", "Project", "建宁中学维修改造项目", /^project-suffix/],
    ["tianyuan", "新建株西站500KV变电站1座。", "Project", "株西站500KV变电站", /^project-suffix/],
    // an activity on a named facility is a work; a note on the route in brackets is not part of the name
    ["tianxin", "加快推进雨污分流改造、污水处理厂和截污排污管网建设，重点建设新开铺污水处理厂提标整治、107国道截污管网、新开铺污水处理厂二期扩建等工程。", "Project", "新开铺污水处理厂提标整治", /^project-list/],
    ["tianxin", "在暮云片区合理设置轨道站点，重点支持建设地铁1号、3号线、4号线、5号线及8号线（沿湘府路）、尚双塘轨道交通换乘站。", "Project", "地铁8号线", /^project-list/],
    ["tianxin", "推进万家丽路西延线、新韶山南路等道路建设，实施城际轨道暮云站周边市政道路建设工程，拉通片区内断头路。", "Project", "城际轨道暮云站周边市政道路建设工程", /^project-suffix/],
    ["tianyuan", "积极发展工业地产，重点推进中国动力谷南片区标准厂房建设。", "Project", "中国动力谷南片区标准厂房建设", /^project-suffix/],
    // road sections are works of a network list; a list the text closes as projects makes a zone-named item a project
    ["tianyuan", "“四横”：由北向南分别为长江西路城区和园区连接段、西站南路湘潭和武广高铁站连接段、龙洲路湘江七桥至湘潭段、沪昆高速南线；", "Project", "龙洲路湘江七桥至湘潭段", /^project-list/],
    ["hetang", "加快三一智慧钢铁城物流产业园、国联捷(货友汇)网络货运平台、千金 AI 智能仓储、株洲现代综合物流中心、韵达湖南供应链枢纽中心等项目建设。", "Project", "三一智慧钢铁城物流产业园", /^project-list/],
    ["tianyuan", "对S311津市段、S238津市段、S306津市段进行提质改造。", "Project", "S306津市段", /^project-list/],
    // …while the buildings of the same list stay projects
    ["tianyuan", "其中，北汽株洲生产基地、湘煤立达、中车时代新能源汽车、日望精工、高科总部壹号、美的万豪酒店等一批重点项目竣工投产。", "Project", "高科总部壹号", /^project-list/],
  ],
};

describe.each(Object.keys(ROWS))("%s", (group) => {
  it.each(ROWS[group] ?? [])("[%s] %s → %s %s", (plan, sentence, type, name, rule) => {
    const x = extractText(plan, sentence);
    const e = entity(x, type, name);
    expect(e, `${type} ${name} in: ${sentence}\nfound: ${x.entities.map((f) => `${f.type}:${f.name}`).join(" ")}`).toBeDefined();
    expect(e?.mentions.some((m) => rule.test(m.rule)), `rules: ${e?.mentions.map((m) => m.rule).join(", ")}`).toBe(true);
  });
});
