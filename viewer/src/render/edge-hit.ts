/**
 * Finds the drawn edge nearest to a click. Sigma's own edge picking reads a half-resolution buffer in
 * which thin edges are a pixel wide or less, so clicks exactly on a line often miss; a geometric test
 * with a few pixels of tolerance is what a user expects.
 */
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "../data/render-graph.ts";

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function edgeNear(sigma: Sigma<RenderNode, RenderEdge>, x: number, y: number, tolerance = 5): string | null {
  const graph = sigma.getGraph();
  let best: string | null = null;
  let bestDistance = tolerance;
  graph.forEachEdge((edge, _, source, target) => {
    const edgeData = sigma.getEdgeDisplayData(edge);
    const s = sigma.getNodeDisplayData(source);
    const t = sigma.getNodeDisplayData(target);
    if (!edgeData || edgeData.hidden || !s || !t || s.hidden || t.hidden) return;
    const a = sigma.framedGraphToViewport(s);
    const b = sigma.framedGraphToViewport(t);
    const d = distanceToSegment(x, y, a.x, a.y, b.x, b.y);
    if (d < bestDistance) {
      bestDistance = d;
      best = edge;
    }
  });
  return best;
}
