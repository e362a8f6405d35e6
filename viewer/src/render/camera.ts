/** Camera helpers: fit a set of nodes into view, keep sigma sized to its container. */
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "../data/render-graph.ts";

/** Animates the camera so every node in `keys` is in view (sigma's framed coordinates span the full graph as 0–1). */
export function fitNodes(sigma: Sigma<RenderNode, RenderEdge>, keys: Iterable<string>, duration = 400): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const key of keys) {
    const d = sigma.getNodeDisplayData(key);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(1, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.25));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 }, { duration });
}

/** The part of a sigma renderer this needs, so it serves renderers of any attribute types. */
interface Resizable {
  resize(): unknown;
  refresh(options?: { skipIndexation?: boolean }): unknown;
  getContainer(): HTMLElement;
}

/** Sigma only listens to window resizes; panels opening and closing resize its container too. */
export function followContainerSize(sigma: Resizable): () => void {
  const container = sigma.getContainer();
  let size = `${container.offsetWidth}x${container.offsetHeight}`;
  const observer = new ResizeObserver(() => {
    // the observer also reports the size sigma was created at: redrawing then would draw the graph twice
    // before the first frame (a full refresh: ~1 s at 10k nodes / 50k edges on software WebGL)
    const now = `${container.offsetWidth}x${container.offsetHeight}`;
    if (now === size) return;
    size = now;
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  observer.observe(sigma.getContainer());
  return () => observer.disconnect();
}
