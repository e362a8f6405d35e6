import { describe, expect, it } from "vitest";
import { STRATEGY_SCOPES } from "../../../graph/schema.ts";
import { matchStrategy, STRATEGIES } from "../../../ingest/lexicon/strategies.ts";

describe("strategy lexicon", () => {
  it("gives every strategy a schema scope, and each form to one strategy only", () => {
    const owner = new Map<string, string>();
    for (const s of STRATEGIES) {
      expect(STRATEGY_SCOPES).toContain(s.scope);
      for (const form of [s.name, ...s.aliases]) {
        expect(owner.get(form) ?? s.name, form).toBe(s.name);
        owner.set(form, s.name);
      }
    }
    expect(STRATEGIES.length).toBeGreaterThan(80);
  });
});

describe("matchStrategy", () => {
  it.each([
    // Corpus forms: quotes, spaces, 倡议 / 战略 / 建设 / 行动计划 attached.
    ["“一带一路”倡议", "一带一路", "national"],
    ["“ 一带一部 ”的战略定位", null, null],
    ["一带一部", "一带一部", "provincial"],
    ["“两型”建设", "两型社会", "national"],
    ["乡村振兴战略", "乡村振兴", "national"],
    ["“互联网+”行动计划", "互联网+", "national"],
    ["互联网+政务服务", "互联网+", "national"],
    ["中国制造2025", "中国制造2025", "national"],
    ["大众创业、万众创新", "大众创业万众创新", "national"],
    ["碳达峰、碳中和", "碳达峰碳中和", "national"],
    ["放管服改革", "放管服", "national"],
    ["长江经济带", "长江经济带", "regional"],
    ["中部崛起战略", "中部崛起", "regional"],
    ["长株潭一体化", "长株潭一体化", "regional"],
    ["长株潭城市群", "长株潭城市群", "regional"],
    ["长株潭自创区", "长株潭国家自主创新示范区", "regional"],
    ["“三高四新”战略", "三高四新", "provincial"],
    ["创新引领、开放崛起", "创新引领开放崛起", "provincial"],
  ])("%s → %s (%s)", (surface, name, scope) => {
    const match = matchStrategy(surface);
    if (name === null) expect(match).toBeNull();
    else expect(match).toEqual({ name, scope });
  });

  it.each(["发展战略", "战略", "高质量", "建设"])("%s is no named strategy", (surface) => {
    expect(matchStrategy(surface)).toBeNull();
  });
});
