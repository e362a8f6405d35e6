/**
 * Tells an input's format from its leading bytes (magic numbers) and, for text, from its markup —
 * never from the file name, which saved web pages and renamed downloads routinely get wrong.
 */

export type ContainerFormat = "pdf" | "zip" | "text";

/** Formats we recognise only to refuse them with a clear reason. */
const UNSUPPORTED: Array<[bytes: number[], what: string]> = [
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "a legacy Office file (.doc/.xls/.wps), which is not supported: save it as .docx"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF file, which is not supported: save it as .docx"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image, not a document"],
  [[0xff, 0xd8, 0xff], "a JPEG image, not a document"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image, not a document"],
  [[0x1f, 0x8b], "a binary file (a gzip archive): unpack it first"],
  [[0x52, 0x61, 0x72, 0x21], "a binary file (a RAR archive): unpack it first"],
  [[0x37, 0x7a, 0xbc, 0xaf], "a binary file (a 7-Zip archive): unpack it first"],
  [[0x7f, 0x45, 0x4c, 0x46], "a binary file (an ELF executable), not a document"],
];

/** The container format, or the name of an unsupported binary format. */
export function sniffBytes(bytes: Uint8Array): ContainerFormat | { unsupported: string } {
  const startsWith = (magic: number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b);
  // "%PDF-" may follow a few junk bytes (the spec allows it within the first 1024)
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith([0x50, 0x4b, 0x03, 0x04]) || startsWith([0x50, 0x4b, 0x05, 0x06])) return "zip";
  for (const [magic, what] of UNSUPPORTED) if (startsWith(magic)) return { unsupported: what };
  return "text";
}

/**
 * Whether decoded text is an HTML page (or fragment) rather than plain text that mentions a tag:
 * a doctype, an <html>/<head>/<body> element, or markup that opens the file.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  if (/^<!doctype\s+html/i.test(head) || /<html[\s>]/i.test(head) || /<(head|body)[\s>]/i.test(head)) return true;
  return /^<(?:!--|\?xml|meta|title|div|p|table|h[1-6]|section|article)[\s>]/i.test(head);
}
