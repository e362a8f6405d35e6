/** Circular by type: each entity type gets its own ring, the rings placed around one big circle. */
import { ENTITY_TYPES } from "../../../graph/schema.ts";
import type { RenderGraph } from "../data/render-graph.ts";

export function circularByType(graph: RenderGraph): void {
  const groups = ENTITY_TYPES.map((type) => graph.filterNodes((_, a) => a.entity === type).sort((a, b) => graph.degree(b) - graph.degree(a)));
  const used = groups.filter((g) => g.length);
  // ring radius grows with the square root of its size so dense types do not crowd
  const radii = used.map((g) => 10 * Math.sqrt(g.length) + 5);
  const orbit = Math.max(...radii, 1) * 2.2;
  used.forEach((group, g) => {
    const angle = (2 * Math.PI * g) / used.length;
    const cx = used.length > 1 ? orbit * Math.cos(angle) : 0;
    const cy = used.length > 1 ? orbit * Math.sin(angle) : 0;
    group.forEach((node, i) => {
      const a = (2 * Math.PI * i) / group.length;
      graph.mergeNodeAttributes(node, { x: cx + radii[g]! * Math.cos(a), y: cy + radii[g]! * Math.sin(a) });
    });
  });
}
