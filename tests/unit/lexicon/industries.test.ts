import { describe, expect, it } from "vitest";
import { broaderChain, INDUSTRIES, industryByName, matchIndustry, narrowerOf } from "../../../ingest/lexicon/industries.ts";

describe("industry taxonomy", () => {
  it("has a few hundred entries with unique names and forms, each broader naming an entry, without cycles", () => {
    expect(INDUSTRIES.length).toBeGreaterThanOrEqual(250);
    const names = new Set(INDUSTRIES.map((e) => e.name));
    expect(names.size).toBe(INDUSTRIES.length);
    const owner = new Map<string, string>();
    for (const e of INDUSTRIES) {
      if (e.broader) expect(names, `${e.name} → ${e.broader}`).toContain(e.broader);
      for (const form of [e.name, ...e.aliases]) {
        expect(owner.get(form) ?? e.name, `${form} listed under ${owner.get(form)} and ${e.name}`).toBe(e.name);
        owner.set(form, e.name);
      }
      expect(broaderChain(e.name).length).toBeLessThan(8);
    }
  });

  it("covers the national strategic emerging industry categories under one root", () => {
    const categories = ["新一代信息技术", "高端装备制造", "新材料", "生物", "新能源汽车", "新能源", "节能环保", "数字创意", "相关服务业"];
    for (const c of categories) expect(industryByName(c)?.broader).toBe("战略性新兴产业");
    expect(narrowerOf("战略性新兴产业")).toEqual(expect.arrayContaining(categories));
    expect(industryByName("通用航空")?.emerging).toBe(true);
    expect(industryByName("纺织")?.emerging).toBeUndefined();
  });

  it("links narrower to broader sectors (通用航空 → 航空航天 → 高端装备制造 → 战略性新兴产业)", () => {
    expect(broaderChain("通用航空")).toEqual(["通用航空", "航空航天", "高端装备制造", "战略性新兴产业"]);
    expect(broaderChain("盐化工")).toEqual(["盐化工", "化工", "制造业"]);
    expect(broaderChain("现代物流")).toEqual(["现代物流", "生产性服务业", "服务业"]);
  });
});

describe("matchIndustry", () => {
  it.each([
    // Suffix and alias forms of one sector, as plans write them.
    ["轨道交通", "轨道交通", "高端装备制造"],
    ["轨道交通产业", "轨道交通", "高端装备制造"],
    ["轨道交通装备", "轨道交通", "高端装备制造"],
    ["轨道交通装备制造业", "轨道交通", "高端装备制造"],
    ["通用航空产业", "通用航空", "航空航天"],
    ["汽车及零部件", "汽车", "装备制造"],
    // Surfaces from the corpus plans (株洲 荷塘区, 天心区, 天元区).
    ["先进硬质材料产业链", "硬质合金", "新材料"],
    ["装配式建筑产业", "装配式建筑", "建筑业"],
    ["生物医药健康", "生物医药", "生物"],
    ["节能环保产业", "节能环保", "战略性新兴产业"],
    ["新能源汽车", "新能源汽车", "战略性新兴产业"],
    ["电商产业", "电子商务", "生产性服务业"],
    ["仓储物流", "现代物流", "生产性服务业"],
    ["现代制造业", "制造业", undefined],
    ["电子信息产业集群", "电子信息", "新一代信息技术"],
    ["现代金融", "金融", "生产性服务业"],
    ["文化创意产业", "文化创意", "文化"],
    ["软件和信息技术服务业", "软件和信息服务", "生产性服务业"],
    ["“ 大数据 ”", "大数据", "新一代信息技术"],
    ["５Ｇ产业", "5G", "新一代信息技术"],
    ["电子信息技术", "电子信息", "新一代信息技术"],
    ["物流服务", "现代物流", "生产性服务业"],
    ["旅游经济", "旅游", "生活性服务业"],
  ])("%s → %s", (surface, canonical, broader) => {
    const match = matchIndustry(surface);
    expect(match?.canonical).toBe(canonical);
    expect(match?.broader).toBe(broader);
  });

  it.each(["发展", "城市", "基础设施", "项目建设", "产业", "业", "", "实体经济", "民营经济", "公共服务"])("%s is not an industry", (surface) => {
    expect(matchIndustry(surface)).toBeNull();
  });
});

describe("generic industry forms", () => {
  it("marks everyday words that need an industry suffix, each of them a form of some entry", async () => {
    const { GENERIC_INDUSTRY_FORMS } = await import("../../../ingest/lexicon/industries.ts");
    const forms = new Set(INDUSTRIES.flatMap((e) => [e.name, ...e.aliases]));
    for (const f of GENERIC_INDUSTRY_FORMS) expect(forms, f).toContain(f);
    expect(GENERIC_INDUSTRY_FORMS.has("文化")).toBe(true);
    expect(GENERIC_INDUSTRY_FORMS.has("轨道交通")).toBe(false);
    expect(matchIndustry("文化产业")?.canonical).toBe("文化");
  });
});
