/** Pure selections over the snapshot's indicator facts: one place's figures by name, and one figure across places. */
import type { IndicatorFact, IndicatorKind } from "../../../graph/facts.ts";

export const KIND_LABEL_ZH: Record<IndicatorKind, string> = { baseline: "基期", target: "目标", growth: "增速", value: "数值" };

/** What makes two figures comparable: same indicator, same kind, same year, same unit and both (non-)cumulative. */
export interface ComparisonKey {
  indicator: string;
  kind: IndicatorKind;
  year?: number;
  unit: string;
  cumulative: boolean;
}

export function keyOf(fact: IndicatorFact): ComparisonKey {
  return { indicator: fact.indicator, kind: fact.kind, year: fact.year, unit: fact.unit, cumulative: fact.cumulative === true };
}

/** A place's indicators grouped by indicator name, in the order the documents first give them. */
export function indicatorsBySubject(facts: readonly IndicatorFact[], subject: string): Map<string, IndicatorFact[]> {
  const groups = new Map<string, IndicatorFact[]>();
  for (const fact of facts) {
    if (fact.subject !== subject) continue;
    const list = groups.get(fact.indicator) ?? [];
    list.push(fact);
    groups.set(fact.indicator, list);
  }
  return groups;
}

function matches(fact: IndicatorFact, key: ComparisonKey): boolean {
  return fact.indicator === key.indicator && fact.kind === key.kind && fact.year === key.year && fact.unit === key.unit && (fact.cumulative === true) === key.cumulative;
}

/** One bar per place for a comparable figure; a place stated twice keeps its most confident statement. */
export function comparisonRows(facts: readonly IndicatorFact[], key: ComparisonKey): IndicatorFact[] {
  const best = new Map<string, IndicatorFact>();
  for (const fact of facts) {
    if (!matches(fact, key)) continue;
    const seen = best.get(fact.subject);
    if (!seen || fact.confidence > seen.confidence) best.set(fact.subject, fact);
  }
  return [...best.values()].sort((a, b) => b.value - a.value);
}

/** "1100 亿元 以上" — the figure as the plan states it. */
export function formatFigure(fact: IndicatorFact): string {
  return [`${fact.value} ${fact.unit}`, fact.qualifier].filter(Boolean).join(" ");
}
