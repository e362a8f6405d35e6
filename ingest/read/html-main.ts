/**
 * Finds the main content of a saved web page: drops page furniture (scripts, navigation, headers, footers,
 * sidebars, share bars, link lists), then takes the smallest element that still holds most of the text.
 */
import { type AnyNode, type Element, hasChildren, isTag, isText, type ParentNode } from "domhandler";

/** Elements that never carry the document's text. */
const NEVER_TEXT = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "form",
  "button", "select", "input", "textarea", "nav", "aside", "footer", "map", "video", "audio", "dialog",
]);

/** Words in a class or id that mark page furniture on portal and government sites. */
const FURNITURE = new Set([
  "nav", "navbar", "navigation", "menu", "menus", "header", "footer", "foot", "bottom", "top", "topbar",
  "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "sidebar", "side", "share", "sharing",
  "social", "copyright", "banner", "toolbar", "tools", "pagination", "pager", "related", "recommend", "comment",
  "comments", "ad", "ads", "advert", "advertisement", "login", "search", "qrcode", "print", "fontsize", "hot",
  "rank", "ranking", "weixin", "wechat", "subscribe", "friendlink", "links",
]);

const ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"]);

/** A link list: most of the element's text sits inside <a> elements. */
const MAX_LINK_SHARE = 0.6;
/** The main element holds at least this share of the page's text. */
const MAIN_SHARE = 0.7;

export interface TextStats {
  all: number;
  links: number;
}

/** Visible text length of a subtree, and how much of it is link text. Whitespace does not count. */
export function textStats(node: AnyNode, inLink = false): TextStats {
  if (isText(node)) {
    const n = node.data.replace(/\s+/g, "").length;
    return { all: n, links: inLink ? n : 0 };
  }
  if (!hasChildren(node) || (isTag(node) && NEVER_TEXT.has(node.name))) return { all: 0, links: 0 };
  const link = inLink || (isTag(node) && node.name === "a");
  return node.children.reduce<TextStats>(
    (sum, child) => {
      const s = textStats(child, link);
      return { all: sum.all + s.all, links: sum.links + s.links };
    },
    { all: 0, links: 0 },
  );
}

function isFurniture(el: Element): boolean {
  if (NEVER_TEXT.has(el.name)) return true;
  // hidden on the page (templates, pop-ups, duplicated mobile menus)
  if ("hidden" in el.attribs || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? "")) return true;
  if (ROLES.has((el.attribs.role ?? "").toLowerCase())) return true;
  const words = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => FURNITURE.has(w));
}

/** Removes furniture in place; an element holding half the page's text is never furniture, whatever its class. */
export function pruneFurniture(root: ParentNode, pageText: number): void {
  for (const child of [...root.children]) {
    if (!isTag(child)) continue;
    const stats = textStats(child);
    const big = stats.all > pageText / 2;
    const header = child.name === "header" && !insideArticle(child);
    const linkList = stats.all > 0 && stats.links / stats.all > MAX_LINK_SHARE && child.name !== "a";
    if (!big && (isFurniture(child) || header || linkList)) remove(child);
    else pruneFurniture(child, pageText);
  }
}

/**
 * The smallest element holding most of the page's text: descend while one child keeps MAIN_SHARE of it and
 * what its siblings hold looks like debris (no table, no paragraph of real length), so that a table or a
 * paragraph that tag soup left outside the article is not cut off.
 */
export function pickMain(body: ParentNode): ParentNode {
  const explicit = findAll(body, (el) => el.name === "main" || el.name === "article" || el.attribs.role === "main");
  const total = textStats(body).all;
  let node: ParentNode = explicit.find((el) => textStats(el).all >= total * MAIN_SHARE) ?? body;
  for (;;) {
    const next = node.children.filter(isTag).find((child) => textStats(child).all >= total * MAIN_SHARE);
    if (!next || node.children.some((sibling) => sibling !== next && holdsContent(sibling))) return node;
    node = next;
  }
}

/** Paragraph length beyond which text left outside the main element would be content, not debris. */
const CONTENT_PARAGRAPH = 60;

function holdsContent(node: AnyNode): boolean {
  if (isText(node)) return node.data.replace(/\s+/g, "").length > CONTENT_PARAGRAPH;
  if (!isTag(node) || NEVER_TEXT.has(node.name)) return false;
  if (node.name === "table" && textStats(node).all > 0) return true;
  if (node.name === "h1") return false; // the page title is put back by the reader
  const own = node.children.filter(isText).reduce((n, t) => n + t.data.replace(/\s+/g, "").length, 0);
  return own > CONTENT_PARAGRAPH || node.children.some(holdsContent);
}

export function findAll(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: AnyNode): void => {
    if (isTag(node) && test(node)) found.push(node);
    if (hasChildren(node)) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let p: AnyNode | null = node; p; p = p.parent as AnyNode | null) if (p === ancestor) return true;
  return false;
}

function insideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (isTag(p as AnyNode) && ["article", "main"].includes((p as Element).name)) return true;
  return false;
}

function remove(el: Element): void {
  const parent = el.parent;
  if (!parent) return;
  parent.children = parent.children.filter((c) => c !== el);
}
