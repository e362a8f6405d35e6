/** Evidence items: the source sentence with the mention marked, and where it stands (document, section, line). */
import type { Evidence } from "../../../graph/facts.ts";
import { type AppContext, documentTitle } from "../app/context.ts";
import { el } from "../ui/dom.ts";
import { openDocument } from "./document-reader.ts";

/** The sentence as three text nodes around a <mark>, so nothing in it is ever parsed as HTML. */
export function sentenceWithMark(evidence: Evidence): HTMLElement {
  const [start, end] = evidence.span;
  const s = evidence.sentence;
  const valid = start >= 0 && end > start && end <= s.length;
  return el("blockquote", { className: "evidence-sentence" }, valid ? [s.slice(0, start), el("mark", { text: s.slice(start, end) }), s.slice(end)] : [s]);
}

export function evidenceList(ctx: AppContext, items: readonly Evidence[]): HTMLElement {
  const list = el("ol", { className: "evidence-list" });
  for (const evidence of items) {
    const where = [documentTitle(ctx, evidence.doc), ...evidence.section, `第 ${evidence.line} 行`].join(" › ");
    list.append(
      el("li", { className: "evidence-item" }, [
        sentenceWithMark(evidence),
        el("div", { className: "evidence-where" }, [
          el("span", { text: where }),
          el("button", {
            className: "link open-source",
            text: "打开原文",
            title: `${evidence.doc}:${evidence.line}`,
            onClick: () => void openDocument(ctx, evidence.doc, evidence.line),
          }),
        ]),
      ]),
    );
  }
  return list;
}
