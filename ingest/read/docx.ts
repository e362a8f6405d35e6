/**
 * DOCX → text through mammoth's HTML (rather than its raw text) so that headings stay on their own lines
 * and table rows stay rows, read by the same HTML walker as web pages (without the web-page furniture pass).
 */
import mammoth from "mammoth";
import { htmlToText } from "./html.ts";
import { Unreadable } from "./unreadable.ts";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
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
  return htmlToText(html, { mainContentOnly: false }).text;
}
