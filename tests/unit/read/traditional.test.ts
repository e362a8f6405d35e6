// Traditional characters: converted (OpenCC t → cn) for matching, the original kept for evidence, and the
// conversion keeps every line's length so that line numbers and spans apply to both texts.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DocumentExtraction } from "../../../graph/facts.ts";
import { entityKey } from "../../../graph/ids.ts";
import { ingestDocument } from "../../../ingest/pipeline.ts";
import { readDocument } from "../../../ingest/read/read-document.ts";
import { isTraditional, restoreOriginalEvidence, simplify } from "../../../ingest/read/traditional.ts";
import { fixture, linesOf, planLine } from "./_fixtures.ts";

/** plan-traditional.txt is corpus lines 26–28 put through OpenCC's s2t by the opencc command. */
const SIMPLIFIED = [26, 27, 28].map(planLine);

describe("traditional-character documents", () => {
  it("are converted to the simplified text the corpus has, with the original kept", async () => {
    const doc = await readDocument(fixture("plan-traditional.txt"));
    expect(linesOf(doc.text)).toEqual(SIMPLIFIED);
    expect(doc.original).toBeDefined();
    expect(linesOf(doc.original!)[0]).toBe("第2章 總體構想與發展目標");
  });

  it("in Big5 (Taiwan's encoding and forms) are detected from the bytes and converted too", async () => {
    const doc = await readDocument(fixture("plan-big5.txt"));
    expect(doc.source).toBe("text/big5");
    expect(linesOf(doc.text)).toEqual(SIMPLIFIED);
    expect(doc.original).toContain("總體構想與發展目標");
  });

  it("keep each line's length, so a span found in the simplified text points at the same characters", async () => {
    const doc = await readDocument(fixture("plan-traditional.txt"));
    const simplified = doc.text.split("\n");
    const original = doc.original!.split("\n");
    expect(simplified.map((l) => l.length)).toEqual(original.map((l) => l.length));
    const at = simplified[2]!.indexOf("马克思列宁主义");
    expect(original[2]!.slice(at, at + 7)).toBe("馬克思列寧主義");
  });

  it("leave simplified documents alone: none of the corpus documents is converted", () => {
    const dir = fileURLToPath(new URL("../../../corpus/", import.meta.url));
    for (const name of readdirSync(dir)) {
      const text = readFileSync(dir + name, "utf8");
      expect(isTraditional(text), name).toBe(false);
      expect(simplify(text).original, name).toBeUndefined();
    }
  });

  it("quote the original in evidence after extraction, and keep the written form among the aliases", () => {
    const original = "天心區堅持創新驅動發展戰略\n加快建設長株潭融城核心區";
    const { text } = simplify(original);
    expect(text).toBe("天心区坚持创新驱动发展战略\n加快建设长株潭融城核心区");
    const id = entityKey("Region", "天心区");
    const extraction: DocumentExtraction = {
      doc: { id: "t.txt", title: "t", kind: "plan", sha256: "", lines: 2, source: "text/utf-8" },
      entities: [
        {
          id,
          type: "Region",
          name: "天心区",
          aliases: [],
          attrs: {},
          mentions: [{ surface: "天心区", rule: "test", confidence: 1, evidence: { doc: "t.txt", section: [], line: 1, sentence: "天心区坚持创新驱动发展战略", span: [0, 3] } }],
        },
      ],
      relations: [],
      indicators: [],
      warnings: [],
    };
    const restored = restoreOriginalEvidence(extraction, text, original);
    const entity = restored.entities[0]!;
    expect(entity.name).toBe("天心区");
    expect(entity.mentions[0]!.evidence.sentence).toBe("天心區堅持創新驅動發展戰略");
    expect(entity.aliases).toEqual(["天心區"]);
  });

  it("go through the whole pipeline: names are simplified, evidence sentences are as written", async () => {
    const { original } = await readDocument(fixture("plan-traditional.txt"));
    const extraction = await ingestDocument(fixture("plan-traditional.txt"));
    const sentences = extraction.entities.flatMap((e) => e.mentions.map((m) => m.evidence.sentence));
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(original, s).toContain(s);
    expect(extraction.entities.map((e) => e.name)).toContain("天心区");
  });
});
