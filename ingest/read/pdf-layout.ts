/**
 * Page layout → running text: drops page numbers and running headers/footers, then re-joins lines that
 * the page width broke in mid-sentence, keeping real paragraph breaks. Pure: positioned lines in, text out.
 */

/** One table cell's text on one line, with its left and right edge. */
export interface PdfCell {
  text: string;
  x: number;
  right: number;
}

export const CELL_SEPARATOR = " | ";

export interface PdfLine {
  /** The line's text; a table row's cells joined with CELL_SEPARATOR. */
  text: string;
  /** Left and right edge and baseline, in PDF points (y grows upwards). */
  x: number;
  right: number;
  y: number;
  /** Font size. */
  size: number;
  /** The cells, when wide gaps split the line into two or more (a table row). */
  cells?: PdfCell[];
}

/** "3", "- 3 -", "— 3 —", "第3页", "3 / 12", "第 3 页 共 12 页", "iv". */
const PAGE_NUMBER = /^[-—–_·\s]*(?:第\s*)?(?:\d{1,4}|[ivxlc]{1,6})\s*(?:页)?\s*(?:(?:\/|共)\s*\d{1,4}\s*页?)?[-—–_·\s]*$/i;
/** How many lines at the top and bottom of a page may belong to a running header or footer. */
const EDGE_LINES = 2;
/** Ends a sentence (and so possibly a paragraph) even when the line is full. */
const SENTENCE_END = /[。！？；!?;…]["”’」』）)]?$/;
/** Starts a heading or a numbered item: always a new paragraph. */
const NEW_BLOCK =
  /^(?:第[一二三四五六七八九十百零〇\d]+[章节篇部分条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、．.](?!\d)|[①-⑳]|—{1,2}|-{2,3}|附[件表录])/;

export function layoutPages(pages: PdfLine[][]): string {
  const kept = dropFurniture(pages).map(mergeWrappedCells);
  const body = kept.flat();
  if (body.length === 0) return "";
  const left = mode(body.map((l) => l.x));
  const right = mode(body.map((l) => l.right));
  const out: string[] = [];
  let paragraph = "";
  let prev: PdfLine | undefined;
  for (const page of kept) {
    for (const [i, line] of page.entries()) {
      if (prev && !breaksBetween(prev, line, { left, right, samePage: i > 0 })) {
        paragraph += joiner(paragraph, line.text) + line.text;
      } else {
        if (paragraph) out.push(paragraph);
        paragraph = line.text;
      }
      prev = line;
    }
  }
  if (paragraph) out.push(paragraph);
  return out.join("\n") + "\n";
}

/**
 * Page numbers at a page's edge, and lines repeated at the edges of at least half the pages (running
 * headers and footers, compared with their digits blanked so "第3页" matches "第4页").
 */
export function dropFurniture(pages: PdfLine[][]): PdfLine[][] {
  const edges = (page: PdfLine[]): PdfLine[] => [...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)];
  const key = (l: PdfLine): string => l.text.replace(/\d+/g, "#").replace(/\s/g, "");
  const seen = new Map<string, number>();
  for (const page of pages) for (const k of new Set(edges(page).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const repeated = (l: PdfLine): boolean => pages.length >= 2 && (seen.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page) => {
    const edge = new Set(edges(page));
    return page.filter((l) => !(edge.has(l) && (PAGE_NUMBER.test(l.text) || repeated(l))));
  });
}

/**
 * Table cells whose text wrapped onto more lines: a line below a table row whose pieces all sit in the
 * row's columns, each too wide to have fitted after its cell's text, continues those cells: it is not a row.
 */
export function mergeWrappedCells(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i]!;
    if (!row.cells) {
      out.push(row);
      continue;
    }
    const cells = row.cells.map((c) => ({ ...c }));
    // the typesetter's own rule: a piece went to the next line because it did not fit after the cell's text
    const edge = (k: number): number => cells[k + 1]?.x ?? Infinity;
    const wrapped = (k: number, piece: PdfCell): boolean => cells[k]!.right + (piece.right - piece.x) > edge(k) - row.size * 0.3;
    let lastY = row.y;
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      if (lastY - next.y > row.size * 2 || Math.abs(next.size - row.size) > 0.5) break;
      const pieces = next.cells ?? [{ text: next.text, x: next.x, right: next.right }];
      const columns = pieces.map((p) => cells.findIndex((c) => Math.abs(c.x - p.x) < row.size * 0.6));
      if (columns.some((k, n) => k < 0 || !wrapped(k, pieces[n]!))) break;
      pieces.forEach((p, n) => {
        const cell = cells[columns[n]!]!;
        cell.text += p.text;
        cell.right = p.right;
      });
      lastY = next.y;
      i++;
    }
    out.push({ ...row, cells, text: cells.map((c) => c.text).join(CELL_SEPARATOR), right: Math.max(...cells.map((c) => c.right)) });
  }
  return out;
}

interface Frame {
  left: number;
  right: number;
  samePage: boolean;
}

/** Whether a paragraph ends between two consecutive lines. */
function breaksBetween(prev: PdfLine, line: PdfLine, frame: Frame): boolean {
  const size = Math.max(prev.size, line.size);
  if (SENTENCE_END.test(prev.text)) return true;
  if (NEW_BLOCK.test(line.text)) return true;
  // table rows and headings (another font size) stand alone
  if (prev.cells || line.cells || prev.text.includes(CELL_SEPARATOR) || line.text.includes(CELL_SEPARATOR)) return true;
  if (Math.abs(prev.size - line.size) > 0.5) return true;
  // the previous line stopped short of the right margin, or this one is indented: a paragraph boundary
  const short = prev.right < frame.right - size * 1.5;
  if (short) return true;
  // an indented line starts a paragraph; a centred one after a full line continues a wrapped title
  const centred = (l: PdfLine): boolean => Math.abs(l.x - frame.left - (frame.right - l.right)) < size;
  if (line.x > frame.left + size * 0.8 && !(centred(line) && centred(prev))) return true;
  // a blank line's worth of space on the same page
  if (frame.samePage && prev.y - line.y > size * 2.6) return true;
  return false;
}

/**
 * Latin words broken across lines get their space back; Chinese characters join directly, and so do
 * digits (Chinese line breaking may split a number: "2" | "015年").
 */
function joiner(before: string, after: string): string {
  return /[A-Za-z,;]$/.test(before) && /^[A-Za-z]/.test(after) ? " " : "";
}

/** The most frequent value at 1-point resolution: the body text's margin, not an indent or a centred title. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}
