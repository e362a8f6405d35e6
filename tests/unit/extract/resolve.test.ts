// Cross-document resolution: one real thing named in several documents becomes one id with all its
// aliases, forms that only mean something inside one document do not merge, and every merge is recorded.
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../../ingest/resolve.ts";
import { extractText } from "./_lib.ts";

describe("resolveCorpus", () => {
  const a = extractText("tianyuan", "株洲高新区成为长株潭国家自主创新示范区的重要一极。");
  const b = extractText("hetang", "对接株洲国家高新技术产业开发区,推动园区合作。");
  const c = extractText("tianxin", "推进天心经开区建设，加快高新区建设。");

  it("merges spellings of one zone across documents into one id and records the merge", () => {
    const { extractions, merges } = resolveCorpus([a, b]);
    const ids = extractions.map((x) => x.entities.find((e) => e.type === "Park" && /株洲/u.test(e.name))?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[0]).toBe(ids[1]);
    const merge = merges.find((m) => m.into === ids[0]);
    expect(merge?.docs).toEqual(["hetang.txt", "tianyuan.txt"]);
    expect(merge?.rule).toMatch(/same-zone-key|shared-surface/u);
  });

  it("keeps the zone's every surface form as an alias of the merged node", () => {
    const { extractions } = resolveCorpus([a, b]);
    const zone = extractions[0]?.entities.find((e) => e.type === "Park" && /株洲/u.test(e.name));
    expect([zone?.name, ...(zone?.aliases ?? [])]).toEqual(expect.arrayContaining(["株洲国家高新技术产业开发区", "株洲高新区"]));
  });

  it("does not merge two different zones that share only a document-local abbreviation", () => {
    const { extractions } = resolveCorpus([a, c]);
    const zhuzhou = extractions[0]?.entities.find((e) => e.type === "Park" && /株洲/u.test(e.name));
    const tianxin = extractions[1]?.entities.find((e) => e.type === "Park" && /天心/u.test(e.name));
    expect(zhuzhou?.id).toBeDefined();
    expect(tianxin?.id).toBeDefined();
    expect(zhuzhou?.id).not.toBe(tianxin?.id);
  });

  it("rewrites relation endpoints to the merged ids", () => {
    const { extractions } = resolveCorpus([a, b]);
    const ids = new Set(extractions.flatMap((x) => x.entities.map((e) => e.id)));
    for (const x of extractions) for (const r of x.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
  });
});
