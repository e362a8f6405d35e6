/** The export menu: the current view as PNG (2×, 4×) or SVG, the visible subgraph as GEXF. */
import type { AppContext } from "../app/context.ts";
import { byId, download, el } from "../ui/dom.ts";
import { exportGexf } from "./gexf.ts";
import { exportPng } from "./png.ts";
import { exportSvg } from "./svg.ts";

export function mountExportMenu(ctx: AppContext): void {
  const menu = el("details", { className: "menu export-menu" });
  const close = (): void => menu.removeAttribute("open");
  const png = (scale: number) => () => void exportPng(ctx, scale).then((blob) => download(blob, `plangraph@${scale}x.png`)).finally(close);
  menu.append(
    el("summary", { text: "导出" }),
    el("div", { className: "menu-body" }, [
      el("button", { className: "export-png-2x", text: "PNG 2×", onClick: png(2) }),
      el("button", { className: "export-png-4x", text: "PNG 4×", onClick: png(4) }),
      el("button", { className: "export-svg", text: "SVG", onClick: () => (download(new Blob([exportSvg(ctx)], { type: "image/svg+xml" }), "plangraph.svg"), close()) }),
      el("button", { className: "export-gexf", text: "GEXF（可见子图）", onClick: () => (download(new Blob([exportGexf(ctx)], { type: "application/xml" }), "plangraph.gexf"), close()) }),
    ]),
  );
  byId("toolbar").append(menu);
}
