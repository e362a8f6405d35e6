// Document structure: headings in every numbering style the corpus uses, boxes (专栏) and their items,
// web-page debris dropped, and every sentence carrying its section path and original line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../../../ingest/corpus.ts";
import { readHeading } from "../../../ingest/text/headings.ts";
import { isDebrisLine } from "../../../ingest/text/debris.ts";
import { prepareText } from "../../../ingest/text/sentences.ts";

const corpus = (f: string): string => readFileSync(join(CORPUS_DIR, f), "utf8");

describe("readHeading", () => {
  it.each([
    ["第一篇发展基础篇", "part", "第一篇发展基础篇"],
    ["第1章 现实基础与发展环境", "chapter", "第1章 现实基础与发展环境"],
    ["第三章“十三五”期间的指导思想和发展目标", "chapter", "第三章“十三五”期间的指导思想和发展目标"],
    ["第一节发展成就", "section", "第一节发展成就"],
    ["一、主要成就", "cn-item", "一、主要成就"],
    ["（1）经济发展", "paren-item", "（1）经济发展"],
    ["1、综合实力大幅提升。五年来，天心区坚持以项目建设带动产业发展", "num-item", "1、综合实力大幅提升"],
    ["专栏：生物医药与健康食品产业重大项目", "box", "专栏：生物医药与健康食品产业重大项目"],
    ["关键词一：排头兵", "keyword", "关键词一：排头兵"],
  ])("%s is a %s heading titled %s", (line, kind, title) => {
    const h = readHeading(line);
    expect(h?.kind).toBe(kind);
    expect(h?.title).toBe(title);
  });

  it("reads a long sentence of prose as body, not as a heading", () => {
    expect(readHeading("“十二五”时期，在工委、管委、区委、区政府的领导下，在区人大、区政协的监督支持下，围绕第四次党代会提出的发展目标。")).toBeNull();
  });
});

describe("isDebrisLine", () => {
  it.each(["1.jpg", "立即下载", "回首页", "2020-12-31 10:54:01 字号:", "红网时刻通讯员 李旦 长沙报道"])("drops %s", (line) => {
    expect(isDebrisLine(line.replace(/\s/gu, ""))).toBe(true);
  });
  it("keeps a caption sentence", () => {
    expect(isDebrisLine("繁华的五一商圈成为网红打卡地。")).toBe(false);
  });
});

describe("prepareText", () => {
  it("gives each sentence of the Zhuzhou plan its section path", () => {
    const p = prepareText(corpus("001_e9d0cb05faa534a1.txt"));
    const s = p.sentences.find((x) => x.text.startsWith("田心高科园"));
    expect(s?.line).toBe(272);
    expect(s?.section).toEqual(["第二篇发展目标和任务", "第五章致力于创新驱动发展，全力打造“中国动力谷”", "第一节推进园区开发建设，强化产业平台支撑"]);
  });

  it("drops web-page debris from the news story and keeps its body", () => {
    const p = prepareText(corpus("002_a93f945e5c35f0b4.txt"));
    expect(p.debris).toContain(1);
    expect(p.sentences.some((s) => s.text.includes("1.jpg"))).toBe(false);
    expect(p.sentences.some((s) => s.text.startsWith("聚焦“北优”发展外滩片区"))).toBe(true);
  });

  it("reads the items of a 专栏 box as box items under the box title", () => {
    const p = prepareText(corpus("003_5af2547153c57a25.txt"));
    const items = p.sentences.filter((s) => s.kind === "box-item" && s.section.some((h) => h.startsWith("专栏：装备制造产业重大项目")));
    expect(items.length).toBeGreaterThan(0);
  });

  it("keeps each sentence's original text, spaces and half-width punctuation included", () => {
    const p = prepareText(corpus("004_0f6562ee69c0aba0.txt"));
    const s = p.sentences.find((x) => x.original.includes("“ 三高四新 ” 战略"));
    expect(s?.text).toContain("“三高四新”战略");
    expect(s?.line).toBeGreaterThan(0);
  });
});
