/**
 * DOCX → text through mammoth's HTML (rather than its raw text) so that headings stay on their own lines
 * and table rows stay rows, read by the same HTML walker as web pages (without the web-page furniture pass).
 * Word's automatic numbering, which mammoth drops, is put back in front of the paragraphs it numbers.
 */
import mammoth from "mammoth";
import { type DocxParagraph, readNumberedParagraphs } from "./docx-numbering.ts";
import { htmlToText } from "./html.ts";
import { Unreadable } from "./unreadable.ts";

export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  const warnings: string[] = [];
  let numbered: DocxParagraph[] = [];
  let html: string;
  try {
    const buffer = Buffer.from(bytes);
    numbered = await readNumberedParagraphs(buffer).catch((error: unknown) => {
      warnings.push(`DOCX list numbering could not be read (${(error as Error).message}); paragraphs are kept without their numbers`);
      return [];
    });
    ({ value: html } = await mammoth.convertToHtml({ buffer }, { transformDocument: (doc: MammothNode) => addLabels(doc, numbered) }));
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0] ?? String(error);
    if (/central directory|end of data|corrupted zip|invalid zip/i.test(reason)) {
      throw new Unreadable(`is a truncated or corrupt DOCX (its ZIP archive cannot be opened: ${reason})`);
    }
    if (/word\/document\.xml|main document part/i.test(reason)) {
      throw new Unreadable("is a ZIP archive but not a Word document (no word/document.xml)");
    }
    throw new Unreadable(`is a damaged DOCX (${reason})`);
  }
  if (!html.replace(/<[^>]*>/g, "").trim()) throw new Unreadable("is a Word document with no text");
  return { text: htmlToText(html, { mainContentOnly: false }).text, warnings };
}

/** The part of mammoth's document model this module touches. */
interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
}

/**
 * Walks mammoth's paragraphs in document order alongside our own reading of document.xml and prefixes the
 * numbered ones with their label. Paragraphs are matched by their text, so one mammoth skips or adds
 * cannot shift every label after it.
 */
function addLabels(doc: MammothNode, numbered: DocxParagraph[]): MammothNode {
  let next = 0;
  const textOf = (node: MammothNode): string => (node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join(""));
  const visit = (node: MammothNode): void => {
    if (node.type === "paragraph") {
      const text = textOf(node);
      const at = numbered.slice(next, next + 8).findIndex((p) => p.text === text);
      if (at >= 0) {
        const label = numbered[next + at]!.label;
        next += at + 1;
        if (label) node.children = [labelRun(label), ...(node.children ?? [])];
      }
    }
    (node.children ?? []).forEach(visit);
  };
  visit(doc);
  return doc;
}

/** A plain run, shaped like mammoth's own (documents.Run), holding the label text. */
function labelRun(label: string): MammothNode {
  return {
    type: "run",
    children: [{ type: "text", value: label }],
    ...{ styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false },
    ...{ isAllCaps: false, isSmallCaps: false, verticalAlignment: "baseline", font: null, fontSize: null, highlight: null },
  } as MammothNode;
}
