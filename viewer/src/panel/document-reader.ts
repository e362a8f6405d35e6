/** The source reader: a document's text with line numbers, scrolled to and highlighting one line. */
import { type AppContext, documentTitle } from "../app/context.ts";
import { byId, el } from "../ui/dom.ts";

const cache = new Map<string, Promise<string[]>>();

function documentLines(id: string): Promise<string[]> {
  let lines = cache.get(id);
  if (!lines) {
    lines = fetch(`documents/${encodeURIComponent(id)}.txt`).then(async (r) => {
      if (!r.ok) throw new Error(`document ${id} is not served (${r.status})`);
      return (await r.text()).split(/\r?\n/);
    });
    cache.set(id, lines);
  }
  return lines;
}

export async function openDocument(ctx: AppContext, id: string, line: number): Promise<void> {
  const reader = byId("reader");
  const body = el("ol", { className: "reader-lines" });
  reader.replaceChildren(
    el("header", { className: "reader-head" }, [
      el("strong", { text: documentTitle(ctx, id) }),
      el("span", { className: "muted", text: ` ${id} · 第 ${line} 行` }),
      el("button", { className: "close", text: "×", title: "关闭", attrs: { "aria-label": "close reader" }, onClick: () => closeDocument() }),
    ]),
    body,
  );
  reader.hidden = false;
  try {
    const lines = await documentLines(id);
    lines.forEach((text, i) => body.append(el("li", { className: i + 1 === line ? "current" : "", text, dataset: { line: String(i + 1) } })));
    body.querySelector(".current")?.scrollIntoView({ block: "center" });
  } catch (error) {
    body.append(el("li", { className: "error", text: error instanceof Error ? error.message : String(error) }));
  }
}

export function closeDocument(): void {
  byId("reader").hidden = true;
}
