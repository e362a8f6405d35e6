/**
 * Reads one input into text plus the facts about its bytes (hash, detected format). The format and the
 * text encoding come from the bytes, not the file name; every failure is one InputError naming the file.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../../graph/errors.ts";
import { decodeText } from "./decode-text.ts";
import { htmlToText } from "./html.ts";
import { looksLikeHtml, sniffBytes } from "./sniff.ts";
import { simplify } from "./traditional.ts";
import { Unreadable } from "./unreadable.ts";

export interface SourceDocument {
  /** Document id: the file name. */
  id: string;
  path: string;
  /** The text to match against: simplified characters when the document was written in traditional ones. */
  text: string;
  /**
   * The text as written, present only when it differs from `text` (traditional characters). Same lines,
   * same length per line, so an evidence line and span found in `text` apply to it unchanged.
   */
  original?: string;
  sha256: string;
  /** `text/utf-8`, `text/gb18030`, `text/utf-16le`, `text/utf-16be`, `html`, `docx` or `pdf`. */
  source: string;
  /** What the reader recovered from (e.g. an HTML file cut off inside a tag). */
  warnings: string[];
}

export interface ReadOptions {
  /** Inputs larger than this are refused before being read. */
  maxBytes?: number;
}

/** A five-year plan is a few hundred KB of text, a few MB as PDF; far beyond that is not a plan. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, "is a directory, not a file");
    if (!info.isFile()) throw new InputError(path, "is not a regular file");
    // checked before reading, so a huge file is never loaded into memory
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, unreadablePath(error), { cause: error });
  }
  return readDocumentBytes(bytes, path, options);
}

/** Reads bytes as if they were the file `name` (tests feed bytes directly; `name` gives the id and the errors). */
export async function readDocumentBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new InputError(name, "is empty (0 bytes)");
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  try {
    const { text, source, warnings } = await toText(bytes);
    const normalised = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
    if (!normalised.trim()) throw new Unreadable("contains only whitespace");
    const { text: matchText, original } = simplify(normalised);
    return { id: basename(name), path: name, text: matchText, ...(original ? { original } : {}), sha256, source, warnings };
  } catch (error) {
    if (error instanceof Unreadable) throw new InputError(name, error.message, { cause: error });
    throw new InputError(name, `could not be read (${(error as Error).message})`, { cause: error });
  }
}

async function toText(bytes: Uint8Array): Promise<{ text: string; source: string; warnings: string[] }> {
  const format = sniffBytes(bytes);
  if (typeof format === "object") throw new Unreadable(`is ${format.unsupported}`);
  // pdf.js and mammoth are loaded on first use: most runs read text and HTML only, and start faster
  if (format === "pdf") return { text: await (await import("./pdf.ts")).pdfToText(bytes), source: "pdf", warnings: [] };
  if (format === "zip") return { ...(await (await import("./docx.ts")).docxToText(bytes)), source: "docx" };
  const decoded = decodeText(bytes);
  if (looksLikeHtml(decoded.text)) return { ...htmlToText(decoded.text, { mainContentOnly: true }), source: "html" };
  return { text: decoded.text, source: `text/${decoded.encoding}`, warnings: [] };
}

function tooLarge(name: string, size: number, maxBytes: number): InputError {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new InputError(name, `is ${mb(size)}, over the ${mb(maxBytes)} input limit (raise it with --max-size if this really is one document)`);
}

function unreadablePath(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "does not exist";
  if (code === "ENOTDIR") return "does not exist (a folder in its path is a file)";
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied)";
  if (code === "EISDIR") return "is a directory, not a file";
  return `cannot be read (${code ?? (error as Error).message})`;
}
