/** Query rows → text: an aligned table for people, JSON or CSV (RFC 4180) for other tools. */
import type { Plain, Row } from "./run-query.ts";

export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A cell as text: lists of plain values joined with "、"; anything nested as JSON for machines, or for people
 * (the table) as its values in order, e.g. an evidence item as "000_….txt 236 大力发展…".
 */
function cell(value: Plain, forPeople = false): string {
  if (value === null) return "";
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) return value.map((v) => String(v ?? "")).join("、");
    return forPeople ? value.map((v) => cell(v, true)).join(" | ") : JSON.stringify(value);
  }
  if (typeof value === "object") return forPeople ? Object.values(value).map((v) => cell(v, true)).join(" ") : JSON.stringify(value);
  return String(value);
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function clip(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pad = (text: string, to: number) => text + " ".repeat(Math.max(0, to - width(text)));

function table(rows: readonly Row[], maxCell = 60): string {
  if (!rows.length) return "(no rows)";
  const keys = Object.keys(rows[0]!);
  const cells = rows.map((r) => keys.map((k) => clip(cell(r[k] ?? null, true).replace(/\s+/g, " "), maxCell)));
  const widths = keys.map((k, i) => Math.max(width(k), ...cells.map((c) => width(c[i]!))));
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i]!)).join("  ").trimEnd();
  return [line(keys), line(widths.map((w) => "─".repeat(w))), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? "" : "s"})`].join("\n");
}

export function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(rows: readonly Row[]): string {
  if (!rows.length) return "";
  const keys = Object.keys(rows[0]!);
  return [keys.map(csvField).join(","), ...rows.map((r) => keys.map((k) => csvField(cell(r[k] ?? null))).join(","))].join("\n");
}

export function formatRows(rows: readonly Row[], format: Format): string {
  if (format === "json") return JSON.stringify(rows, null, 2);
  if (format === "csv") return csv(rows);
  return table(rows);
}
