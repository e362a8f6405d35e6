/**
 * Text → facts for one document. A pure function: no files, no clock, no database.
 * First cut: suffix patterns for parks, a few trigger words; the extraction engine replaces it.
 */
import type { DocumentExtraction, Evidence, ExtractedEntity } from "../../graph/facts.ts";
import { entityKey } from "../../graph/ids.ts";
import type { EntityType } from "../../graph/schema.ts";

export interface ExtractInput {
  id: string;
  text: string;
  sha256: string;
  source: string;
}

const PATTERNS: Array<[EntityType, RegExp]> = [
  ["Park", /[\u4e00-\u9fa5]{2,8}(?:高新区|开发区|产业园|科技园|工业园|新区|商圈|片区)/gu],
  ["Region", /[\u4e00-\u9fa5]{2,3}(?:市|区|县)(?=[^\u4e00-\u9fa5]|的|将|坚持)/gu],
  ["Industry", /(?:轨道交通|通用航空|新能源汽车|生物医药|新材料|电子信息|现代物流|文化创意|金融)(?:产业)?/gu],
];

export function extractDocument(input: ExtractInput): DocumentExtraction {
  const lines = input.text.split(/\r?\n/);
  const entities = new Map<string, ExtractedEntity>();
  lines.forEach((line, index) => {
    for (const [type, pattern] of PATTERNS) {
      for (const match of line.matchAll(pattern)) {
        const name = match[0];
        const id = entityKey(type, name);
        const start = match.index ?? 0;
        const evidence: Evidence = { doc: input.id, section: [], line: index + 1, sentence: line, span: [start, start + name.length] };
        const entity = entities.get(id) ?? { id, type, name, aliases: [], attrs: {}, mentions: [] };
        entity.mentions.push({ surface: name, evidence, rule: "suffix-pattern", confidence: 0.3 });
        entities.set(id, entity);
      }
    }
  });
  return {
    doc: { id: input.id, title: lines.find((l) => l.trim())?.trim() ?? input.id, kind: "plan", sha256: input.sha256, lines: lines.length, source: input.source },
    entities: [...entities.values()],
    relations: [],
    indicators: [],
    warnings: [],
  };
}
