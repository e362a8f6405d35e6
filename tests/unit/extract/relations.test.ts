// Relation rules on real corpus sentences: explicit and implicit subjects (a zone opening its paragraph,
// the plan's region when nothing else is named), firms in a sector's paragraph, containment and divisions.
import { describe, expect, it } from "vitest";
import type { RelationType } from "../../../graph/schema.ts";
import { extractCorpusDocument, extractText, relations } from "./_lib.ts";
import type { Plan } from "./_lib.ts";

const ROWS: Array<[why: string, plan: Plan, lines: string[], type: RelationType, expected: string]> = [
  ["a zone opening the sentence develops what it focuses on", "tianyuan",
    ["田心高科园，规划面积31.2 平方公里，重点发展轨道交通产业，加快发展先进装备制造、电子信息等相关配套产业。"], "DEVELOPS", "田心高科园 → 轨道交通"],
  ["the zone leading a paragraph stays its subject in later sentences", "tianyuan",
    ["河西示范园，规划面积82.83平方公里。“十三五”期间，重点发展新能源汽车产业，大力发展先进装备制造、新材料等相关产业。"], "DEVELOPS", "河西示范园 → 新能源汽车"],
  ["with no subject named, the plan's region develops the sector", "hetang",
    ["大力发展数字经济,建设金山科技工业园工业互联网创新中心。"], "DEVELOPS", "荷塘区 → 数字经济"],
  ["以<zone>为核心 makes the zone the carrier of the sentence", "tianxin",
    ["以暮云经开区为核心，着力推进节能环保、地理信息、服务外包、电子商务等产业集群发展。"], "DEVELOPS", "暮云经开区 → 地理信息"],
  ["the paragraph under a heading sets its section's subject (对…的暮云片区，将…)", "tianxin",
    ["第4节 再造南部板块", "对南部以新划入天心的暮云街道、南托街道为核心的暮云片区，将瞄准“再造一个新天心”的目标。", "2、优化产业定位。加快部署发展文化创意产业、现代生活服务业、都市农业、生态休闲产业。"],
    "DEVELOPS", "暮云片区 → 文化创意"],
  ["a short sentence saying a kind of sectors is developed leads the sentences after it (着力发展特色产业。推动X走向…)", "tianxin",
    ["天心区将进一步强化服务省市先进制造业的支撑能力建设。着力发展特色产业。发挥国家级文化(广告)产业园“孵化器”功能,推动广告传媒、创意设计产业走向“专精特新”。"],
    "DEVELOPS", "天心区 → 文化创意"],
  ["a zone written right before a sector owns it, whoever the sentence is about (新马创新城硬质合金板块)", "tianyuan",
    ["硬质合金产业：引进硬质合金高端产业链企业，新马创新城硬质合金板块初具规模。"], "DEVELOPS", "新马创新城 → 硬质合金"],
  ["a district written before the sectors it lists owns them (瞄准天心区金融证券、商贸流通等主导产业优势)", "tianxin",
    ["第4节 再造南部板块", "对南部以新划入天心的暮云街道、南托街道为核心的暮云片区，将瞄准“再造一个新天心”的长期战略目标。", "大力发展商贸物流业，瞄准天心区金融证券、商贸流通等主导产业优势，加快推进长株潭融城商圈向南辐射和扩张。"],
    "DEVELOPS", "天心区 → 金融"],
  ["a paragraph opened by a sector's layout (农业布局。) does not make the sectors it names that sector's parts", "tianyuan",
    ["农业布局。按照自然资源和环境条件，根据充分利用资源的原则，实行科学的空间布局，重点发展现代都市农业。"],
    "DEVELOPS", "天元区 → 都市农业"],
  ["a clause of nothing but places makes them the subject of the rest of the sentence (…，群丰、雷打石、三门，…重点发展…)", "tianyuan",
    ["农业布局。按照自然资源和环境条件，根据充分利用资源的原则，实行科学的空间布局，群丰、雷打石、三门，以农业生产和生活功能相结合，重点发展现代都市农业。"],
    "DEVELOPS", "雷打石镇 → 都市农业"],
  ["a planned zone opening its paragraph (建设现代商贸活力区。) develops what the paragraph goes on to develop", "hetang",
    ["建设现代商贸活力区。加强核心商圈建设,升级提档红旗路商圈,开发做大向阳广场商圈,提质改造钻石路商圈,高标准建设站前广场商圈。有序发展社区商业,引导生鲜超市、便利店、快餐店等进社区,促进 “ 夜间经济 ” 、“ 宅经济 ” 良性发展。"],
    "DEVELOPS", "现代商贸活力区 → 社区商业"],
  ["strengthening a sector's chain (强链补链延链) develops it", "hetang",
    ["2016-2020 年规模工业增加值平均增速达到 8.5% ,先进硬质合金、生物医药健康等产业持续强链补链延链,先进硬质材料产业链被评为省级先进制造业集群,装配式建筑产业加快向百亿级规模迈进。"], "DEVELOPS", "荷塘区 → 生物医药"],
  ["a zone named after a sector develops it", "tianxin",
    ["推动地理信息产业园、人工智能产业园、软件产业园发展迈上新的台阶。"], "DEVELOPS", "人工智能产业园 → 人工智能"],
  ["a thing that settles somewhere lies there (落户到…)", "tianxin",
    ["积极支持湖南省健康产业园区落户到暮云街道。"], "LOCATED_IN", "湖南省健康产业园区 → 暮云街道"],
  ["“X”的<place>发展战略 makes X that place's strategy", "tianxin",
    ["制定“一接二稳三提升”的暮云片区发展战略。"], "IMPLEMENTS", "暮云片区 → 一接二稳三提升"],
  ["the plan's region carries out the strategies it names", "hetang",
    ["主动融入中部崛起、长江经济带、粤港澳大湾区等国家战略。"], "IMPLEMENTS", "荷塘区 → 长江经济带"],
  ["firms in a paragraph led by a sector belong to that sector", "tianyuan",
    ["新材料产业。依托株洲冶炼集团、株洲硬质合金集团、五矿高新产业园、钻石切削、时代新材等核心企业，重点发展高纯金属材料、硬质合金材料等产业。"], "IN_INDUSTRY", "钻石切削 → 新材料"],
  ["Q in `P，其中Q…` lies in P", "tianyuan",
    ["河西示范园，规划面积82.83平方公里。其中，雨工业园约13.49平方公里，新马创新城的汽车博览园约26.3平方公里，天易科技城约40平方公里。"], "LOCATED_IN", "天易科技城 → 河西示范园"],
  ["a zone in a sentence laying out the region's space lies in the plan's region", "hetang",
    ["先进制造业布局。新老园区有机融合,北部、南部、中部无缝对接。产业长廊南部布局新材料高新技术产业化基地。"], "LOCATED_IN", "新材料高新技术产业化基地 → 荷塘区"],
  ["a firm listed under its kind belongs to the sector the kind names", "tianxin",
    ["加快发展文化创意产业。", "积极培育联合利国文化产权交易所、天择传媒、和光传媒等新兴文化创意企业发展，打造广告产业链。"], "IN_INDUSTRY", "天择传媒 → 文化创意"],
  ["firms a zone attracts (园区…引进A、B) settle in it", "tianxin",
    ["发挥长沙（国家）广告产业园的品牌优势，通过建设运营高品质核心园区，引进湖南广电广告经营中心、湖南卫视广告总公司、清华启迪、飞马旅等一批机构和企业。"], "LOCATED_IN", "清华启迪 → 长沙（国家）广告产业园"],
  ["`P的Q` puts Q in P", "tianyuan",
    ["其中，新马创新城的汽车博览园约26.3平方公里。"], "LOCATED_IN", "汽车博览园 → 新马创新城"],
  ["a zone named after a place lies in it", "tianxin",
    ["加快天心经开区建设。"], "LOCATED_IN", "天心经开区 → 天心区"],
  ["a street named in the plan is part of the plan's district", "hetang",
    ["包含明照街道、宋家桥街道、金山街道等区域。"], "PART_OF", "明照街道 → 荷塘区"],
  ["the plan's district is part of its city", "hetang", ["株洲市荷塘区坚持工业强区。"], "PART_OF", "荷塘区 → 株洲市"],
];

describe("relations", () => {
  it.each(ROWS)("%s", (_why, plan, lines, type, expected) => {
    const x = extractText(plan, ...lines);
    expect(relations(x, type), lines.join("")).toContain(expected);
  });

  it("in a paragraph about one sector, has the plan's region develop that sector, not each trade it lists", () => {
    const x = extractText("tianyuan", "新能源与节能环保产业。依托中车风电产业园、中建五局光伏生产基地、凯天环保、百时得等企业项目，集中培育和引进风力发电、太阳能光伏、新能源装备制造、地热能、生物质能等产业，构建新能源装备制造产业集群。");
    const develops = relations(x, "DEVELOPS").filter((r) => r.startsWith("天元区"));
    expect(develops).toContain("天元区 → 新能源");
    expect(develops).not.toContain("天元区 → 地热能");
    // the trades stay in the graph as sectors of the document
    expect(x.entities.some((e) => e.type === "Industry" && e.name === "地热能")).toBe(true);
  });

  it("in a section headed by developing one sector (3、充实完善社区服务业), reads the trades it lists as that sector's parts", () => {
    // the whole Tianxin plan: whether a trade is a focus of the district depends on every sentence naming it
    const x = extractCorpusDocument("000");
    const develops = relations(x, "DEVELOPS");
    expect(develops).toContain("天心区 → 地理信息");
    expect(develops).not.toContain("天心区 → 家政");
    expect(develops).not.toContain("天心区 → 物业服务");
  });

  it("keeps a sector its own heading develops, and the sectors a grouping's chapter gathers (加快发展现代服务业 › 大力发展生产性服务业)", () => {
    const x = extractText("jinshi", "第五章 加快发展现代服务业", "二、大力发展生产性服务业", "三、着力提升生活性服务业", "2.稳步发展房地产业。");
    const develops = relations(x, "DEVELOPS");
    expect(develops).toContain("津市市 → 生产性服务业");
    expect(develops).toContain("津市市 → 房地产");
  });

  it("places the works of a zone's paragraph in the zone, but not the firms it leans on", () => {
    const x = extractText("hetang", "建设新材料高新技术产业化基地。依托株洲硬质合金集团、五矿中钨高新公司等龙头企业,加快瀚龙刀具生产基地、硬质合金交易中心等项目建设。");
    const located = relations(x, "LOCATED_IN");
    expect(located).toContain("硬质合金交易中心 → 新材料高新技术产业化基地");
    expect(located).not.toContain("株洲硬质合金集团 → 新材料高新技术产业化基地");
  });

  it("gives the plan's region a sector it names once in passing only when the sector is a focus", () => {
    const passing = extractText("tianxin", "发展健康养老、体育健身等服务业。");
    expect(relations(passing, "DEVELOPS")).not.toContain("天心区 → 健康养老");
    expect(passing.entities.map((e) => e.name)).toContain("健康养老");
    const focus = extractText("tianxin", "重点发展健康养老、体育健身等服务业。");
    expect(relations(focus, "DEVELOPS")).toContain("天心区 → 健康养老");
    const twice = extractText("tianxin", "发展健康养老、体育健身等服务业。", "完善社区服务，推动健康养老服务发展。");
    expect(relations(twice, "DEVELOPS")).toContain("天心区 → 健康养老");
  });

  it("gives the plan's region a sector named once where the plan calls itself a base of it (是…产业基地)", () => {
    expect(relations(extractText("tianyuan", "在国家主体功能区规划中，是国家层面的重点开发区域，是国家级高新技术产业开发区、全国资源节约和环境友好型社会建设的示范区、国家自主创新示范区的重要组成部分，是全国重要的交通运输设备、节能环保装备制造基地，是区域性的有色金属和生物医药、新材料、新能源、电子信息等战略性新兴产业基地。"), "DEVELOPS")).toContain("天元区 → 有色金属");
  });

  it("does not place a zone named only beside a sector's work in the plan's region: its container is not stated", () => {
    const x = extractText("hetang", "建设新材料高新技术产业化基地。坚持链式发展、集群发展,依托复合新材料产业园,打造行业领先的复合材料产业园。");
    expect(relations(x, "LOCATED_IN")).not.toContain("复合新材料产业园 → 荷塘区");
  });

  it("does not give listed firms the sector word that ends one of the list's items (美的万豪酒店)", () => {
    const x = extractText("tianyuan", "其中，北汽株洲生产基地、湘煤立达、中车时代新能源汽车、日望精工、高科总部壹号、美的万豪酒店等一批重点项目竣工投产，新认定高新技术企业78家。", "大力发展酒店、餐饮等生活性服务业。");
    expect(relations(x, "IN_INDUSTRY").filter((r) => r.startsWith("湘煤立达"))).toEqual([]);
  });

  it("does not read an urban area named after its character (…历史文化片区) as developing that sector", () => {
    const x = extractText("tianxin", "加快天心阁历史文化片区提质改造。", "大力发展文化产业。");
    expect(relations(x, "DEVELOPS")).not.toContain("天心阁历史文化片区 → 文化");
  });

  it("does not let a lead sentence that names its own sector (发展绿色循环经济。) lead the sentences after it", () => {
    const x = extractText("hetang", "发展绿色循环经济。坚持经济绿色化和绿色产业化深度有机融合,大力推行企业循环式生产、产业循环式组合、园区循环式改造,构建资源循环利用体系。");
    expect(relations(x, "DEVELOPS")).not.toContain("荷塘区 → 资源循环利用");
  });

  it("does not give a province the sector it ranks a district in (成为湖南省新材料产业新高地)", () => {
    const x = extractText("hetang", "打造国内一流、湖南标杆的 “ 材料科技城 ” ,力争进入全国新材料科技园区第一方阵,成为湖南省新材料产业新高地,为湖南打造国家重要先进制造业高地提供支撑。");
    expect(relations(x, "DEVELOPS")).not.toContain("湖南省 → 新材料");
  });

  it("does not read an everyday word before 发展 (经济平稳健康发展) as a sector being developed", () => {
    // the Hetang plan names 健康 as a sector elsewhere (健康产业园), so only the manner of the phrase decides
    expect(relations(extractCorpusDocument("004"), "DEVELOPS")).not.toContain("荷塘区 → 健康");
  });

  it("does not place a zone named after a city elsewhere (上海自贸区) in the plan's district", () => {
    const x = extractText("tianxin", "以高铁、高速及空运等为依托，把握长沙国家湘江新区和东部开放型经济走廊建设契机，依托天心区文化、金融、商贸等产业优势和省府所在地等区位优势，深化拓展与长江中游城市群以及上海自贸区、东盟自贸区等国内外其他开放高地的区域合作，加快融入国内外经济大循环体系，构建对外开放战略新格局。");
    expect(x.entities.some((e) => e.type === "Park" && e.name === "上海自贸区")).toBe(true);
    expect(relations(x, "LOCATED_IN")).not.toContain("上海自贸区 → 天心区");
  });

  it("does not let a zone develop the clusters it leans on (依托…两大动力产业集群), only what it goes on to develop", () => {
    const develops = relations(extractText("tianyuan", "天易科技城自主创业园，依托长株潭国家自主创新示范区和轨道交通、新能源汽车两大动力产业集群，重点规划建设高端制造中心、仓储物流中心、小型企业总部中心、生活配套中心，大力发展电子信息技术、生物医药产业和科技创新创业服务业、综合服务业两大配套产业，将天易科技城自主创业园打造成集现代制造业、仓储物流、生产生活服务为一体的综合型产业园区。"), "DEVELOPS");
    expect(develops).toContain("天易科技城自主创业园 → 电子信息");
    expect(develops).not.toContain("天易科技城自主创业园 → 轨道交通");
  });

  it("does not read the kind of a zone (保税 in 综合保税区) as a sector it develops", () => {
    const x = extractText("tianyuan", "依托高新区平台，积极参与株洲综合保税区、株洲海关特殊监管区申报与建设。");
    expect(x.entities.some((e) => e.type === "Park" && e.name === "株洲综合保税区")).toBe(true);
    expect(relations(x, "DEVELOPS").filter((r) => r.startsWith("株洲综合保税区"))).toEqual([]);
  });

  it("does not develop the kinds of body a list names (…、法律服务、管理咨询等服务机构)", () => {
    const x = extractText("hetang", "建设科技服务集聚区。加强科技服务公共平台建设,积极发展科技金融、科技咨询和科技成果转移转化服务,培育和引进投融资、知识产权、法律服务、管理咨询等服务机构,促进创新要素加快集聚,打造科技服务业集聚区。",
      "统筹协调科技金融资源,搭建科技金融合作平台,为企业提供企业融资、新三板和区域性股权市场挂牌、上市指导、法律服务、会计服务等个性化服务,培植一批行业领先的创新型企业。");
    const develops = relations(x, "DEVELOPS");
    expect(develops).toContain("科技服务集聚区 → 科技金融");
    expect(develops).not.toContain("科技服务集聚区 → 法律服务");
  });

  it("does not develop a sector word glued to the word before it (科技咨询, 居家养老服务), but does after a word of grade (先进轨道交通装备)", () => {
    const develops = relations(extractCorpusDocument("004"), "DEVELOPS");
    expect(develops).not.toContain("荷塘区 → 咨询");
    expect(develops).toContain("动力产业配套智造基地 → 轨道交通");
  });

  it("does not read a sector word opening a phrase about a landscape (中国先进制造版图) as the sector", () => {
    expect(relations(extractCorpusDocument("004"), "DEVELOPS")).not.toContain("株洲市 → 先进制造");
  });

  it("does not let a sector merely measured (增加值占比) be developed", () => {
    const x = extractText("tianxin", "文化产业增加值占GDP的比重达7.7%，金融业税收收入比重从10%上升到23%。");
    expect(relations(x, "DEVELOPS")).toEqual([]);
  });

  it("gives every relation its evidence: line, sentence and the rule that made it", () => {
    const x = extractText("tianyuan", "田心高科园，规划面积31.2 平方公里，重点发展轨道交通产业。");
    const r = x.relations.find((q) => q.type === "DEVELOPS");
    expect(r?.evidence[0]?.line).toBe(2);
    expect(r?.evidence[0]?.sentence).toContain("重点发展轨道交通产业");
    expect(r?.rule).toMatch(/^develops-/);
    expect(r?.confidence).toBeGreaterThan(0);
  });
});
