// Cross-document resolution: one real thing named in several documents becomes one id with all its
// aliases, forms that only mean something inside one document do not merge, and every merge is recorded.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../ingest/extract/index.ts";
import { placesCompatible, placesOfName } from "../../../ingest/place-identity.ts";
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

  describe("zones of different places", () => {
    // 天心区 13th plan, line 260, and the same sentence in a plan of a district of another province
    const hunan = extractText("tianxin", "1、大力发展地理信息产业。加快推进湖南省地理信息产业园建设，引进一批自主创新能力强的地理信息装备制造企业。");
    const hebei = extractDocument({
      id: "changan.txt",
      text: ["石家庄市长安区国民经济和社会发展第十三个五年规划纲要", "1、大力发展地理信息产业。加快推进河北省地理信息产业园建设，引进一批自主创新能力强的地理信息装备制造企业。"].join("\n"),
      sha256: "",
      source: "test",
    });
    // a later plan of the same district names the park bare (002, the 14th-plan article, writes 地理信息产业园)
    const bare = extractText("tianxin", "加快地理信息产业园建设。");
    const parkIds = (xs: ReturnType<typeof resolveCorpus>["extractions"]) => xs.map((x) => x.entities.find((e) => e.type === "Park")?.id);

    it("keep their own nodes though both are known by the same place-less short form", () => {
      for (const order of [[hunan, hebei, bare], [bare, hebei, hunan], [hebei, bare, hunan]]) {
        const { extractions } = resolveCorpus(order);
        const ids = new Map(order.map((x, i) => [x.doc.id, parkIds(extractions)[i]]));
        expect(ids.get("changan.txt")).toBe("Park:河北省地理信息产业园");
        expect(ids.get("tianxin.txt")).not.toBe(ids.get("changan.txt"));
      }
    });

    it("while a bare name in a plan of the same city still joins the place-named zone", () => {
      const { extractions, merges } = resolveCorpus([bare, hebei, hunan]);
      expect(parkIds(extractions)).toEqual(["Park:湖南省地理信息产业园", "Park:河北省地理信息产业园", "Park:湖南省地理信息产业园"]);
      expect(merges).toHaveLength(1);
    });

    it("are told apart by the divisions in their names, nested divisions being compatible", () => {
      const changsha = ["430100"];
      expect(placesOfName("Park", "株洲高新区", changsha)).toEqual({ written: [["430200"]], homes: [] });
      expect(placesOfName("Park", "地理信息产业园", changsha)).toEqual({ written: [], homes: [["430100"]] });
      expect(placesOfName("Enterprise", "中联重科", changsha)).toEqual({ written: [], homes: [] });
      const of = (name: string) => placesOfName("Park", name);
      expect(placesCompatible(of("株洲高新区"), of("湖南株洲高新区"))).toBe(true);
      expect(placesCompatible(of("株洲高新区"), of("湘潭高新区"))).toBe(false);
    });

    it("a bare zone name joins a named zone of its plan's city, and any other bare name (a neighbour's zone named bare)", () => {
      const inChangsha = placesOfName("Park", "天易科技城", ["430100"]);
      const inZhuzhou = placesOfName("Park", "生态天易科技城", ["430200"]);
      expect(placesCompatible(inChangsha, inZhuzhou)).toBe(true);
      expect(placesCompatible(inChangsha, placesOfName("Park", "株洲天易科技城"))).toBe(false);
      expect(placesCompatible(inZhuzhou, placesOfName("Park", "株洲天易科技城"))).toBe(true);
    });
  });
});
