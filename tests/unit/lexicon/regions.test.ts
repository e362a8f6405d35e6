import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lookupRegion, lookupRegionSurfaces, parentChain, pickRegion, regionByCode, regionCounts } from "../../../ingest/lexicon/regions.ts";

const names = (records: { name: string }[]) => records.map((r) => r.name);
const codes = (records: { code: string }[]) => records.map((r) => r.code);

describe("division table", () => {
  it("holds every province, prefecture and county-level division and the towns, in under 3 MB", () => {
    const counts = regionCounts();
    expect(counts.province).toBe(31);
    expect(counts.city).toBeGreaterThan(330);
    expect(counts.district + counts.county).toBeGreaterThan(2800);
    expect(counts.town).toBeGreaterThan(38000);
    expect(statSync(new URL("../../../ingest/lexicon/divisions.generated.json", import.meta.url)).size).toBeLessThan(3_000_000);
  });

  it("uses six-digit GB/T 2260 codes and levels from the schema", () => {
    expect(regionByCode("430000")).toMatchObject({ name: "湖南省", level: "province" });
    expect(regionByCode("430200")).toMatchObject({ name: "株洲市", level: "city", parentCode: "430000" });
    expect(regionByCode("430103")).toMatchObject({ name: "天心区", level: "district", shortName: "天心" });
    expect(regionByCode("430781")).toMatchObject({ name: "津市市", level: "county", shortName: "津市" });
    expect(regionByCode("430103002")).toMatchObject({ level: "town", parentCode: "430103" });
  });

  it("leaves out functional zones, which are parks rather than regions", () => {
    expect(lookupRegion("湘潭昭山示范区")).toEqual([]);
    expect(lookupRegion("湖南湘潭高新技术产业园区")).toEqual([]);
  });
});

describe("lookupRegion", () => {
  it.each([
    ["天心区", "430103"],
    ["天心", "430103"],
    ["株洲", "430200"],
    ["株洲市", "430200"],
    ["津市", "430781"],
    ["湖南", "430000"],
    ["荷塘", "430202"],
    ["湘西", "433100"],
    ["湘西州", "433100"],
    ["通道县", "431230"],
    ["广西", "450000"],
    ["浦东", "310115"],
  ])("reads %s as the division %s", (surface, code) => {
    expect(codes(lookupRegion(surface))).toEqual([code]);
  });

  it("resolves a former name to today's division (株洲县 became 渌口区 in 2018)", () => {
    expect(names(lookupRegion("株洲县"))).toEqual(["渌口区"]);
    expect(names(lookupRegion("宁乡县"))).toEqual(["宁乡市"]);
  });

  it("gives no short form that is an ordinary word or only position characters", () => {
    expect(lookupRegion("市中")).toEqual([]); // 市中区
    expect(lookupRegion("通道")).toEqual([]); // 通道侗族自治县
    expect(lookupRegion("会同")).toEqual([]); // 会同县
    expect(lookupRegion("城")).toEqual([]);
  });

  it("still finds a generic-looking full name, with every division that bears it", () => {
    expect(lookupRegion("市中区").length).toBe(4);
    expect(lookupRegion("市中区").every((r) => r.level === "district")).toBe(true);
  });

  it("returns both candidates when a short form is shared (长沙 is 长沙市 and 长沙县), the larger first", () => {
    expect(names(lookupRegion("长沙"))).toEqual(["长沙市", "长沙县"]);
    expect(names(lookupRegion("湘潭"))).toEqual(["湘潭市", "湘潭县"]);
  });

  it("puts full-name matches before short-form matches", () => {
    const candidates = lookupRegion("吉林");
    expect(names(candidates)).toEqual(["吉林省", "吉林市"]);
  });
});

describe("parentChain", () => {
  it("climbs from 天心区 to 长沙市 to 湖南省, with codes", () => {
    expect(parentChain("430103").map((r) => [r.name, r.code])).toEqual([
      ["天心区", "430103"],
      ["长沙市", "430100"],
      ["湖南省", "430000"],
    ]);
  });

  it("skips the 市辖区 placeholder of a municipality and the 省直辖 grouping", () => {
    expect(names(parentChain("110101"))).toEqual(["东城区", "北京市"]);
    expect(names(parentChain("419001"))).toEqual(["济源市", "河南省"]);
    expect(names(parentChain("500101"))).toEqual(["万州区", "重庆市"]);
  });

  it("hangs the towns of a city without counties (东莞) from the city", () => {
    const town = lookupRegion("东城街道").find((r) => r.code.startsWith("4419"));
    expect(town && names(parentChain(town.code))).toEqual(["东城街道", "东莞市", "广东省"]);
  });

  it("is empty for an unknown code", () => {
    expect(parentChain("999999")).toEqual([]);
  });
});

describe("pickRegion", () => {
  it("prefers the prefecture over the county named after it (长沙 → 长沙市)", () => {
    expect(pickRegion(lookupRegion("长沙"))?.code).toBe("430100");
    expect(pickRegion(lookupRegion("岳阳"))?.code).toBe("430600");
  });

  it("stays undecided between unrelated divisions without context, and decides with it", () => {
    const candidates = lookupRegion("朝阳");
    expect(candidates.length).toBeGreaterThan(1);
    expect(pickRegion(candidates)).toBeUndefined();
    expect(pickRegion(candidates, ["110000"])?.code).toBe("110105");
    expect(pickRegion(candidates, ["210000"])?.code).toBe("211300");
  });

  it("reads a district short form inside the document's city", () => {
    const candidates = lookupRegion("鼓楼区");
    expect(pickRegion(candidates, ["320100"])?.name).toBe("鼓楼区");
    expect(pickRegion(candidates, ["320100"])?.parentCode).toBe("320100");
  });
});

describe("lookupRegionSurfaces", () => {
  it("flags full names that are ordinary words, so a scanner can skip them (示范县 holds 范县)", () => {
    expect(lookupRegionSurfaces("范县")).toEqual([expect.objectContaining({ kind: "full", generic: true })]);
    expect(lookupRegionSurfaces("天心区")[0]?.generic).toBeUndefined();
    expect(lookupRegionSurfaces("天心")[0]?.kind).toBe("short");
  });
});

describe("short forms of autonomous and minority areas", () => {
  it.each([
    ["湘西", "湘西土家族苗族自治州"],
    ["城步", "城步苗族自治县"],
    ["城步县", "城步苗族自治县"],
    ["江华", "江华瑶族自治县"],
    ["黔东南", "黔东南苗族侗族自治州"],
    ["巴音郭楞", "巴音郭楞蒙古自治州"],
    ["积石山", "积石山保安族东乡族撒拉族自治县"],
    ["鄂温克旗", "鄂温克族自治旗"],
    ["管城", "管城回族区"],
    ["新疆", "新疆维吾尔自治区"],
  ])("%s names %s", (surface, name) => {
    expect(names(lookupRegion(surface))).toEqual([name]);
  });
});
