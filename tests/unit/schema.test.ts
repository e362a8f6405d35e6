import { describe, expect, it } from "vitest";
import { entityKey, relationKey } from "../../graph/ids.ts";
import { ENTITY_TYPES, RELATION_ENDPOINTS, RELATION_TYPES, relationAllowed } from "../../graph/schema.ts";

describe("schema", () => {
  it("names an endpoint rule for every relation type, using only known entity types", () => {
    for (const type of RELATION_TYPES) {
      const ends = RELATION_ENDPOINTS[type];
      expect(ends.from.length).toBeGreaterThan(0);
      for (const t of [...ends.from, ...ends.to]) expect(ENTITY_TYPES).toContain(t);
    }
  });

  it("allows a region to develop an industry but not an industry to develop a region", () => {
    expect(relationAllowed("DEVELOPS", "Region", "Industry")).toBe(true);
    expect(relationAllowed("DEVELOPS", "Industry", "Region")).toBe(false);
  });

  it("keys an entity by type and its name without spaces or quotes, so noisy forms collide", () => {
    expect(entityKey("Strategy", "“ 两型社会 ”")).toBe(entityKey("Strategy", "两型社会"));
    expect(entityKey("Industry", "轨道交通")).not.toBe(entityKey("Strategy", "轨道交通"));
    expect(relationKey("DEVELOPS", "Region:天元区", "Industry:轨道交通")).toBe("DEVELOPS|Region:天元区|Industry:轨道交通");
  });
});
