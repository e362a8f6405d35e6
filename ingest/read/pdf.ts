/**
 * PDF → positioned text lines, with pdfjs-dist's legacy build (the one that runs on Node 20). Its bundled
 * CMaps and standard fonts are passed in, so PDFs that use non-embedded Chinese fonts (STSong-Light with
 * UniGB-UCS2-H and friends, common in government PDFs) still yield text.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { CELL_SEPARATOR, layoutPages, type PdfCell, type PdfLine } from "./pdf-layout.ts";
import { Unreadable } from "./unreadable.ts";

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const CMAP_URL = join(PDFJS_DIR, "cmaps") + "/";
const STANDARD_FONT_DATA_URL = join(PDFJS_DIR, "standard_fonts") + "/";

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  // A PDF ends with %%EOF; without it the file was cut off and pdfjs would quietly recover a fragment
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  if (!tail.includes("%%EOF")) throw new Unreadable("is a truncated PDF (no %%EOF marker at its end)");
  const task = getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it is given
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      const e = error as { name?: string; message?: string };
      if (e.name === "PasswordException") throw new Unreadable("is a password-protected PDF");
      throw new Unreadable(`is not a readable PDF (${e.message ?? String(error)})`);
    });
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(toLines(content.items.filter((i): i is TextItem => "str" in i)));
      page.cleanup();
    }
    const text = layoutPages(pages);
    if (!text.replace(/\s/g, "")) {
      const pages = pdf.numPages === 1 ? "1 page" : `${pdf.numPages} pages`;
      throw new Unreadable(`is a PDF without a text layer (${pages} of images, probably scanned: run OCR first)`);
    }
    return text;
  } catch (error) {
    if (error instanceof Unreadable) throw error;
    throw new Unreadable(`is a damaged PDF (${(error as Error).message})`);
  } finally {
    await task.destroy();
  }
}

/** Text items → lines: items on one baseline, left to right, split into cells at wide gaps; lines top to bottom. */
function toLines(items: TextItem[]): PdfLine[] {
  const rows: Array<{ y: number; size: number; items: TextItem[] }> = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const [, , , d = 0, , y = 0] = item.transform as number[];
    const size = Math.abs(d) || item.height || 10;
    const row = rows.find((r) => Math.abs(r.y - y) < size * 0.4);
    if (row) {
      row.items.push(item);
      row.size = Math.max(row.size, size);
    } else rows.push({ y, size, items: [item] });
  }
  const lines = rows.map(({ y, size, items: rowItems }): PdfLine => {
    rowItems.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    const cells: PdfCell[] = [];
    for (const item of rowItems) {
      const x = item.transform[4] as number;
      const cell = cells.at(-1);
      if (cell && x - cell.right <= size * CELL_GAP) {
        cell.text += wordSpace(x - cell.right, size, cell.text, item.str) + item.str;
        cell.right = Math.max(cell.right, x + item.width);
      } else cells.push({ text: item.str, x, right: x + item.width });
    }
    for (const cell of cells) cell.text = dropFakeSpaces(cell.text).trim();
    const line: PdfLine = { text: cells.map((c) => c.text).join(CELL_SEPARATOR), x: cells[0]?.x ?? 0, right: cells.at(-1)?.right ?? 0, y, size };
    return cells.length > 1 ? { ...line, cells } : line;
  });
  return lines.sort((a, b) => b.y - a.y);
}

/** A gap wider than this many ems between glyphs on one line separates table cells (cell padding is ~0.5 em). */
const CELL_GAP = 0.5;

/**
 * Latin words get a space when their items stand apart; only between letters: justification splits
 * numbers into items ("2" "015"), and pdfjs already puts the spaces of Latin text into the item strings.
 */
function wordSpace(gap: number, size: number, before: string, after: string): string {
  return gap > size * 0.25 && /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? " " : "";
}

/**
 * Typesetters put a narrow gap between Chinese and Latin characters, which pdfjs turns into a space:
 * "第 1 章" is "第1章" in the source. Spaces between two Chinese words are kept (headings use them).
 */
function dropFakeSpaces(cell: string): string {
  const han = "[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]";
  return cell.replace(new RegExp(`(?<=${han}) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) +(?=${han})`, "gu"), "");
}
