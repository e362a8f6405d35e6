/**
 * A plain SVG bar chart of one comparable figure across places; labels are SVG text nodes (textContent only).
 * Geometry is set here, looks (colours, font size) in styles.css under .indicator-chart.
 */
import type { IndicatorFact } from "../../../graph/facts.ts";
import { formatFigure } from "./indicator-data.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const ROW = 26;
const LABEL_W = 110;
const BAR_W = 120;
const WIDTH = LABEL_W + BAR_W + 100;
const LABEL_CHARS = 8;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Long park names are cut for the label; the full name stays in the bar's tooltip. */
function shortName(name: string): string {
  return name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;
}

/** Bars scale from zero to the largest value, so lengths compare honestly (negative figures draw as zero length). */
export function comparisonChart(rows: readonly IndicatorFact[], placeName: (id: string) => string, highlight: string): SVGSVGElement {
  const max = Math.max(0, ...rows.map((r) => r.value)) || 1;
  // scales down to the panel's width; the viewBox keeps proportions
  const chart = svg("svg", { class: "indicator-chart", width: "100%", height: rows.length * ROW + 4, viewBox: `0 0 ${WIDTH} ${rows.length * ROW + 4}`, role: "img" });
  rows.forEach((row, i) => {
    const y = i * ROW + 2;
    const name = placeName(row.subject);
    const length = Math.max(0, (row.value / max) * BAR_W);
    const bar = svg("g", { class: row.subject === highlight ? "indicator-bar current" : "indicator-bar", "data-subject": row.subject, "data-value": row.value });
    bar.append(
      svg("title", {}, `${name}: ${formatFigure(row)}`),
      svg("text", { class: "bar-label", x: LABEL_W - 6, y: y + 16, "text-anchor": "end" }, shortName(name)),
      svg("rect", { x: LABEL_W, y: y + 4, width: length.toFixed(1), height: ROW - 8 }),
      svg("text", { class: "bar-value", x: LABEL_W + length + 4, y: y + 16 }, formatFigure(row)),
    );
    chart.append(bar);
  });
  return chart;
}
