/**
 * Web-page debris: lines that come from the page around a document (image names, buttons, bylines,
 * timestamps), not from the document itself. Kept as data; `isDebrisLine` only loops over it.
 */

/** Patterns matched against a whole normalised line. */
export const DEBRIS_PATTERNS: readonly RegExp[] = [
  /^\d*\.(?:jpe?g|png|gif|webp|bmp)$/iu, // 1.jpg
  /^(?:立即下载|回首页|返回首页|返回顶部|收藏|详情|分享到?|打印|关闭|点击查看|上一篇|下一篇|扫一扫|相关阅读|责任编辑.*|编辑[:：].*|来源[:：].*)$/u,
  /^\d{4}-\d{1,2}-\d{1,2}\d{1,2}:\d{2}(?::\d{2})?.*$/u, // 2020-12-31 10:54:01 字号:
  /字号[:：]?(?:大|中|小)?$/u,
  /^\[[^\]]{1,30}\]发表于/u, // [可行性研究报告 - 规划计划] 发表于:…
  /^(?:红网|新华网|人民网|中新网)?[^，。]{0,12}(?:通讯员|记者)[^，。]{0,20}报道$/u, // byline
];

export function isDebrisLine(normalised: string): boolean {
  const t = normalised.trim();
  if (t === "") return false;
  return DEBRIS_PATTERNS.some((p) => p.test(t));
}
