import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRegionScanner, findRegionMentions, inferRegionContext } from "../../../ingest/lexicon/region-scanner.ts";

const HUNAN = ["430000"];
const surfaces = (text: string, context = HUNAN) => findRegionMentions(text, context).map((m) => m.surface);

describe("findRegionMentions on corpus sentences", () => {
  it("finds the full name, the short form inside a slogan and the prefecture (天心区 plan, 2021 news)", () => {
    const text = "“十四五”期间,天心区将以“智慧天心、融城核心”为总目标,坚持“北优南融、数字赋能、民生为本”三大战略,全面建设“现代化长沙示范区、中部一流的现代服务业集聚区、长株潭一体化引领区”。";
    const mentions = findRegionMentions(text, HUNAN);
    expect(mentions.map((m) => m.surface)).toEqual(["天心区", "天心", "长沙"]);
    expect(mentions[0]).toMatchObject({ kind: "full", start: text.indexOf("天心区"), end: text.indexOf("天心区") + 3 });
    expect(mentions[1]?.candidates.map((c) => c.code)).toEqual(["430103"]);
    expect(mentions[2]?.candidates.map((c) => c.name)).toEqual(["长沙市", "长沙县"]);
  });

  it("reads a prefecture short form before a zone name and the district after its city (株洲 document title)", () => {
    expect(surfaces("株洲高新技术产业开发区、株洲市天元区")).toEqual(["株洲", "株洲市", "天元区"]);
  });

  it("prefers the longest name: 津市市 is one mention, not 津市 + 市", () => {
    const mentions = findRegionMentions(" 津市市国民经济和社会发展第十三个五年规划纲要", HUNAN);
    expect(mentions.map((m) => [m.surface, m.candidates[0]?.code])).toEqual([["津市市", "430781"]]);
  });

  it("reads towns of the context province by their full names (荷塘区 plan)", () => {
    const mentions = findRegionMentions("加快仙庾镇、明照街道特色发展", ["430200"]);
    expect(mentions.map((m) => m.candidates[0]?.level)).toEqual(["town", "town"]);
    expect(mentions.every((m) => m.candidates[0]?.parentCode === "430202")).toBe(true);
  });

  it("infers the province of a document from its unambiguous full names", () => {
    const text = readFileSync(new URL("../../../corpus/003_5af2547153c57a25.txt", import.meta.url), "utf8");
    expect(inferRegionContext(text)).toEqual(["430000"]);
    expect(findRegionMentions(text).filter((m) => m.surface === "津市").length).toBeGreaterThan(100);
  });
});

describe("spans that must not be read as divisions", () => {
  it.each([
    ["1、长株潭融城核心区。坚持以再造南部空间、释放中部空间", "南部 (南部县) is a direction"],
    ["1.供电工程。加快城区变电站及线路建设，改造部分陈旧线路，新增城区及农村变压器布点。", "城区 is a word; 增城区 sits across 新增 + 城区"],
    ["从全球看,当今世界正经历百年未有之大变局。和平与发展仍然是时代主题", "和平 (和平区) is peace"],
    ["2、沿江发展。依托天心区滨临湘江的优质自然区位条件", "区位 is location, not a district name ending"],
    ["大力发展电子信息技术、生物医药产业和科技创新创业服务业", "no place at all"],
  ])("%s", (text, _why) => {
    const found = surfaces(text).filter((s) => s !== "天心区");
    expect(found).toEqual([]);
  });

  it("reads 津市城区—古大同 as 津市 only (城区 generic, 大同 a word here)", () => {
    expect(surfaces("“问禅修道、宗教文化一日游”：津市城区—古大同—嘉山禅寺—药山寺；")).toEqual(["津市"]);
  });

  it("does not read county short forms or towns of another province", () => {
    expect(surfaces("新建一批大城市配套设施", [])).toEqual([]);
    expect(surfaces("天心", ["440000"])).toEqual([]);
  });

  it("reads a short county full name of another province only after its own city (杭州滨江区)", () => {
    expect(surfaces("对标杭州滨江区", HUNAN)).toEqual(["杭州", "滨江区"]);
    expect(surfaces("推进滨江区域开发", HUNAN)).toEqual([]);
  });
});

describe("createRegionScanner", () => {
  it("restricts levels and turns short forms off", () => {
    const scan = createRegionScanner({ context: HUNAN, shortForms: false, levels: ["city"] });
    expect(scan("株洲市天元区与长沙").map((m) => m.surface)).toEqual(["株洲市"]);
  });

  it("stays linear: a megabyte of plan text scans in well under a few seconds", () => {
    const text = readFileSync(new URL("../../../corpus/000_8c1d04e729e92782.txt", import.meta.url), "utf8").repeat(25);
    const scan = createRegionScanner({ context: HUNAN });
    const t0 = performance.now();
    const count = scan(text).length;
    expect(count).toBeGreaterThan(25 * 200);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("short forms that name a landmark or a compass region", () => {
  it.each([
    ["强化书院路、芙蓉路两厢产业功能建设,布局一批重大商业综合体项目", "芙蓉路 is a road"],
    ["推进万家丽路西延线、新韶山南路、圭白路、西湖路、月塘路等道路建设", "韶山南路 is a road"],
    ["“双互通”：建宁大桥和石峰大桥与滨江路互通", "石峰大桥 is a bridge"],
    ["把津市建设成湘西北“工业实力强、城乡一体化、现代气息浓”的精致城市", "湘西北 is north-west Hunan"],
    ["进一步扩大连锁经营的覆盖面", "扩大 + 连锁, not 大连"],
    ["坚持“创新、协调、绿色、开放、共享”五大理念", "五大 + 理念, not 大理"],
  ])("%s (%s)", (text) => {
    expect(surfaces(text).filter((s) => s !== "津市")).toEqual([]);
  });

  it("still reads the full name before a landmark head (天心区 is written in full)", () => {
    expect(surfaces("天心区路网建设")).toEqual(["天心区"]);
  });
});
