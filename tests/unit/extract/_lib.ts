// Helpers for the extractor's table tests: run one real corpus sentence under the title of the plan it comes
// from (the title sets the plan's region, which resolves short place names and implicit subjects).
import type { DocumentExtraction, ExtractedEntity } from "../../../graph/facts.ts";
import type { EntityType, RelationType } from "../../../graph/schema.ts";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "../../../ingest/corpus.ts";
import { extractDocument } from "../../../ingest/extract/index.ts";

export const TITLES = {
  tianxin: "长沙市天心区国民经济和社会发展第十三个五年规划纲要",
  tianyuan: "株洲高新技术产业开发区、株洲市天元区国民经济和社会发展第十三个五年规划纲要",
  hetang: "株洲市荷塘区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
  jinshi: "津市市国民经济和社会发展第十三个五年规划纲要",
} as const;
export type Plan = keyof typeof TITLES;

export function extractText(plan: Plan, ...lines: string[]): DocumentExtraction {
  return extractDocument({ id: `${plan}.txt`, text: [TITLES[plan], ...lines].join("\n"), sha256: "", source: "test" });
}

/**
 * A whole corpus document by its number (000, 001 …): for rules whose outcome depends on every sentence naming
 * a thing (whether a sector is a focus of the plan, say).
 */
export function extractCorpusDocument(number: string): DocumentExtraction {
  const file = readdirSync(CORPUS_DIR).find((f) => f.startsWith(`${number}_`));
  if (!file) throw new Error(`no corpus document ${number}_* in ${CORPUS_DIR}`);
  return extractDocument({ id: file, text: readFileSync(join(CORPUS_DIR, file), "utf8"), sha256: "", source: "test" });
}

/** Entities found in the body lines (not the title), as `Type:name`. */
export function found(x: DocumentExtraction): string[] {
  return x.entities.filter((e) => e.mentions.some((m) => m.evidence.line > 1)).map((e) => `${e.type}:${e.name}`);
}

export function entity(x: DocumentExtraction, type: EntityType, name: string): ExtractedEntity | undefined {
  return x.entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));
}

export function relations(x: DocumentExtraction, type: RelationType): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.type === type).map((r) => `${name.get(r.from)} → ${name.get(r.to)}`);
}
