/**
 * A small extraction stated by real corpus sentences, for the kinds of facts the query library covers but
 * the extractor may not produce yet (a project implementing a strategy, an enterprise in an industry,
 * indicator figures). Each fact's evidence is the sentence at that line of the corpus file, and every
 * surface form must occur in it, so the fixture cannot drift from the text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import type { DocumentExtraction, Evidence, ExtractedEntity, IndicatorFact } from "../../graph/facts.ts";
import { entityKey } from "../../graph/ids.ts";
import type { EntityType, RelationType } from "../../graph/schema.ts";
import { CORPUS_DIR } from "../../ingest/corpus.ts";

export const FIXTURE_DOC = "fixture_corpus_sentences.txt";

function line(file: string, n: number): string {
  const text = readFileSync(join(CORPUS_DIR, file), "utf8").split(/\r?\n/)[n - 1];
  if (!text) throw new Error(`fixture: ${file} has no line ${n}`);
  return text;
}

function evidence(file: string, n: number, surface: string): Evidence {
  const sentence = line(file, n);
  const start = sentence.indexOf(surface);
  if (start < 0) throw new Error(`fixture: "${surface}" is not in ${file}:${n}`);
  return { doc: FIXTURE_DOC, section: [], line: n, sentence, span: [start, start + surface.length] };
}

// Line numbers below are of the fixture document, so each corpus line used must be distinct.
const TIANYUAN = "001_e9d0cb05faa534a1.txt"; // 株洲高新区·天元区 十三五
const TIANXIN = "000_8c1d04e729e92782.txt"; // 天心区 十三五
const HETANG = "004_0f6562ee69c0aba0.txt"; // 荷塘区 十四五

export function fixtureExtraction(): DocumentExtraction {
  const entities = new Map<string, ExtractedEntity>();
  const mention = (type: EntityType, name: string, file: string, n: number): string => {
    const id = entityKey(type, name);
    const entity = entities.get(id) ?? { id, type, name, aliases: [], attrs: {}, mentions: [] };
    entity.mentions.push({ surface: name, evidence: evidence(file, n, name), rule: "fixture", confidence: 1 });
    entities.set(id, entity);
    return id;
  };
  const relation = (type: RelationType, from: string, to: string, file: string, n: number, surface: string) => ({
    type,
    from,
    to,
    rule: "fixture",
    confidence: 1,
    evidence: [evidence(file, n, surface)],
  });

  // 004:233 实施园区提质工程,全方位融入长株潭一体化发展
  const project = mention("Project", "园区提质工程", HETANG, 233);
  const strategy = mention("Strategy", "长株潭一体化", HETANG, 233);
  // 001:313 依托北汽、中车时代、南方宇航等骨干企业，大力发展新能源汽车
  const enterprise = mention("Enterprise", "中车时代", TIANYUAN, 313);
  const industry = mention("Industry", "新能源汽车", TIANYUAN, 313);
  // 001:16 天元区：… 2015年，地区生产总值达到268.4亿元
  const tianyuan = mention("Region", "天元区", TIANYUAN, 16);
  // 000:7 “十二五”末，全区实现地区生产总值700.76亿元 (the 天心区 plan)
  const tianxin = mention("Region", "天心区", TIANXIN, 7);

  const indicator = (subject: string, file: string, n: number, surface: string, value: number): IndicatorFact => ({
    subject,
    indicator: "地区生产总值",
    surface,
    value,
    unit: "亿元",
    kind: "value",
    year: 2015,
    period: "十二五",
    rule: "fixture",
    confidence: 1,
    evidence: evidence(file, n, surface),
  });

  return {
    doc: {
      id: FIXTURE_DOC,
      title: "facts stated by corpus sentences (test fixture)",
      kind: "report",
      sha256: createHash("sha256").update([233, 313, 16, 7].map(String).join()).digest("hex"),
      lines: 0,
      source: "text/utf-8",
    },
    entities: [...entities.values()],
    relations: [
      relation("IMPLEMENTS", project, strategy, HETANG, 233, "实施园区提质工程,全方位融入长株潭一体化发展"),
      relation("IN_INDUSTRY", enterprise, industry, TIANYUAN, 313, "大力发展新能源汽车"),
    ],
    indicators: [indicator(tianyuan, TIANYUAN, 16, "地区生产总值达到268.4亿元", 268.4), indicator(tianxin, TIANXIN, 7, "地区生产总值700.76亿元", 700.76)],
    warnings: [],
  };
}
