/**
 * First layout on load. The ingest stores it in the snapshot (graph/layout.ts), so the page only copies
 * the positions and draws. A snapshot without them is laid out here with the same function, up to
 * SYNC_LIMIT nodes; above that a synchronous run would block the page for seconds (~10 s at 10k nodes /
 * 50k edges), so a large graph opens on a circle and ForceAtlas2 continues in the worker.
 */
import { circular } from "graphology-layout";
import { initialPositions, type Positions } from "../../../graph/layout.ts";
import type { RenderGraph } from "../data/render-graph.ts";

export const SYNC_LIMIT = 2500;

/** Moves every node to its stored position; the graph's own attributes other than x and y are kept. */
export function applyPositions(graph: RenderGraph, positions: Positions): void {
  graph.updateEachNodeAttributes(
    (key, attrs) => {
      const [x, y] = positions[key] ?? [attrs.x, attrs.y];
      attrs.x = x;
      attrs.y = y;
      return attrs;
    },
    { attributes: ["x", "y"] },
  );
}

/** Returns false when the layout still needs the worker to settle. */
export function initialLayout(graph: RenderGraph, stored: Positions | null = null): boolean {
  if (stored) {
    applyPositions(graph, stored);
    return true;
  }
  if (graph.order > SYNC_LIMIT) {
    circular.assign(graph, { scale: 100 });
    return false;
  }
  applyPositions(graph, initialPositions(graph));
  return true;
}
