// Saved web pages: only the article's text, headings on their own lines, tables as rows; tag soup is
// recovered, markup that would silently lose the text is an error naming the file.
import { describe, expect, it } from "vitest";
import { readDocument, readDocumentBytes } from "../../../ingest/read/read-document.ts";
import { fixture, linesOf, newsLine } from "./_fixtures.ts";

/** Page furniture of the fixture page: navigation, breadcrumb, share bar, link lists, footer, scripts. */
const FURNITURE = ["首页", "登录", "当前位置", "分享到", "相关新闻", "热点排行", "长沙地铁新线开通", "版权所有", "关于我们", "统计代码", "_hmt", "color:red"];

describe("reading a saved web page", () => {
  it.each([
    ["page-utf8.html", "UTF-8"],
    ["page-gb.html", "GB18030 declared as gb2312"],
  ])("%s (%s) gives the article and nothing of the page around it", async (name) => {
    const doc = await readDocument(fixture(name));
    expect(doc.source).toBe("html");
    const lines = linesOf(doc.text);
    // the title (the page's <h1>) first, then the article's paragraphs as the corpus has them
    expect(lines[0]).toBe(newsLine(2));
    for (const n of [7, 9, 11, 15, 21, 23]) expect(lines).toContain(newsLine(n));
    for (const debris of FURNITURE) expect(doc.text, debris).not.toContain(debris);
  });

  it("keeps headings on their own lines", async () => {
    const lines = linesOf((await readDocument(fixture("page-utf8.html"))).text);
    expect(lines).toContain("关键词一:排头兵");
    expect(lines).toContain("着力引领长株潭一体化发展");
  });

  it("keeps each table row on one line, cells joined with ' | ', empty cells included", async () => {
    const lines = linesOf((await readDocument(fixture("page-utf8.html"))).text);
    expect(lines).toContain("天心区“十三五”发展指标表");
    expect(lines).toContain("指标分类 | 发展指标 | 2015 | 2020目标值 | 指标属性");
    expect(lines).toContain("经济发展 | 地区生产总值总量（亿元） | 700.76 | 1100 | 预期");
    expect(lines).toContain("| 地区生产总值年均增速（%） | 11.4 | 10 | 预期");
  });

  it("recovers tag soup a browser would render: unclosed <p> and <td>, stray end tags, the table after the article", async () => {
    const doc = await readDocument(fixture("tag-soup.html"));
    const lines = linesOf(doc.text);
    expect(lines.slice(0, 3)).toEqual([newsLine(2), newsLine(9), newsLine(11)]);
    expect(lines).toContain("地区生产总值 | 700.76 | 1100");
    expect(doc.warnings).toEqual([]);
  });

  it("refuses a page whose unclosed comment would swallow the article, naming the file and the line", async () => {
    const read = readDocument(fixture("malformed.html"));
    await expect(read).rejects.toMatchObject({ name: "InputError", file: fixture("malformed.html") });
    await expect(read).rejects.toThrow(/malformed.html: is malformed HTML: a comment opened on line 1 is never closed/);
  });

  it("reads a page cut off inside a tag, with a warning", async () => {
    const page = `<html><body><div id="content"><p>${newsLine(9)}</p><p>${newsLine(11)}</p></div><div class="foot`;
    const doc = await readDocumentBytes(Buffer.from(page), "cut.html");
    expect(linesOf(doc.text)).toEqual([newsLine(9), newsLine(11)]);
    expect(doc.warnings).toEqual(["HTML ends inside a tag (truncated file?)"]);
  });

  it("reads an old government page laid out with tables, paragraph by paragraph, without its hidden menus or logo", async () => {
    const page = `<html><head><title>${newsLine(2)}_天心区人民政府</title></head><body>
<table width="980"><tr><td><h1><a href="/">天心区人民政府</a></h1></td><td><a href="/">首页</a> <a href="/zw">政务公开</a></td></tr></table>
<div class="mobile-menu" style="display: none"><a href="/">首页</a> 掌上天心区</div>
<table width="980"><tr><td valign="top">
  <table><tr><td class="title"><h1>${newsLine(2)}</h1></td></tr></table>
  <p>&nbsp;&nbsp;&nbsp;&nbsp;${newsLine(9)}</p>
  <p>\u3000\u3000${newsLine(11)}</p>
  <p>${newsLine(21)}</p>
</td><td width="200"><ul><li><a href="/h1">长沙地铁新线开通</a></li><li><a href="/h2">湘江新区发布新政</a></li></ul></td></tr></table>
</body></html>`;
    const lines = linesOf((await readDocumentBytes(Buffer.from(page), "layout.html")).text);
    expect(lines).toEqual([newsLine(2), newsLine(9), newsLine(11), newsLine(21)]);
  });

  it.each(["【打印】【关闭】", "【字体：大 中 小】", "字号：大 中 小", "扫一扫在手机打开当前页", "上一篇：天心区两会闭幕", "责任编辑：李旦", "【我要纠错】"])(
    "drops the debris line %j found inside an article",
    async (debris) => {
      const page = `<html><body><div class="TRS_Editor"><p>${newsLine(9)}</p><p>${debris}</p><p>${newsLine(11)}</p></div></body></html>`;
      expect(linesOf((await readDocumentBytes(Buffer.from(page), "debris.html")).text)).toEqual([newsLine(9), newsLine(11)]);
    },
  );

  it("refuses a page with no text at all", async () => {
    const page = `<!DOCTYPE html><html><head><title></title><script>var a = "${newsLine(9)}";</script></head><body><div><img src="1.jpg"></div></body></html>`;
    await expect(readDocumentBytes(Buffer.from(page), "images-only.html")).rejects.toThrow("images-only.html: is an HTML page with no readable text");
  });
});
