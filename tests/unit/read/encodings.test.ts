// Plain text in the encodings government sites publish, detected from the bytes and never from the name.
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { commonness, decodeText } from "../../../ingest/read/decode-text.ts";
import { readDocument, readDocumentBytes } from "../../../ingest/read/read-document.ts";
import { fixture, fixtureBytes, linesOf, planLine } from "./_fixtures.ts";

/** The first lines of corpus document 000, which every plan-*.txt fixture holds in some encoding. */
const PLAN_LINES = [1, 2, 3, 4, 5, 6, 7].map(planLine);

describe("reading plain text in any encoding", () => {
  it.each([
    ["plan-utf8.txt", "text/utf-8"],
    ["plan-utf8-bom.txt", "text/utf-8"],
    ["plan-gbk.txt", "text/gb18030"],
    ["plan-utf16le.txt", "text/utf-16le"],
    ["plan-utf16be.txt", "text/utf-16be"],
    ["plan-utf16le-nobom.txt", "text/utf-16le"],
  ])("%s is read as %s and gives the plan's lines exactly", async (name, source) => {
    const doc = await readDocument(fixture(name));
    expect(doc.source).toBe(source);
    expect(linesOf(doc.text)).toEqual(PLAN_LINES);
    expect(doc.text.startsWith("\uFEFF")).toBe(false);
    expect(doc.id).toBe(name);
  });

  it("reads GB18030 beyond GBK: 〇 and four-byte characters such as 䶮", async () => {
    const doc = await readDocument(fixture("plan-gb18030.txt"));
    expect(doc.source).toBe("text/gb18030");
    expect(doc.text).toContain("二〇一六至二〇二〇年");
    expect(doc.text).toContain("䶮");
  });

  it("tells GB18030 from Big5, whose bytes decode into each other's characters, by how common the characters are", async () => {
    const gbk = fixtureBytes("plan-gbk.txt");
    const big5 = fixtureBytes("plan-big5.txt");
    expect(decodeText(gbk).encoding).toBe("gb18030");
    expect(decodeText(big5).encoding).toBe("big5");
    expect(commonness(decodeText(gbk).text)).toBeGreaterThan(0.5);
    expect(commonness(iconv.decode(big5, "gb18030"))).toBeLessThan(0.2);
  });

  it("judges by the bytes, not the name: GBK bytes named .html are still text, UTF-8 bytes named .pdf still UTF-8", async () => {
    const gbk = await readDocumentBytes(fixtureBytes("plan-gbk.txt"), "规划.html");
    expect(gbk.source).toBe("text/gb18030");
    const utf8 = await readDocumentBytes(fixtureBytes("plan-utf8.txt"), "规划.pdf");
    expect(utf8.source).toBe("text/utf-8");
    expect(linesOf(utf8.text)).toEqual(PLAN_LINES);
  });

  it("hashes the original bytes, so the same plan in two encodings is two different inputs", async () => {
    const a = await readDocument(fixture("plan-utf8.txt"));
    const b = await readDocument(fixture("plan-gbk.txt"));
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.sha256).not.toBe(b.sha256);
    expect(a.text).toBe(b.text);
  });

  it("normalises Windows line endings so line numbers count the same everywhere", async () => {
    const crlf = Buffer.from(PLAN_LINES.join("\r\n"), "utf8");
    const doc = await readDocumentBytes(crlf, "crlf.txt");
    expect(doc.text.split("\n")).toEqual(PLAN_LINES);
  });

  it("rejects bytes that no supported encoding reads as plausible text", () => {
    // a deterministic pseudo-random byte soup
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(() => decodeText(noise)).toThrow(/binary file|not text/);
  });
});
