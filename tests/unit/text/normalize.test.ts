// Normalisation folds widths, punctuation and stray spaces, and every normalised character still knows
// where it came from, so evidence spans point into the untouched original line.
import { describe, expect, it } from "vitest";
import { normalizeLine, originalSpan } from "../../../ingest/text/normalize.ts";

describe("normalizeLine", () => {
  it.each([
    ["“ 十四五 ” 时期( 2021 年 -2025 年)", "“十四五”时期（2021年-2025年）"],
    ["第十四个五年规划和二 〇 三五年", "第十四个五年规划和二〇三五年"],
    ["天心区将以“智慧天心、融城核心”为总目标,坚持“北优南融”", "天心区将以“智慧天心、融城核心”为总目标，坚持“北优南融”"],
    ["年均增长12.2 %", "年均增长12.2%"],
    ["ＧＤＰ达到１２３亿元", "GDP达到123亿元"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeLine(input).text).toBe(expected);
  });

  it("maps a span of the normalised text back to the same words in the original", () => {
    const original = "深入实施 “ 三高四新 ” 战略,加快建设现代化幸福新荷塘";
    const m = normalizeLine(original);
    const start = m.text.indexOf("三高四新");
    const [a, b] = originalSpan(m, start, start + 4);
    expect(original.slice(a, b)).toBe("三高四新");
  });

  it("keeps a space between two Latin words only", () => {
    expect(normalizeLine("Sigma js 与 graphology").text).toBe("Sigma js与graphology");
  });
});
