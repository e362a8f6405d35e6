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
 * What each UTF-16 unit becomes, filled on first sight by `isSpace` and `foldChar` (so the rules above stay
 * the only definition): KEEP (itself), SPACE, or FOLD (to `FOLDS[code]`). Lines are long and mostly kept
 * characters, so the loop below copies runs of them in one slice and touches no regex or string per character.
 */
const KEEP = 1;
const SPACE = 2;
const FOLD = 3;
const KIND = new Uint8Array(0x10000);
const FOLDS: string[] = [];

function kindOf(code: number): number {
  const known = KIND[code]!;
  if (known !== 0) return known;
  const c = String.fromCharCode(code);
  const f = foldChar(c);
  const kind = isSpace(c) ? SPACE : f === c ? KEEP : FOLD;
  if (kind === FOLD) FOLDS[code] = f;
  KIND[code] = kind;
  return kind;
}

const isLatinCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Folds widths and punctuation and drops white space (kept only between two Latin letters, `500 KV`
 * style runs are rare and harmless once glued): `“ 十四五 ”` → `“十四五”`, `二 〇 三五` → `二〇三五`.
 */
export function normalizeLine(line: string): MappedText {
  let text = "";
  const map: number[] = [];
  // the last character written to `text` (-1: none yet); runs are copied late, so it is tracked here
  let last = -1;
  let run = 0;
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const code = line.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === KEEP) {
      map.push(i);
      last = code;
      continue;
    }
    text += line.slice(run, i);
    if (kind === SPACE) {
      let j = i + 1;
      while (j < length && kindOf(line.charCodeAt(j)) === SPACE) j++;
      if (last >= 0 && isLatinCode(last) && j < length && isLatinCode(line.charCodeAt(j))) {
        text += " ";
        map.push(i);
        last = 32;
      }
      i = j - 1;
    } else {
      const f = FOLDS[code] as string;
      text += f;
      for (let k = 0; k < f.length; k++) map.push(i);
      last = f.charCodeAt(f.length - 1);
    }
    run = i + 1;
  }
  text += line.slice(run, length);
  map.push(length);
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
