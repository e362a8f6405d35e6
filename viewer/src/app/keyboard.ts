/** Keyboard: `/` focuses search, Esc leaves the presentation or clears the selection, arrows step slides. */
import type { Presentation } from "../present/presentation.ts";
import { closeDocument } from "../panel/document-reader.ts";
import type { AppContext } from "./context.ts";

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function mountKeyboard(ctx: AppContext, presentation: Presentation): void {
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && !typing(event.target)) {
      event.preventDefault();
      document.getElementById("search")?.focus();
    } else if (event.key === "Escape") {
      if (presentation.isOn()) return presentation.stop();
      if (typing(event.target)) return;
      closeDocument();
      for (const menu of document.querySelectorAll("details.menu[open]")) menu.removeAttribute("open");
      ctx.store.update({ selected: null, selectedEdge: null });
    } else if ((event.key === "ArrowRight" || event.key === "ArrowLeft" || event.key === "PageDown" || event.key === "PageUp") && presentation.isOn()) {
      event.preventDefault();
      presentation.step(event.key === "ArrowRight" || event.key === "PageDown" ? 1 : -1);
    }
  });
}
