/**
 * Normalisation that keeps a way back: every character of the normalised text knows the offset of the
 * original character it came from, so evidence spans always point into the untouched source line.
 */

/** A normalised string plus, for each of its characters, the offset in the original string. */
export interface MappedText {
  text: string;
  /** map[i] = offset in the original of text[i]; map[text.length] = original length. */
  map: number[];
}

// half-width punctuation that stands for Chinese punctuation inside Chinese prose
const PUNCT: Record<string, string> = {
  ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
  "\u201c": "“", "\u201d": "”", '"': "“", "<": "〈", ">": "〉",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "—", "\u2212": "-",
  "\uff0c": "，", "\uff1b": "；", "\uff1a": "：", "\uff08": "（", "\uff09": "）", "\uff01": "！", "\uff1f": "？",
};

const isSpace = (c: string): boolean => /[\s\u3000\u00a0\u200b\ufeff]/u.test(c);
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/** Full-width ASCII letters and digits become half-width; Chinese punctuation stays full-width. */
function foldChar(c: string): string {
  const mapped = PUNCT[c];
  if (mapped !== undefined) return mapped;
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff5a && /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u.test(c)) return String.fromCharCode(code - 0xfee0);
  if (c === "\uff0e") return ".";
  if (c === "\uff05") return "%";
  if (c === "\uff0b") return "+";
  if (c === "\uff0d") return "-";
  return c;
}

/**
 * Folds widths and punctuation and drops white space (kept only between two Latin letters, `500 KV`
 * style runs are rare and harmless once glued): `“ 十四五 ”` → `“十四五”`, `二 〇 三五` → `二〇三五`.
 */
export function normalizeLine(line: string): MappedText {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (isSpace(c)) {
      const prev = text.charAt(text.length - 1);
      let j = i + 1;
      while (j < line.length && isSpace(line.charAt(j))) j++;
      if (isLatin(prev) && isLatin(line.charAt(j)) && text.length > 0) {
        text += " ";
        map.push(i);
      }
      i = j - 1;
      continue;
    }
    const f = foldChar(c);
    text += f;
    for (let k = 0; k < f.length; k++) map.push(i);
  }
  map.push(line.length);
  return { text, map };
}

/** Offsets [start, end) in the normalised text → offsets in the original. */
export function originalSpan(m: MappedText, start: number, end: number): [number, number] {
  const s = m.map[Math.max(0, Math.min(start, m.text.length))] ?? 0;
  const lastIdx = Math.max(start, end - 1);
  const e = end <= start ? s : (m.map[Math.min(lastIdx, m.text.length)] ?? s) + 1;
  return [s, e];
}

/** The name-level normal form used for comparing surfaces: NFKC, no spaces, quotes or brackets. */
export function surfaceKey(s: string): string {
  return s.normalize("NFKC").replace(/[\s\u3000“”"'‘’《》〈〉「」『』【】()（）·•]/gu, "");
}
