// Whatever order or subset of real lines the extraction engine hands over, the reader does not throw and
// every fact it returns keeps its invariants (a unit, an exact evidence span, a known kind).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INDICATOR_KINDS } from "../../../graph/facts.ts";
import { extractIndicators, lookupIndicator } from "../../../ingest/indicators/index.ts";
import { HETANG, JINSHI, REGION, TIANXIN, ZHUZHOU, corpusLines } from "./_corpus.ts";

const POOL = [TIANXIN, ZHUZHOU, JINSHI, HETANG].flatMap((doc) => corpusLines(doc).slice(0, 240));

describe("robustness on shuffled real lines", () => {
  it("never throws and keeps every fact well formed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { maxLength: 40 }), fc.constantFrom("十三五" as const, "十四五" as const), (lines, period) => {
        const facts = extractIndicators({ docId: "t", lines, defaultSubject: REGION.tianxin, period });
        for (const f of facts) {
          expect(INDICATOR_KINDS).toContain(f.kind);
          expect(Number.isFinite(f.value)).toBe(true);
          expect(f.unit !== "" || lookupIndicator(f.indicator)?.dimensionless === true).toBe(true);
          expect(f.evidence.sentence.slice(...f.evidence.span)).toBe(f.surface.trim());
          expect(f.evidence.sentence.startsWith(lines[f.evidence.line - 1]!)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});
