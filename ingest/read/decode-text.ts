/**
 * Decodes the bytes of a text file. The encoding is read from the bytes, never from the file name: a byte
 * order mark first, then strict UTF-8, then whichever of GB18030 / UTF-16 (without BOM) decodes into
 * plausible Chinese text. Bytes that are none of these are rejected as binary.
 */
import iconv from "iconv-lite";
import { COMMON_HANZI } from "./common-hanzi.ts";
import { Unreadable } from "./unreadable.ts";

export type TextEncoding = "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}


/** How much of a file the plausibility checks look at: enough to judge, cheap on large files. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of characters that must look like Chinese/Latin text for a guessed decoding to be accepted. */
const PLAUSIBLE = 0.95;
/** Share of control characters above which decoded "text" is really binary data. */
const MAX_CONTROL_RATIO = 0.01;

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = decodeWithBom(bytes);
  if (bom) return checked(bom);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // UTF-16 text in the Latin range is full of NUL bytes, which UTF-8 would accept: judge it first
  if (sample.includes(0)) {
    const utf16 = bestUtf16(bytes);
    if (utf16) return checked(utf16);
    throw new Unreadable(`is a binary file (NUL bytes at offset ${sample.indexOf(0)})`);
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return checked({ text: utf8, encoding: "utf-8" });
  // GB18030 and Big5 both decode each other's bytes into valid characters: among the decodings that look
  // like text, the one whose characters are common Chinese ones wins
  const candidates: DecodedText[] = (["gb18030", "big5"] as const).map((encoding) => ({ text: iconv.decode(Buffer.from(bytes), encoding), encoding }));
  const utf16 = bestUtf16(bytes);
  if (utf16) candidates.push(utf16);
  const scored = candidates.map((c) => {
    const sample = c.text.slice(0, SAMPLE_BYTES);
    return { c, plausible: plausibility(sample), common: commonness(sample) };
  });
  const best = scored.filter((s) => s.plausible >= PLAUSIBLE).sort((a, b) => b.common - a.common)[0];
  if (best) return checked(best.c);
  const gb = scored[0]?.plausible ?? 0;
  throw new Unreadable(
    `is not text in a supported encoding: its bytes are not UTF-8, and read as GB18030 only ${percent(gb)} of the characters are plausible (a binary file?)`,
  );
}

function decodeWithBom(bytes: Uint8Array): DecodedText | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without a byte order mark: accepted only when one byte order gives clearly plausible text. */
function bestUtf16(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const options = (["utf-16le", "utf-16be"] as const).map((encoding) => ({
    encoding,
    score: plausibility(new TextDecoder(encoding).decode(sample)),
  }));
  const best = options.sort((x, y) => y.score - x.score)[0];
  if (!best || best.score < PLAUSIBLE) return undefined;
  return { text: new TextDecoder(best.encoding).decode(bytes), encoding: best.encoding };
}

/** Rejects decoded text that is mostly control characters: binary data that happened to decode. */
function checked(decoded: DecodedText): DecodedText {
  const sample = decoded.text.slice(0, SAMPLE_BYTES);
  const nul = sample.indexOf("\0");
  if (nul >= 0) throw new Unreadable(`is a binary file (NUL character at position ${nul} after decoding as ${decoded.encoding})`);
  const controls = countControls(sample);
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO) {
    throw new Unreadable(`is a binary file (${percent(controls / sample.length)} control characters)`);
  }
  return decoded;
}

/**
 * The share of characters a Chinese plan can plausibly contain: CJK ideographs and punctuation, full-width
 * forms, ASCII, common symbols. A wrong decoding yields control characters, private-use code points,
 * replacement characters and rare scripts instead.
 */
export function plausibility(text: string): number {
  if (text.length === 0) return 0;
  const good = countMatches(
    text,
    /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u218f\u2190-\u21ff\u2460-\u24ff\u2500-\u257f\u25a0-\u26ff\u3000-\u303f\u3105-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/g,
  );
  return good / text.length;
}

/** The share of Chinese characters that are among the most common ones (0 when there are none). */
export function commonness(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (COMMON_HANZI.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

/** C0 control characters other than tab, line feed, form feed and carriage return, plus DEL. */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) n++;
  }
  return n;
}
