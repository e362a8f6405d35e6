/** SVG export of what is on screen: straight edges, circles and labels at their current viewport positions. */
import type { AppContext } from "../app/context.ts";
import { LABEL_FONT } from "../style/palette.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function exportSvg(ctx: AppContext): string {
  const { sigma, graph } = ctx;
  const { width, height } = sigma.getDimensions();
  const root = svgEl("svg", { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  root.append(svgEl("rect", { width, height, fill: "#ffffff" }));
  const edges = svgEl("g", { class: "edges" });
  const nodes = svgEl("g", { class: "nodes" });
  const labels = svgEl("g", { class: "labels", "font-family": LABEL_FONT, "font-size": sigma.getSetting("labelSize") });
  graph.forEachEdge((edge, _, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    const s = sigma.getNodeDisplayData(source);
    const t = sigma.getNodeDisplayData(target);
    if (!d || d.hidden || !s || !t || s.hidden || t.hidden) return;
    const a = sigma.framedGraphToViewport(s);
    const b = sigma.framedGraphToViewport(t);
    edges.append(svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: d.color, "stroke-width": Math.max(0.5, d.size / 2), "data-key": edge }));
  });
  // labels come from the label renderer's choice, so the SVG shows the same ones as the screen
  const labelled = new Set(sigma.getNodeDisplayedLabels());
  graph.forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    nodes.append(svgEl("circle", { cx: p.x, cy: p.y, r, fill: d.color, "data-key": node }));
    if (d.label && (labelled.has(node) || d.forceLabel)) {
      const text = svgEl("text", { x: p.x + r + 3, y: p.y + 4 });
      text.textContent = d.label;
      labels.append(text);
    }
  });
  root.append(edges, nodes, labels);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
