/** The regions × industries matrix as plain rows: sorting and CSV, independent of the DOM. */
import type { KgGraph } from "../../../graph/model.ts";
import type { SharedClusters } from "./shared.ts";

export interface MatrixRow {
  industry: string;
  name: string;
  /** Supporting relations per region, in the order of `regions`. */
  cells: number[];
  regionCount: number;
}

export interface Matrix {
  regions: Array<{ key: string; name: string }>;
  rows: MatrixRow[];
}

/** Sort by "name", by "count" (regions sharing the industry) or by one region's column index. */
export type MatrixSort = { by: "name" | "count" } | { by: "region"; index: number };

export function buildMatrix(kg: KgGraph, clusters: SharedClusters): Matrix {
  const regions = clusters.regions.map((key) => ({ key, name: kg.getNodeAttribute(key, "name") }));
  const rows = clusters.industries.map((industry) => {
    const cells = clusters.regions.map((r) => clusters.cells.get(industry)?.get(r) ?? 0);
    return { industry, name: kg.getNodeAttribute(industry, "name"), cells, regionCount: cells.filter((c) => c > 0).length };
  });
  return { regions, rows };
}

export function sortMatrix(matrix: Matrix, sort: MatrixSort, descending: boolean): Matrix {
  const sign = descending ? -1 : 1;
  const byName = (a: MatrixRow, b: MatrixRow): number => a.name.localeCompare(b.name, "zh-CN");
  const key = (row: MatrixRow): number => (sort.by === "count" ? row.regionCount : sort.by === "region" ? (row.cells[sort.index] ?? 0) : 0);
  const rows = [...matrix.rows].sort((a, b) => (sort.by === "name" ? sign * byName(a, b) : sign * (key(a) - key(b)) || byName(a, b)));
  return { ...matrix, rows };
}

/** A CSV cell: quoted, and a leading = + - @ defused so spreadsheets do not run it as a formula. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** UTF-8 with a BOM so Excel reads the Chinese names correctly. */
export function matrixToCsv(matrix: Matrix): string {
  const header = ["产业", ...matrix.regions.map((r) => r.name), "地区数"];
  const lines = [header, ...matrix.rows.map((row) => [row.name, ...row.cells, row.regionCount])].map((cells) => cells.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
