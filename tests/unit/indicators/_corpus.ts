// Reads the real plans of the corpus and runs the indicator reader on them with the context the
// extraction engine gives it (the plan's region, its period, the park/district blocks of a joint plan).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { IndicatorFact } from "../../../graph/facts.ts";
import { entityKey } from "../../../graph/ids.ts";
import type { Period } from "../../../graph/schema.ts";
import { extractIndicators, subjectBlocks } from "../../../ingest/indicators/index.ts";

export const TIANXIN = "000_8c1d04e729e92782.txt";
export const ZHUZHOU = "001_e9d0cb05faa534a1.txt";
export const JINSHI = "003_5af2547153c57a25.txt";
export const HETANG = "004_0f6562ee69c0aba0.txt";

export const REGION = {
  tianxin: entityKey("Region", "天心区"),
  tianyuan: entityKey("Region", "天元区"),
  jinshi: entityKey("Region", "津市市"),
  hetang: entityKey("Region", "荷塘区"),
};
export const ZHUZHOU_PARK = entityKey("Park", "株洲高新技术产业开发区");

export function corpusLines(doc: string): string[] {
  return readFileSync(fileURLToPath(new URL(`../../../corpus/${doc}`, import.meta.url)), "utf8").split(/\r?\n/);
}

const PLANS: Record<string, { subject: string; period: Period }> = {
  [TIANXIN]: { subject: REGION.tianxin, period: "十三五" },
  [ZHUZHOU]: { subject: REGION.tianyuan, period: "十三五" },
  [JINSHI]: { subject: REGION.jinshi, period: "十三五" },
  [HETANG]: { subject: REGION.hetang, period: "十四五" },
};

/** The joint Zhuzhou plan names its two places in blocks headed 高新区 / 天元区 (the caller resolves names). */
const PLACES: Record<string, string> = { 高新区: ZHUZHOU_PARK, 天元区: REGION.tianyuan };

const cache = new Map<string, IndicatorFact[]>();

export function corpusIndicators(doc: string): IndicatorFact[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const plan = PLANS[doc]!;
  const lines = corpusLines(doc);
  const facts = extractIndicators({
    docId: doc,
    lines,
    defaultSubject: plan.subject,
    period: plan.period,
    subjectAt: subjectBlocks(lines, (name) => PLACES[name]),
  });
  cache.set(doc, facts);
  return facts;
}

/** Facts of one indicator, as `kind year value unit [qualifier]` strings that read like the plan. */
export function figures(facts: readonly IndicatorFact[], indicator: string, subject?: string): string[] {
  return facts
    .filter((f) => f.indicator === indicator && (subject === undefined || f.subject === subject))
    .map((f) => `${f.kind} ${f.year ?? "?"} ${f.value}${f.unit}${f.qualifier ? ` ${f.qualifier}` : ""}`)
    .sort();
}
