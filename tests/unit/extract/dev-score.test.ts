// The yardstick as a test: the four dev-gold documents are extracted and scored with the project's copy of
// the shared scorer. The bars sit at what the extractor achieves today, so a change that loses ground fails.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toEvalJson, extractFiles } from "../../../ingest/cli/extract.ts";
import { CORPUS_DIR, REPO_ROOT } from "../../../ingest/corpus.ts";
// @ts-expect-error — plain ESM module without types, copied verbatim from ../shared/eval
import { scoreDocument } from "../../fixtures/eval/score.mjs";

interface Counts { tp: number; fp: number; fn: number }
const GOLD = join(REPO_ROOT, "tests", "fixtures", "eval", "gold");
const f1 = (c: Counts): number => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** Bars (micro F1 on the dev gold) — raise them when the extractor improves. */
export const BARS = { entities: 0.85, relations: 0.7, DEVELOPS: 0.75 };

describe("dev-gold score", () => {
  it("keeps micro F1 over entities and relations at or above the bars", async () => {
    const goldFiles = readdirSync(GOLD).filter((f) => f.endsWith(".json"));
    const { extractions } = await extractFiles(goldFiles.map((f) => join(CORPUS_DIR, f.replace(/\.json$/u, ""))));
    const pred = toEvalJson(extractions).documents as Array<{ file: string }>;
    const ent: Counts = { tp: 0, fp: 0, fn: 0 };
    const rel: Counts = { tp: 0, fp: 0, fn: 0 };
    const dev: Counts = { tp: 0, fp: 0, fn: 0 };
    const add = (into: Counts, c: Counts | undefined): void => {
      into.tp += c?.tp ?? 0;
      into.fp += c?.fp ?? 0;
      into.fn += c?.fn ?? 0;
    };
    for (const gf of goldFiles) {
      const gold = JSON.parse(readFileSync(join(GOLD, gf), "utf8")) as { doc: string; entities: unknown[]; relations: unknown[] };
      const score = scoreDocument({ entities: gold.entities, relations: gold.relations }, pred.find((d) => d.file === gold.doc)) as {
        byType: Record<string, Counts>; byRel: Record<string, Counts>;
      };
      for (const c of Object.values(score.byType)) add(ent, c);
      for (const c of Object.values(score.byRel)) add(rel, c);
      add(dev, score.byRel.DEVELOPS);
    }
    expect(f1(ent), `entity micro F1 ${f1(ent).toFixed(3)}`).toBeGreaterThanOrEqual(BARS.entities);
    expect(f1(rel), `relation micro F1 ${f1(rel).toFixed(3)}`).toBeGreaterThanOrEqual(BARS.relations);
    expect(f1(dev), `DEVELOPS F1 ${f1(dev).toFixed(3)}`).toBeGreaterThanOrEqual(BARS.DEVELOPS);
  });
});
