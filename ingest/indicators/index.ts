/**
 * Indicators: plan targets and baselines as comparable figures. A pure function of a document's lines
 * and a little context (its region, its period); tables first, then sentences, then one fact per figure.
 */
import type { IndicatorFact } from "../../graph/facts.ts";
import { resolveContext, type IndicatorInput } from "./context.ts";
import { readSentences } from "./sentence.ts";
import { readTables } from "./table.ts";

export type { IndicatorInput } from "./context.ts";
export { fallbackSections, subjectBlocks } from "./context.ts";
export { lookupIndicator, readIndicatorName } from "./names.ts";

export function extractIndicators(input: IndicatorInput): IndicatorFact[] {
  const ctx = resolveContext(input);
  const tables = readTables(ctx);
  // lines a table row was read from are cells, not sentences
  const tableLines = new Set<number>();
  for (const fact of tables) {
    const span = fact.evidence.sentence.split("\n").length;
    for (let l = fact.evidence.line; l < fact.evidence.line + span; l += 1) tableLines.add(l);
  }
  return dedupe([...tables, ...readSentences(ctx, tableLines)]);
}

/** The same figure stated twice (table and review text) is one fact; the surer reading is kept. */
export function dedupe(facts: readonly IndicatorFact[]): IndicatorFact[] {
  const kept = new Map<string, IndicatorFact>();
  for (const fact of facts) {
    const key = [fact.subject, fact.indicator, fact.kind, fact.year ?? "", fact.period ?? "", fact.value, fact.unit, fact.cumulative ? "c" : ""].join("|");
    const seen = kept.get(key);
    if (!seen || fact.confidence > seen.confidence) kept.set(key, fact);
  }
  return [...kept.values()];
}
