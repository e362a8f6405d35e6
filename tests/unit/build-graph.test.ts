import { describe, expect, it } from "vitest";
import { buildGraph } from "../../graph/build.ts";
import type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from "../../graph/facts.ts";
import { entityKey, relationKey } from "../../graph/ids.ts";
import type { EntityType } from "../../graph/schema.ts";
import { fromSnapshot, toSnapshot } from "../../graph/snapshot.ts";

// Two real sentences naming the same sector in two districts' plans.
const TIANYUAN = { doc: "001_e9d0cb05faa534a1.txt", line: 272, sentence: "田心高科园重点发展轨道交通产业" };
const HETANG = { doc: "004_0f6562ee69c0aba0.txt", line: 120, sentence: "做大做强轨道交通装备制造业" };

function entity(type: EntityType, name: string, where: typeof TIANYUAN, surface = name, aliases: string[] = []): ExtractedEntity {
  const start = where.sentence.indexOf(surface);
  return {
    id: entityKey(type, name),
    type,
    name,
    aliases,
    attrs: {},
    mentions: [{ surface, rule: "test", confidence: 1, evidence: { doc: where.doc, section: [], line: where.line, sentence: where.sentence, span: [start, start + surface.length] } }],
  };
}

function develops(from: ExtractedEntity, to: ExtractedEntity): ExtractedRelation {
  const evidence = from.mentions.map((m) => m.evidence);
  return { type: "DEVELOPS", from: from.id, to: to.id, rule: "test", confidence: 0.8, evidence };
}

function doc(where: typeof TIANYUAN, period: "十三五" | "十四五", entities: ExtractedEntity[], relations: ExtractedRelation[]): DocumentExtraction {
  return { doc: { id: where.doc, title: where.doc, kind: "plan", period, sha256: where.doc, lines: 1, source: "text/utf-8" }, entities, relations, indicators: [], warnings: [] };
}

describe("buildGraph", () => {
  const park = entity("Park", "田心高科园", TIANYUAN);
  const railA = entity("Industry", "轨道交通", TIANYUAN, "轨道交通产业", ["轨道交通产业"]);
  const region = entity("Region", "荷塘区", HETANG, "荷塘区");
  const railB = entity("Industry", "轨道交通", HETANG, "轨道交通装备制造业", ["轨道交通装备制造业"]);
  const graph = buildGraph([doc(TIANYUAN, "十三五", [park, railA], [develops(park, railA)]), doc(HETANG, "十四五", [region, railB], [develops(region, railB)])]);

  it("makes the same sector named in two documents one node with both documents, periods and aliases", () => {
    const rail = graph.getNodeAttributes(entityKey("Industry", "轨道交通"));
    expect(rail.docs).toEqual([TIANYUAN.doc, HETANG.doc]);
    expect(rail.periods).toEqual(["十三五", "十四五"]);
    expect(rail.aliases.sort()).toEqual(["轨道交通产业", "轨道交通装备制造业"]);
    expect(rail.mentionCount).toBe(2);
    expect(rail.evidence.map((e) => e.line)).toEqual([272, 120]);
  });

  it("links both places to that one node, each edge keyed by type and ends", () => {
    expect(graph.inDegree(entityKey("Industry", "轨道交通"))).toBe(2);
    expect(graph.hasEdge(relationKey("DEVELOPS", park.id, railA.id))).toBe(true);
    expect(graph.getEdgeAttribute(relationKey("DEVELOPS", region.id, railB.id), "docs")).toEqual([HETANG.doc]);
  });

  it("drops a relation whose end the document does not contain", () => {
    const orphan = buildGraph([doc(TIANYUAN, "十三五", [park], [develops(park, railA)])]);
    expect(orphan.size).toBe(0);
  });

  it("survives the snapshot round trip unchanged", () => {
    const copy = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(graph))));
    expect(copy.export()).toEqual(graph.export());
  });

  it("rejects a file that is not a snapshot by name of error", () => {
    expect(() => fromSnapshot({ nodes: [] })).toThrowError(expect.objectContaining({ name: "SchemaError" }));
  });
});
