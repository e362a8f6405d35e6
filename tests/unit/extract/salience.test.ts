// Salience: the graph holds what a plan sets out to develop or carry out, not every word it uses in passing.
import { describe, expect, it } from "vitest";
import { descriptiveZone } from "../../../ingest/extract/salience.ts";
import { extractText, found } from "./_lib.ts";

describe("salience of sectors and strategies", () => {
  it("keeps the strategy a plan carries out and drops the political formulas it cites as its frame", () => {
    const x = extractText("hetang", "高举中国特色社会主义伟大旗帜,统筹推进 “ 五位一体 ” 总体布局,协调推进 “ 四个全面 ” 战略布局,坚定不移贯彻新发展理念,坚持稳中求进工作总基调,大力实施 “ 三高四新 ” 战略,加快建设现代化幸福新荷塘。");
    const names = found(x);
    expect(names).toContain("Strategy:三高四新");
    expect(names).not.toContain("Strategy:五位一体");
    expect(names).not.toContain("Strategy:四个全面");
    expect(names).not.toContain("Strategy:新发展理念");
  });

  it("reads a list of financial institution kinds as lenders, not as sectors the plan develops", () => {
    const x = extractText("tianxin", "鼓励银行、证券、保险、信托等金融机构合作开展财富管理业务创新，提供资产管理、理财规划、投资咨询等多样化金融理财服务。");
    const names = found(x);
    expect(names).not.toContain("Industry:银行");
    expect(names).not.toContain("Industry:证券");
  });

  it("does not read a sector inside a longer word (交通信号, 自主知识产权)", () => {
    const x = extractText("tianxin", "推进智能交通控制，建设全路网交通信号监控系统、交通信息发布系统、交通诱导系统等。", "积极扶持拥有自主知识产权、自主品牌的出口骨干企业。");
    expect(found(x).filter((n) => n.startsWith("Industry:"))).toEqual([]);
  });

  it("keeps a routine work item out unless the plan makes it a focus", () => {
    const passing = extractText("tianxin", "城中村、棚户区改造压力较大，征地拆迁、城乡结合部改造等产生的社会矛盾较多，维稳压力较大。");
    expect(found(passing)).not.toContain("Strategy:棚户区改造");
  });

  it("keeps a sector written with its head (创意设计产业) whatever verb follows, but not a sector inside a programme's name", () => {
    const x = extractText("tianxin", "着力发展特色产业。推动广告传媒、创意设计产业走向“专精特新”。");
    expect(found(x)).toContain("Industry:文化创意");
    const programme = extractText("hetang", "对接市高分子新材料产业链建设行动,支持株洲飞鹿高新等企业做大做强。");
    expect(programme.relations.filter((r) => r.type === "IN_INDUSTRY" && r.to === "Industry:新材料")).toEqual([]);
  });

  it("keeps a sector the plan lists among those it develops", () => {
    const x = extractText("tianxin", "加快培育提升地理信息、节能环保、社区服务、房地产、都市农业等地域特色产业或配套产业类型。");
    expect(found(x)).toEqual(expect.arrayContaining(["Industry:地理信息", "Industry:节能环保", "Industry:房地产", "Industry:都市农业"]));
  });
});

describe("roads and landmarks as projects", () => {
  it("reads roads as projects in a list of roads being built", () => {
    const x = extractText("tianxin", "以“六横四纵一环”为基本框架，推进万家丽路西延线、新韶山南路、圭白路、西湖路、月塘路等道路建设。");
    expect(found(x)).toEqual(expect.arrayContaining(["Project:万家丽路西延线", "Project:新韶山南路", "Project:圭白路"]));
  });

  it("does not read roads as projects where the list is of what lines them or of districts being renewed", () => {
    const green = extractText("tianxin", "加快建设芙蓉南路、新韶路、书院路等道路附属绿地。");
    expect(found(green).filter((n) => n.startsWith("Project:"))).toEqual([]);
    const renewal = extractText("hetang", "南岳岭、红旗广场、桂花路、大坪路、水仙路等重点片区改造顺利推进。");
    expect(found(renewal)).not.toContain("Project:红旗广场");
    expect(found(renewal)).not.toContain("Project:桂花路");
  });
});

describe("zones named vs zones described", () => {
  it.each([
    ["全省性两型产业重要示范园区", true],
    ["金融产业高度聚集区", true],
    ["国家级高新技术产业开发区", true],
    ["湖南省绿色园区", true],
    ["23万平米文创孵化基地", true],
    ["株洲国家高新技术产业开发区", false],
    ["国家级长沙天心文化产业示范园", false],
    ["湖南省地理信息产业园", false],
    ["天台路金融集聚区", false],
  ])("%s is a description or designation: %s", (name, expected) => {
    expect(descriptiveZone(name)).toBe(expected);
  });
});

describe("sector words in lists of public services and in headings", () => {
  it("does not read a list of facilities or public undertakings as sectors", () => {
    const x = extractText("tianxin", "目前，天心区交通、供水、信息、环卫等基础设施建设总体上未能及时跟上。", "公共服务供给相对不足，文化、教育、卫生、体育等公共设施配套建设有待加强。");
    expect(found(x).filter((n) => n.startsWith("Industry:"))).toEqual([]);
  });

  it("does not read a heading's slogan (全力打造健康天元) as a sector the plan develops", () => {
    const x = extractText("tianyuan", "第三节全力打造健康天元，促进医养结合全覆盖");
    expect(found(x)).not.toContain("Industry:健康");
  });
});

describe("everyday words the sector taxonomy lists as aliases", () => {
  it("does not read 知识产权 or 互联网 in passing as the sectors they alias", () => {
    const x = extractText("tianyuan", "通过许可、联盟等多种方式，获得自身发展所需的知识产权。", "推动互联网与制造业、服务业跨界融合。");
    expect(found(x)).not.toContain("Industry:知识产权服务");
    expect(found(x)).not.toContain("Industry:移动互联网");
  });

  it("keeps an alias in a list of the sectors the plan develops", () => {
    const x = extractText("tianyuan", "天元区发展定位：继续发展壮大汽车、生物医药、新能源装备和健康食品等战略性新兴产业。");
    expect(found(x)).toEqual(expect.arrayContaining(["Industry:汽车", "Industry:生物医药"]));
    expect(found(x).filter((n) => /食品/u.test(n))).toHaveLength(1);
  });
});

describe("existing facilities vs works", () => {
  it("does not read facilities the plan relies on or manages as projects", () => {
    const x = extractText("tianxin", "凭借贺龙体育中心、田汉剧院等文体设施的大体量、竞赛演艺功能和建筑特色，打造文体演艺品牌。");
    expect(found(x).filter((n) => n.startsWith("Project:"))).toEqual([]);
    const y = extractText("hetang", "全面落实重点废水排污口在线监测,加强金山污水处理厂、仙庾镇污水处理厂的监督与管理,扩大污水收集覆盖面。");
    expect(found(y).filter((n) => n.startsWith("Project:"))).toEqual([]);
  });

  it("keeps works the plan leans on while they are being built", () => {
    const x = extractText("hetang", "依托湖南飞山奇新型环保建材制造基地、雪宝家装建材智能制造基地、好媳妇株洲智能制造基地等项目建设,引导智能建造新材料企业统一产品标准。");
    expect(found(x)).toContain("Project:好媳妇株洲智能制造基地");
  });
});
