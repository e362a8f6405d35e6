// Helpers for the extractor's table tests: run one real corpus sentence under the title of the plan it comes
// from (the title sets the plan's region, which resolves short place names and implicit subjects).
import type { DocumentExtraction, ExtractedEntity } from "../../../graph/facts.ts";
import type { EntityType, RelationType } from "../../../graph/schema.ts";
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
