// One name per thing inside a document: official and short spellings of a zone, bare abbreviations,
// qualified mentions, a strategy with or without its tail, a firm and its abbreviation.
import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../graph/schema.ts";
import { parkKey } from "../../../ingest/extract/passes/09-aliases.ts";
import { extractText } from "./_lib.ts";
import type { Plan } from "./_lib.ts";

const SAME: Array<[why: string, plan: Plan, lines: string[], type: EntityType, forms: string[]]> = [
  ["official and short spellings of one zone, and its bare abbreviation", "tianyuan",
    ["“一区”即株洲国家高新技术产业开发区。", "株洲高新区成为长株潭国家自主创新示范区的重要一极。", "2014年，高新区在114个国家级高新区的综合排名跃升至第28名。"],
    "Park", ["株洲国家高新技术产业开发区", "株洲高新区", "高新区"]],
  ["an abbreviation keeping the head and the zone word", "tianyuan",
    ["“四园”即河西高新技术产业示范园、田心高科园。", "河西示范园，规划面积82.83平方公里。"], "Park", ["河西高新技术产业示范园", "河西示范园"]],
  ["a qualified mention of a zone", "hetang",
    ["高标准建设 “ 材料科技城 ” 和“现代物流城”。", "打造千亿级材料科技城。"], "Park", ["材料科技城", "千亿级材料科技城"]],
  ["an area and the zone it holds", "hetang",
    ["推进金山新城片区、水竹湖片区、太阳商贸集聚区的商业配套开发。", "中央商务区、水竹湖科教新区、太阳商贸集聚区建设。"], "Park", ["水竹湖科教新区", "水竹湖片区"]],
  ["a work named again with its owner in front", "tianxin",
    ["中南大学湘雅五医院成功落户天心。", "加快湘雅五医院建设。"], "Project", ["中南大学湘雅五医院", "湘雅五医院"]],
  ["a work named with more or fewer words inside", "hetang",
    ["加快火车站综合交通枢纽工程、红旗广场西南角综合体等重大工程建设。", "红旗广场西南角城市综合体等项目全面铺开。"], "Project", ["红旗广场西南角城市综合体", "红旗广场西南角综合体"]],
  ["the plan's own place before the zone word of the one other zone it names", "tianxin",
    ["举办了“共话天心金融外滩”、“文化新区”（香港）推介会。", "打造“两带两区”的金融空间布局结构，即芙蓉路金融聚集带、湘江金融外滩、省府现代金融服务区。"],
    "Park", ["湘江金融外滩", "天心金融外滩"]],
  ["a road and a section of it are one work", "hetang",
    [" “ 五纵七横 ” 路网体系不断完善,先后拉通莲易高速、北环路 C 段、向阳路、新文化路、升龙路等 18 条主次干道。",
      "按照成环成网要求,继续完善 “ 五纵七横 ” 路网建设, “ 五纵 ”即升龙路荷塘段、新塘路、新华路、金环大道、金塘路, “ 七横 ”即金瑞路、金龙路、金桥路、北环路、向阳路、红旗路、铁东路。"],
    "Project", ["北环路", "北环路C段"]],
  ["a programme and the quoted name it carries out", "hetang",
    ["实施“幸福荷塘”民生工程,要坚持把实事办好。"], "Strategy", ["幸福荷塘民生工程", "幸福荷塘"]],
  ["a zone named with and without its regional grouping and epithet", "tianxin",
    ["加快推进长株潭融城核心商圈、长沙新外滩建设。", "推动新世纪体育文化中心、融城商圈等板块发展提升。"], "Park", ["长株潭融城核心商圈", "融城商圈"]],
  ["a zone's common short form (高科园 for 科技园)", "tianyuan",
    ["“四园”即河西高新技术产业示范园、田心高科园、董家塅高科园、金山高科园。", "金山科技园，规划面积41.57平方公里，其中园区一期6.96平方公里、二期金山新城34.61平方公里。"], "Park", ["金山高科园", "金山科技园"]],
  ["what a zone's paragraph says it will become describes that zone", "tianyuan",
    ["“神农绿轴”文化体育集聚区。以神农文化为主题，加快推进神农大剧院、神农艺术中心、神农众创空间、妇女儿童中心，把该区域建成集文化、旅游、商业、体育健身于一体的文化休闲产业集聚区。"],
    "Park", ["神农绿轴文化体育集聚区", "文化休闲产业集聚区"]],
  ["a strategy with and without its tail", "tianyuan",
    ["——创新驱动战略。围绕打造中国动力谷的主题。", "大力实施“高新技术产业先导”、“创新驱动”和“人才强区”战略。"], "Strategy", ["创新驱动战略", "创新驱动"]],
  ["a firm and its first-character abbreviation", "tianyuan",
    ["依托株洲冶炼集团、株洲硬质合金集团、五矿高新产业园、钻石切削、时代新材等核心企业。", "重点支持中车株机、中车株洲研究所、608所、株硬集团等建成国际研发总部。"],
    "Enterprise", ["株洲硬质合金集团", "株硬集团"]],
];

describe("one name per thing in a document", () => {
  it.each(SAME)("%s", (_why, plan, lines, type, forms) => {
    const x = extractText(plan, ...lines);
    const holders = forms.map((f) => x.entities.find((e) => e.type === type && (e.name === f || e.aliases.includes(f)))?.id);
    expect(holders[0], `${forms[0]} found`).toBeDefined();
    expect(new Set(holders).size, `${forms.join(" / ")} → ${holders.join(" / ")}`).toBe(1);
  });

  it("knows a programme with and without its marker (上云上平台行动 / 上云上平台)", () => {
    const x = extractText("hetang", "深入实施 “ 上云上平台 ” 行动,推动企业数字化转型。", "开展“上云上平台行动”。");
    const programme = x.entities.find((e) => e.type === "Strategy" && (e.name === "上云上平台行动" || e.aliases.includes("上云上平台行动")));
    expect(programme, JSON.stringify(x.entities.map((e) => e.name))).toBeDefined();
    expect([programme!.name, ...programme!.aliases]).toContain("上云上平台");
  });

  it("joins a firm's form cut after a word that also opens its name (联合利国… read as 利国…) to the whole name", () => {
    const x = extractText("tianxin", "并力促新华社新媒体中心、飞马旅、天择传媒、联合利国文化产权交易所等一批优质企业加速入驻。", "积极培育联合利国文化产权交易所、天择传媒、和光传媒等新兴文化创意企业发展。");
    const firms = x.entities.filter((e) => e.type === "Enterprise").map((e) => e.name);
    expect(firms).toContain("联合利国文化产权交易所");
    expect(firms).not.toContain("利国文化产权交易所");
    expect(firms).not.toContain("力促新华社新媒体中心");
  });

  it("keeps two firms of one group apart (千金药业 / 千金协力药业)", () => {
    const x = extractText("tianyuan", "依托千金药业、唐人神、太子奶等核心企业。", "扶持炎帝生物、千金协力药业等企业。");
    const a = x.entities.find((e) => e.name === "千金药业");
    const b = x.entities.find((e) => e.name === "千金协力药业");
    expect(a?.id).toBeDefined();
    expect(a?.id).not.toBe(b?.id);
  });
});

describe("zone identity ignores level and epithet", () => {
  it("folds 国家级长沙天心文化产业示范园 and 长沙天心文化产业园 to one key", () => {
    expect(parkKey("国家级长沙天心文化产业示范园")).toBe(parkKey("长沙天心文化产业园"));
    expect(parkKey("株洲国家高新技术产业开发区")).not.toBe(parkKey("长沙天心文化产业园"));
  });
});
