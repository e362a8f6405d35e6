/** The details panel's "指标" section: a place's figures by indicator, each with a button to compare it across places. */
import type { IndicatorFact } from "../../../graph/facts.ts";
import { type AppContext, nodeName } from "../app/context.ts";
import { el } from "../ui/dom.ts";
import { comparisonChart } from "./comparison-chart.ts";
import { comparisonRows, formatFigure, indicatorsBySubject, KIND_LABEL_ZH, keyOf } from "./indicator-data.ts";

function describeKey(fact: IndicatorFact): string {
  return [fact.indicator, KIND_LABEL_ZH[fact.kind], fact.year ? `${fact.year}年` : "", fact.cumulative ? "累计" : "", fact.unit].filter(Boolean).join(" · ");
}

function comparison(ctx: AppContext, fact: IndicatorFact, facts: readonly IndicatorFact[]): HTMLElement {
  const rows = comparisonRows(facts, keyOf(fact));
  return el("figure", { className: "indicator-comparison", dataset: { indicator: fact.indicator, kind: fact.kind } }, [
    el("figcaption", { text: `比较：${describeKey(fact)}（${rows.length} 地）` }),
    comparisonChart(rows, (id) => nodeName(ctx, id), fact.subject),
  ]);
}

function factRow(ctx: AppContext, fact: IndicatorFact, facts: readonly IndicatorFact[], chartSlot: HTMLElement): HTMLElement {
  const row = el("li", { className: "indicator-fact", dataset: { kind: fact.kind, year: String(fact.year ?? "") } });
  const meta = [KIND_LABEL_ZH[fact.kind], fact.year ? `${fact.year}年` : fact.period ?? "", fact.cumulative ? "累计" : "", fact.binding ?? ""].filter(Boolean).join(" · ");
  row.append(
    el("span", { className: "indicator-value", text: formatFigure(fact) }),
    el("span", { className: "indicator-meta", text: ` ${meta} ` }),
    el("button", {
      className: "link compare",
      text: "比较",
      title: `在各地之间比较 ${describeKey(fact)}`,
      // one chart at a time, moved under the row asked for, so it opens where the user is looking
      onClick: () => {
        chartSlot.replaceChildren(comparison(ctx, fact, facts));
        row.after(chartSlot);
        chartSlot.scrollIntoView({ block: "nearest" });
      },
    }),
  );
  return row;
}

/** Null when the place has no indicators, so the panel shows no empty heading. */
export function indicatorSection(ctx: AppContext, subject: string): HTMLElement | null {
  const facts = ctx.kg.getAttribute("indicators") ?? [];
  const groups = indicatorsBySubject(facts, subject);
  if (groups.size === 0) return null;
  const chartSlot = el("li", { className: "indicator-chart-slot" });
  const section = el("section", { className: "indicators" }, [el("h3", { text: `指标 (${groups.size})` })]);
  for (const [name, list] of groups) {
    section.append(
      el("div", { className: "indicator-group", dataset: { indicator: name } }, [
        el("h4", { text: name }),
        el("ul", { className: "indicator-facts" }, list.map((f) => factRow(ctx, f, facts, chartSlot))),
      ]),
    );
  }
  return section;
}
