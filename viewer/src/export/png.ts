/**
 * PNG export at 2× or 4×: a second, off-screen sigma renders the same view (same camera, reducers and
 * labels, sizes multiplied) into a larger canvas; its layers are then stacked into one image.
 */
import Sigma from "sigma";
import type { AppContext } from "../app/context.ts";
import type { RenderEdge, RenderNode } from "../data/render-graph.ts";

const LAYERS = ["edges", "nodes", "edgeLabels", "labels"] as const;

export async function exportPng(ctx: AppContext, scale: number): Promise<Blob> {
  const { sigma } = ctx;
  const { width, height } = sigma.getDimensions();
  const holder = document.createElement("div");
  holder.style.cssText = `position:absolute;left:-100000px;top:0;width:${width * scale}px;height:${height * scale}px`;
  document.body.append(holder);
  const settings = sigma.getSettings();
  const nodeReducer = settings.nodeReducer;
  const edgeReducer = settings.edgeReducer;
  const copy = new Sigma<RenderNode, RenderEdge>(ctx.graph, holder, {
    ...settings,
    labelSize: settings.labelSize * scale,
    labelGridCellSize: settings.labelGridCellSize * scale,
    nodeReducer: (key, data) => {
      const out = nodeReducer ? nodeReducer(key, data) : data;
      return { ...out, size: (out.size ?? data.size) * scale };
    },
    edgeReducer: (key, data) => {
      const out = edgeReducer ? edgeReducer(key, data) : data;
      return { ...out, size: (out.size ?? data.size) * scale };
    },
  });
  try {
    copy.getCamera().setState(sigma.getCamera().getState());
    copy.refresh();
    const output = document.createElement("canvas");
    output.width = width * scale;
    output.height = height * scale;
    const g = output.getContext("2d");
    if (!g) throw new Error("export: no 2d canvas");
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, output.width, output.height);
    const canvases = copy.getCanvases();
    // drawn in the same task as the render, before the WebGL buffers may be cleared
    for (const layer of LAYERS) {
      const canvas = canvases[layer];
      if (canvas) g.drawImage(canvas, 0, 0, output.width, output.height);
    }
    return await new Promise<Blob>((resolve, reject) => output.toBlob((b) => (b ? resolve(b) : reject(new Error("export: PNG encoding failed"))), "image/png"));
  } finally {
    copy.kill();
    holder.remove();
  }
}
