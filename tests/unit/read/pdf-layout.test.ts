// The page-layout rules on their own: positioned lines in, running text out. Lines are laid out like a
// 12-point A4 page: body from x=72 to x=523, a paragraph's first line indented by two characters.
import { describe, expect, it } from "vitest";
import { dropFurniture, layoutPages, mergeWrappedCells, type PdfCell, type PdfLine } from "../../../ingest/read/pdf-layout.ts";
import { planLine } from "./_fixtures.ts";

const SIZE = 12;
const LEFT = 72;
const RIGHT = 523;

/** A page from rows: [text, kind] where kind says where the line sits. */
function page(rows: Array<[string, "full" | "first" | "last" | "centre" | "lastfirst"]>): PdfLine[] {
  return rows.map(([text, kind], i) => {
    const y = 800 - i * SIZE * 1.5;
    const width = text.length * SIZE;
    if (kind === "centre") return { text, x: (LEFT + RIGHT - width) / 2, right: (LEFT + RIGHT + width) / 2, y, size: SIZE };
    const x = kind === "first" || kind === "lastfirst" ? LEFT + 2 * SIZE : LEFT;
    const right = kind === "full" || kind === "first" ? RIGHT : x + width;
    return { text, x, right, y, size: SIZE };
  });
}

/** Cuts a corpus paragraph the way a 12-point, 451-point-wide column would: 35 characters a line, 33 on the first. */
function typeset(paragraph: string): Array<[string, "full" | "first" | "last" | "lastfirst"]> {
  const rows: Array<[string, "full" | "first" | "last" | "lastfirst"]> = [[paragraph.slice(0, 33), "first"]];
  for (let i = 33; i < paragraph.length; i += 35) rows.push([paragraph.slice(i, i + 35), "full"]);
  const last = rows.at(-1)!;
  if (last[0].length < 35) last[1] = rows.length === 1 ? "lastfirst" : "last";
  return rows;
}

describe("PDF layout → running text", () => {
  it("re-joins a paragraph broken by the page width, and keeps paragraphs apart", () => {
    const text = layoutPages([page([...typeset(planLine(6)), ...typeset(planLine(14))])]);
    expect(text).toBe(`${planLine(6)}\n${planLine(14)}\n`);
  });

  it("continues a paragraph across a page break, past the running header and the page number", () => {
    const rows = typeset(planLine(16));
    const header: [string, "centre"] = ["长沙市天心区国民经济和社会发展第十三个五年规划纲要", "centre"];
    const pages = [page([header, ...rows.slice(0, 3), ["- 1 -", "centre"]]), page([header, ...rows.slice(3), ["- 2 -", "centre"]])];
    expect(layoutPages(pages)).toBe(`${planLine(16)}\n`);
  });

  it("starts a new paragraph at a heading or a numbered item even when the previous line is full", () => {
    const pages = [page([["第2节 机遇和挑战", "last"], ...typeset(planLine(16)).slice(0, 2).map(([t]) => [t, "full"] as [string, "full"]), [planLine(17).slice(0, 35), "full"]])];
    const lines = layoutPages(pages).trim().split("\n");
    expect(lines[0]).toBe("第2节 机遇和挑战");
    expect(lines.at(-1)).toBe(planLine(17).slice(0, 35));
  });

  it.each(["3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 12 页", "3 / 12", "iv"])("drops the page number %j at a page's edge", (folio) => {
    const [kept] = dropFurniture([page([[planLine(6).slice(0, 35), "full"], [folio, "centre"]])]);
    expect(kept?.map((l) => l.text)).toEqual([planLine(6).slice(0, 35)]);
  });

  it("keeps a line that repeats on only one page, and a number inside the text", () => {
    const body = typeset(planLine(7)).slice(0, 4);
    const pages = [page([["天心区“十三五”规划纲要", "centre"], ...body]), page([["第1章 现实基础与发展环境", "centre"], ...body])];
    const kept = dropFurniture(pages);
    expect(kept[0]?.[0]?.text).toBe("天心区“十三五”规划纲要");
    expect(kept[1]?.[0]?.text).toBe("第1章 现实基础与发展环境");
  });

  it("drops a running header repeated on most pages, even when it carries the page number", () => {
    const pages = [1, 2, 3].map((n) => page([[`天心区“十三五”规划纲要 第${n}页`, "centre"], ...typeset(planLine(6 + n)).slice(0, 3)]));
    expect(dropFurniture(pages).map((p) => p.length)).toEqual([3, 3, 3]);
  });

  it("joins a number the line break split, and gives Latin words their space back", () => {
    const pages = [page([["完成财政总收入102.1亿元，年均增长17%，2", "full"], ["015年突破100亿元大关。", "last"], ["the Yangtze River Economic", "full"], ["Belt strategy.", "last"]])];
    expect(layoutPages(pages)).toBe("完成财政总收入102.1亿元，年均增长17%，2015年突破100亿元大关。\nthe Yangtze River Economic Belt strategy.\n");
  });

  it("puts a table cell wrapped over lines back together, and starts a new row when a piece would have fitted", () => {
    // columns at x = 60, 120, 180, 240; cell text is 12 points a character
    const cell = (text: string, x: number): PdfCell => ({ text, x, right: x + text.length * SIZE });
    const row = (y: number, ...cells: PdfCell[]): PdfLine => ({ text: cells.map((c) => c.text).join(" | "), x: cells[0]!.x, right: cells.at(-1)!.right, y, size: SIZE, ...(cells.length > 1 ? { cells } : {}) });
    const lines = [
      row(500, cell("经济发展", 60), cell("财政总收", 120), cell("17", 180), cell("预期", 240)), // 4 characters fill a column
      row(484, cell("入年均增", 120)), // did not fit after "财政总收": a continuation
      row(468, cell("速", 120)),
      row(452, cell("地区", 120), cell("11.4", 180), cell("预期", 240)), // "地区" would have fitted after "速": a new row
    ];
    expect(mergeWrappedCells(lines).map((l) => l.text)).toEqual(["经济发展 | 财政总收入年均增速 | 17 | 预期", "地区 | 11.4 | 预期"]);
  });
});
