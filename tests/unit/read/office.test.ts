// Word and PDF files made by LibreOffice (and a PDF with a non-embedded Chinese font made by reportlab) from
// corpus paragraphs: the text must come back as the corpus has it, paragraph for paragraph.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../../ingest/read/read-document.ts";
import { fixture, linesOf, planLine } from "./_fixtures.ts";

const TITLE = planLine(1) + planLine(2);
const TABLE_HEADER = "指标分类 | 发展指标 | 2015 | 2020目标值 | 指标属性";

describe("reading a Word document", () => {
  it("gives paragraphs as lines, headings on their own lines and table rows as cells", async () => {
    const doc = await readDocument(fixture("plan.docx"));
    expect(doc.source).toBe("docx");
    expect(linesOf(doc.text)).toEqual([
      TITLE,
      planLine(3),
      planLine(4),
      planLine(5),
      planLine(6),
      planLine(7),
      "天心区“十三五”发展指标表",
      TABLE_HEADER,
      "经济发展 | 地区生产总值总量（亿元） | 700.76 | 1100 | 预期",
      "| 地区生产总值年均增速（%） | 11.4 | 10 | 预期",
      "| 财政总收入年均增速（%） | 17 | 10 | 预期",
    ]);
  });

  it("puts back the numbers Word generates (第1章, 第1节, 1、), which live in numbering.xml, not in the text", async () => {
    const doc = await readDocument(fixture("plan-numbered.docx"));
    expect(linesOf(doc.text)).toEqual([planLine(4), planLine(5), planLine(6), planLine(7), planLine(8), planLine(15)]);
    expect(doc.warnings).toEqual([]);
  });

  it("refuses a truncated DOCX with the reason", async () => {
    await expect(readDocument(fixture("truncated.docx"))).rejects.toMatchObject({
      name: "InputError",
      message: expect.stringMatching(/truncated\.docx: is a truncated or corrupt DOCX \(its ZIP archive cannot be opened/),
    });
  });
});

describe("reading a PDF", () => {
  it("re-joins the lines the page width broke, dropping the running header and the page numbers", async () => {
    const doc = await readDocument(fixture("plan.pdf"));
    expect(doc.source).toBe("pdf");
    const lines = linesOf(doc.text);
    // the title, wrapped over two centred lines, is one line again; every paragraph is the corpus line
    expect(lines.slice(0, 6)).toEqual([TITLE, planLine(3), planLine(4), planLine(5), planLine(6), planLine(7)]);
    expect(doc.text).not.toContain("天心区“十三五”规划纲要"); // the running header on every page
    expect(lines.filter((l) => /^—\s*\d+\s*—$/.test(l))).toEqual([]); // the footer's page numbers
  });

  it("keeps table rows as cells joined with ' | ', cells wrapped over several lines put back together", async () => {
    const lines = linesOf((await readDocument(fixture("plan.pdf"))).text);
    expect(lines).toContain("天心区“十三五”发展指标表");
    expect(lines.find((l) => l.startsWith("指标分类 | 发展指标 | 2015 |"))).toBeDefined();
    // the cell "地区生产总值总量（亿元）" is set on three lines in the PDF; the merged 经济发展 cell is empty below
    expect(lines).toContain("经济发展 | 地区生产总值总量（亿元） | 700.76 | 1100 | 预期");
    expect(lines).toContain("地区生产总值年均增速（%） | 11.4 | 10 | 预期");
    expect(lines).toContain("财政总收入年均增速（%） | 17 | 10 | 预期");
  });

  it("reads Chinese set in a font the PDF does not embed (STSong-Light), thanks to the bundled CMaps", async () => {
    const doc = await readDocument(fixture("plan-cjk-nonembedded.pdf"));
    expect(linesOf(doc.text)).toEqual([planLine(15), planLine(16), planLine(17), planLine(22), planLine(23), planLine(24)]);
    expect(doc.text).not.toContain("第十三个五年规划纲要\n"); // the running header of both pages
    expect(doc.text).not.toMatch(/^- \d+ -$/m);
  });

  it("refuses a truncated PDF instead of returning the fragment pdf.js could recover", async () => {
    await expect(readDocument(fixture("truncated.pdf"))).rejects.toMatchObject({
      name: "InputError",
      message: `${fixture("truncated.pdf")}: is a truncated PDF (no %%EOF marker at its end)`,
    });
  });
});
