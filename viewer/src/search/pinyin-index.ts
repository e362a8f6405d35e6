/**
 * Search by 汉字, full pinyin or initials: every name and alias is indexed once as its characters, its
 * toneless pinyin without spaces ("zhuzhougaoxinqu") and its initials ("zzgxq"); a query matches any of them.
 */
import { pinyin } from "pinyin-pro";
import type { KgGraph } from "../../../graph/model.ts";

interface Entry {
  key: string;
  name: string;
  forms: string[];
  weight: number;
}

export interface SearchHit {
  key: string;
  name: string;
  /** The alias or name that matched, when it differs from the canonical name. */
  via: string | null;
  score: number;
}

/** Lower case, no spaces or apostrophes: "Zhuzhou Gaoxin" and "zhuzhou'gaoxin" both become "zhuzhougaoxin". */
export function normaliseQuery(query: string): string {
  return query.normalize("NFKC").toLowerCase().replace(/[\s'’·]/g, "");
}

export function pinyinForms(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" });
  return {
    full: normaliseQuery(syllables.join("")),
    initials: normaliseQuery(syllables.map((s) => s.charAt(0)).join("")),
  };
}

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(kg: KgGraph) {
    kg.forEachNode((key, attrs) => {
      for (const name of [attrs.name, ...attrs.aliases]) {
        const { full, initials } = pinyinForms(name);
        this.entries.push({ key, name, forms: [normaliseQuery(name), full, initials], weight: Math.log2(2 + kg.degree(key) + attrs.mentionCount) });
      }
    });
  }

  /** Best hits first: exact > prefix > contains, then busier nodes; one hit per node. */
  search(query: string, limit = 10): SearchHit[] {
    const q = normaliseQuery(query);
    if (!q) return [];
    const best = new Map<string, SearchHit>();
    for (const entry of this.entries) {
      let rank = 0;
      for (const form of entry.forms) {
        if (form === q) rank = Math.max(rank, 3);
        else if (form.startsWith(q)) rank = Math.max(rank, 2);
        else if (form.includes(q)) rank = Math.max(rank, 1);
      }
      if (!rank) continue;
      const score = rank * 10 + entry.weight;
      const previous = best.get(entry.key);
      if (!previous || previous.score < score) best.set(entry.key, { key: entry.key, name: entry.name, via: null, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
