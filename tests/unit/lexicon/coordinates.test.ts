import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parentChain, regionByCode, regionSurfaces } from "../../../ingest/lexicon/regions.ts";

interface CoordinateTable {
  source: string;
  points: Record<string, [number, number]>;
}
const table = JSON.parse(readFileSync(new URL("../../../ingest/lexicon/coordinates.generated.json", import.meta.url), "utf8")) as CoordinateTable;

/** Every Hunan division above town level, from the division table. */
function hunanDivisions(): string[] {
  const codes = new Set<string>();
  for (const list of regionSurfaces().values()) {
    for (const { record } of list) if (record.code.startsWith("43") && record.level !== "town") codes.add(record.code);
  }
  return [...codes];
}

describe("coordinates for the geographic layout", () => {
  it("places every Hunan prefecture and county-level division inside Hunan's bounding box", () => {
    const codes = hunanDivisions();
    expect(codes.length).toBe(137);
    for (const code of codes) {
      const point = table.points[code];
      expect(point, regionByCode(code)?.name).toBeDefined();
      const [lng, lat] = point as [number, number];
      expect(lng).toBeGreaterThan(108.7);
      expect(lng).toBeLessThan(114.3);
      expect(lat).toBeGreaterThan(24.6);
      expect(lat).toBeLessThan(30.2);
    }
  });

  it("keeps districts near their prefecture and orders the corpus regions as on a map", () => {
    const [csLng, csLat] = table.points["430100"] as [number, number];
    const [txLng, txLat] = table.points["430103"] as [number, number];
    expect(Math.hypot(csLng - txLng, csLat - txLat)).toBeLessThan(0.5);
    // 津市 (常德) lies north-west of 长沙; 株洲 lies south-east of 长沙.
    const jinshi = table.points["430781"] as [number, number];
    const zhuzhou = table.points["430200"] as [number, number];
    expect(jinshi[0]).toBeLessThan(csLng);
    expect(jinshi[1]).toBeGreaterThan(csLat);
    expect(zhuzhou[1]).toBeLessThan(csLat);
  });

  it("keys points by codes of the division table", () => {
    const keys = Object.keys(table.points);
    expect(keys.length).toBeGreaterThan(3000);
    for (const code of keys) expect(parentChain(code).length, code).toBeGreaterThan(0);
  });
});
