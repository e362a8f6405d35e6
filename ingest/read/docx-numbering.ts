/**
 * Word's automatic numbering, which mammoth drops: Chinese plans number their chapters and items with
 * list formats ("第%1章" in 一二三, "%1、", "（%1）"), so without it "第一章 现实基础" would read "现实基础".
 * Reads numbering.xml, styles.xml and document.xml, and gives each paragraph's label in document order.
 */
import { type AnyNode, type Element, hasChildren, isTag } from "domhandler";
import { parseDocument } from "htmlparser2";
import JSZip from "jszip";

export interface DocxParagraph {
  /** The paragraph's text (its w:t runs), to match mammoth's paragraphs against. */
  text: string;
  /** The number Word shows before it, with the separator that follows, e.g. "第一章 " or "一、". */
  label?: string;
}

interface Level {
  format: string;
  text: string;
  start: number;
  suffix: string;
}

export async function readNumberedParagraphs(bytes: Uint8Array): Promise<DocxParagraph[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string): Promise<Element | undefined> => {
    const file = zip.file(name);
    return file ? (parseDocument(await file.async("string"), { xmlMode: true }) as unknown as Element) : undefined;
  };
  const [numbering, styles, document] = await Promise.all([xml("word/numbering.xml"), xml("word/styles.xml"), xml("word/document.xml")]);
  if (!document) return [];
  const levels = numbering ? readLevels(numbering) : new Map<string, Map<number, Level>>();
  const styleNumbering = styles ? readStyleNumbering(styles) : new Map<string, NumPr>();
  const counters = new Map<string, number[]>();
  return all(document, "w:p").map((p) => {
    const text = all(p, "w:t").map(textOf).join("");
    const pPr = first(p, "w:pPr");
    const style = attr(first(pPr, "w:pStyle"), "w:val");
    const own = readNumPr(first(pPr, "w:numPr"));
    const numPr = { ...(style ? styleNumbering.get(style) : undefined), ...own };
    const list = numPr.numId ? levels.get(numPr.numId) : undefined;
    if (!list || numPr.numId === "0") return { text };
    const ilvl = numPr.ilvl ?? 0;
    const level = list.get(ilvl);
    if (!level || level.format === "bullet" || level.format === "none") return { text };
    // a level counts up; the levels below it start again
    const count = counters.get(numPr.numId!) ?? [];
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    counters.set(numPr.numId!, count);
    const label = level.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      const lvl = list.get(l);
      return lvl ? formatNumber(count[l] ?? lvl.start, lvl.format) : "";
    });
    if (!label.trim()) return { text };
    return { text, label: label + separator(label, level.suffix) };
  });
}

type NumPr = { numId?: string; ilvl?: number };

/** numId → level → format, by way of the abstract numbering each numId instantiates. */
function readLevels(numbering: Element): Map<string, Map<number, Level>> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of all(numbering, "w:abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, "w:lvl")) {
      levels.set(Number(attr(lvl, "w:ilvl") ?? 0), {
        format: attr(first(lvl, "w:numFmt"), "w:val") ?? "decimal",
        text: attr(first(lvl, "w:lvlText"), "w:val") ?? "",
        start: Number(attr(first(lvl, "w:start"), "w:val") ?? 1),
        suffix: attr(first(lvl, "w:suff"), "w:val") ?? "tab",
      });
    }
    abstracts.set(attr(abstract, "w:abstractNumId") ?? "", levels);
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const num of all(numbering, "w:num")) {
    const levels = new Map(abstracts.get(attr(first(num, "w:abstractNumId"), "w:val") ?? "") ?? []);
    for (const override of children(num, "w:lvlOverride")) {
      const ilvl = Number(attr(override, "w:ilvl") ?? 0);
      const start = attr(first(override, "w:startOverride"), "w:val");
      const level = levels.get(ilvl);
      if (level && start !== undefined) levels.set(ilvl, { ...level, start: Number(start) });
    }
    nums.set(attr(num, "w:numId") ?? "", levels);
  }
  return nums;
}

/** Paragraph styles that carry numbering (headings, typically), following w:basedOn. */
function readStyleNumbering(styles: Element): Map<string, NumPr> {
  const own = new Map<string, { numPr: NumPr; basedOn?: string }>();
  for (const style of all(styles, "w:style")) {
    const id = attr(style, "w:styleId");
    if (!id) continue;
    const basedOn = attr(first(style, "w:basedOn"), "w:val");
    own.set(id, { numPr: readNumPr(first(first(style, "w:pPr"), "w:numPr")), ...(basedOn ? { basedOn } : {}) });
  }
  const resolved = new Map<string, NumPr>();
  for (const id of own.keys()) {
    let numPr: NumPr = {};
    // base styles first, so the style's own settings win; the depth limit guards against cycles
    const chain: string[] = [];
    for (let s: string | undefined = id; s && chain.length < 10; s = own.get(s)?.basedOn) chain.unshift(s);
    for (const s of chain) numPr = { ...numPr, ...own.get(s)?.numPr };
    if (numPr.numId) resolved.set(id, numPr);
  }
  return resolved;
}

function readNumPr(numPr: Element | undefined): NumPr {
  const numId = attr(first(numPr, "w:numId"), "w:val");
  const ilvl = attr(first(numPr, "w:ilvl"), "w:val");
  return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}) };
}

/** What Word puts after the number: nothing after 、 or ）, a space otherwise (a tab on the page). */
function separator(label: string, suffix: string): string {
  if (suffix === "nothing" || /[、，．.：:）)]$/.test(label)) return "";
  return " ";
}

const DIGITS = "〇一二三四五六七八九";

/** A counter in one of Word's number formats (ECMA-376 ST_NumberFormat), the ones Chinese documents use. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
      return chineseCounting(n);
    case "ideographDigital":
    case "taiwaneseDigital":
      return String(n).replace(/\d/g, (d) => DIGITS[Number(d)]!);
    case "chineseLegalSimplified":
      // the formal numerals write the leading one out: 14 is 壹拾肆, not 拾肆
      return chineseCounting(n)
        .replace(/^十/, "一十")
        .replace(/[〇零一二三四五六七八九十百]/g, (c) => "零零壹贰叁肆伍陆柒捌玖拾佰"["〇零一二三四五六七八九十百".indexOf(c)]!);
    case "ideographTraditional":
      return "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10] ?? String(n);
    case "ideographZodiac":
      return "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "upperLetter":
    case "lowerLetter": {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === "upperLetter" ? letter : letter.toLowerCase();
    }
    case "upperRoman":
    case "lowerRoman":
      return format === "upperRoman" ? roman(n) : roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十. */
function chineseCounting(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const [h, t, u] = [Math.floor(n / 100), Math.floor((n % 100) / 10), n % 10];
  const units = u ? DIGITS[u]! : "";
  if (h === 0) return t === 0 ? units : `${t === 1 ? "" : DIGITS[t]}十${units}`;
  const rest = t === 0 ? (u ? `零${units}` : "") : `${DIGITS[t]}十${units}`;
  return `${DIGITS[h]}百${rest}`;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, digits] of table) for (; n >= value; n -= value) out += digits;
  return out;
}

function all(root: AnyNode | undefined, name: string): Element[] {
  const found: Element[] = [];
  const visit = (node: AnyNode): void => {
    if (isTag(node) && node.name === name) found.push(node);
    if (hasChildren(node)) node.children.forEach(visit);
  };
  if (root) visit(root);
  return found;
}

const children = (el: Element, name: string): Element[] => el.children.filter((c): c is Element => isTag(c) && c.name === name);
const first = (el: Element | undefined, name: string): Element | undefined => (el ? children(el, name)[0] : undefined);
const attr = (el: Element | undefined, name: string): string | undefined => el?.attribs[name];
const textOf = (t: Element): string => t.children.map((c) => ("data" in c ? String(c.data) : "")).join("");
