/**
 * Pass 8 — choosing among overlapping candidates: in each sentence the longest span wins, then the
 * surer rule; a zone that is a policy title (国家自主创新示范区) is read as a Strategy. The result is a
 * set of non-overlapping mentions per sentence, in text order.
 */
import type { Candidate, Ctx } from "../context.ts";
import { isPolicyZone } from "./05-strategies.ts";

const TYPE_RANK: Record<string, number> = { Strategy: 0, Park: 1, Project: 2, Enterprise: 3, Region: 4, Industry: 5 };

export function select(ctx: Ctx): void {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of ctx.candidates) {
    if (c.type === "Park" && isPolicyZone(c.name)) {
      c.type = "Strategy";
      c.attrs = { scope: /国家|全国/u.test(c.name) ? "national" : "provincial" };
      c.rule += "+policy-zone";
    }
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  for (const [sentence, list] of bySentence) {
    list.sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || (TYPE_RANK[a.type] ?? 9) - (TYPE_RANK[b.type] ?? 9));
    const taken: Candidate[] = [];
    for (const c of list) {
      if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
      taken.push(c);
    }
    taken.sort((a, b) => a.start - b.start);
    // a narrow sector named beside its broader one (金融… 引进银行、证券、保险) is an aspect of it, not a sector of its own
    // (in the same clause: 农业生产 earlier in the sentence does not make 都市农业 an aspect)
    const text = ctx.sentences[sentence]?.text ?? "";
    // the clause a mention is in: how many of ，；：。 come before it (counted in place, no array of matches)
    const clauseOf = (c: Candidate): number => {
      let n = 0;
      for (let i = Math.min(c.start, text.length) - 1; i >= 0; i--) {
        const code = text.charCodeAt(i);
        if (code === 0xff0c || code === 0xff1b || code === 0xff1a || code === 0x3002) n++;
      }
      return n;
    };
    const broaderIn = new Set(taken.filter((c) => c.type === "Industry").map((c) => `${clauseOf(c)}|${c.name}`));
    const kept = taken.filter((c) => !(c.type === "Industry" && c.attrs.broader && broaderIn.has(`${clauseOf(c)}|${c.attrs.broader}`)));
    ctx.chosen.set(sentence, kept);
    if (ctx.debug) for (const c of kept) console.error(`${c.surface} → ${c.type} (${c.rule}) [${c.name}]`);
  }
}
