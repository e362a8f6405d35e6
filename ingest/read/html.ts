/**
 * HTML → plain text lines: headings and paragraphs on their own lines, table rows as cells joined with
 * " | ", and (for saved web pages) only the main content. Also used for DOCX, through mammoth's HTML.
 */
import { type AnyNode, type Element, isTag, isText, type ParentNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { contains, findAll, pickMain, pruneFurniture, textStats } from "./html-main.ts";
import { Unreadable } from "./unreadable.ts";

export interface HtmlText {
  text: string;
  warnings: string[];
}

export const CELL_SEPARATOR = " | ";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "li", "main", "ol", "p", "pre",
  "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"]);

/** Short lines that are page debris even inside the main content (font-size pickers, print links…). */
const DEBRIS =
  /^(?:(?:【?(?:打印|关闭|打印本页|关闭窗口|返回顶部|收藏|我要纠错|分享到?)[】：:]?\s*)+|【?(?:字号|字体)[：:].{0,12}|立即下载|扫一扫.*|(?:上一篇|下一篇|当前位置|您现在的位置|责任编辑)[：:].*)$/;
/** Debris lines are short; a long line that happens to start like one is content. */
const isDebris = (line: string): boolean => line.length <= 60 && DEBRIS.test(line);

/** Markup that swallows everything after it when left open: the rest of the page would be lost. */
const SWALLOWING: Array<[open: RegExp, close: string, what: string]> = [
  [/<!--/g, "-->", "a comment"],
  [/<script\b/gi, "</script", "a <script> element"],
  [/<style\b/gi, "</style", "a <style> element"],
  [/<textarea\b/gi, "</textarea", "a <textarea> element"],
  [/<title\b/gi, "</title", "a <title> element"],
];

export function htmlToText(html: string, options: { mainContentOnly: boolean }): HtmlText {
  const warnings = checkMarkup(html);
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const root: ParentNode = findAll(doc, (el) => el.name === "body")[0] ?? doc;
  let lines: string[];
  if (options.mainContentOnly) {
    pruneFurniture(root, textStats(root).all);
    const main = pickMain(root);
    lines = serialise(main).filter((l) => !isDebris(l));
    const title = pageTitle(doc, main);
    if (title && lines[0] !== title) lines.unshift(title);
  } else {
    lines = serialise(root);
  }
  if (lines.join("").replace(/\s/g, "").length === 0) {
    throw new Unreadable(
      warnings.length > 0 ? `is malformed HTML with no readable text (${warnings.join("; ")})` : "is an HTML page with no readable text",
    );
  }
  return { text: lines.join("\n") + "\n", warnings };
}

/**
 * Markup errors the parser would silently "recover" from by dropping text: an element left open that
 * swallows the rest of the page is an error; a file that ends inside a tag only loses that tag.
 */
function checkMarkup(html: string): string[] {
  for (const [open, close, what] of SWALLOWING) {
    const last = [...html.matchAll(open)].at(-1);
    if (last?.index === undefined || html.indexOf(close, last.index) >= 0) continue;
    const rest = html.slice(last.index).replace(/<[^>]*>/g, "").replace(/\s/g, "");
    const line = html.slice(0, last.index).split("\n").length;
    if (rest.length > 40) {
      throw new Unreadable(`is malformed HTML: ${what} opened on line ${line} is never closed, so the rest of the page (${rest.length} characters) would be lost`);
    }
  }
  return /<[a-z!/][^>]*$/i.test(html) ? ["HTML ends inside a tag (truncated file?)"] : [];
}

/** The page's <h1> (or <title>) when the main content does not include it: plans put their title there. */
function pageTitle(doc: ParentNode, main: ParentNode): string | undefined {
  const headings = findAll(doc, (el) => el.name === "h1");
  if (headings.some((h) => contains(main, h))) return undefined;
  // the longest <h1> outside the article: a site logo in an <h1> is a word or two
  const h1 = headings.map((h) => inline(h) ?? "").sort((a, b) => b.length - a.length)[0];
  const text = h1 || inline(findAll(doc, (el) => el.name === "title")[0]);
  // <title> usually ends with the site's name: "标题_红网" / "标题 - 某某网"
  return text?.replace(/\s*[_|－—-]+\s*[^_|－—-]{1,20}$/, "").trim() || undefined;
}

/** Block structure → lines. Inline runs are joined; whitespace collapses as a browser would. */
function serialise(root: ParentNode): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = (): void => {
    const line = tidy(current);
    if (line) lines.push(line);
    current = "";
  };
  const visit = (node: AnyNode): void => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isTag(node)) {
      if (node === root) root.children.forEach(visit); // the document node itself (DOCX HTML has no <body>)
      return;
    }
    if (SKIP.has(node.name)) return;
    if (node.name === "br") return flush();
    if (node.name === "tr" && !isLayoutRow(node)) {
      flush();
      const cells = node.children.filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th"));
      lines.push(cells.map((c) => inline(c) ?? "").join(CELL_SEPARATOR).trim());
      return;
    }
    const block = BLOCK.has(node.name);
    if (block) flush();
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines.filter((l) => l.replaceAll("|", "").trim());
}

/**
 * Old government sites lay whole pages out with tables: a row whose cells hold paragraphs, nested tables
 * or long text is layout, read block by block, not a data row to put on one line.
 */
function isLayoutRow(tr: Element): boolean {
  if (textStats(tr).all > LAYOUT_CELL_TEXT || findAll(tr, (el) => el !== tr && el.name === "table").length > 0) return true;
  const cells = tr.children.filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th"));
  // one paragraph per cell is how Word (and mammoth) writes a data table; several are a laid-out page
  return cells.some((cell) => findAll(cell, (el) => el !== cell && LAYOUT_BLOCKS.has(el.name)).length > 1);
}

const LAYOUT_BLOCKS = new Set(["p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "br"]);

/** A data table's row is short; a row longer than this is a page laid out in a table. */
const LAYOUT_CELL_TEXT = 400;

/** The text of an element on one line (table cells, titles). */
function inline(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (isText(node)) parts.push(node.data);
    else if (isTag(node) && !SKIP.has(node.name)) {
      if (BLOCK.has(node.name) || node.name === "br") parts.push(" ");
      node.children.forEach(visit);
    }
  };
  visit(el);
  return tidy(parts.join(""));
}

/** Collapses HTML whitespace; a line break between two Chinese characters is not a space. */
function tidy(s: string): string {
  return s
    .replace(/\u00a0/g, " ")
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])[ \t]*[\n\r][ \t\n\r\f]*(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, "")
    .replace(/[ \t\n\r\f]+/g, " ")
    .trim();
}
