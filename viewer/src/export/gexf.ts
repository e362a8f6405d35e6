/** GEXF export of the visible subgraph, with the entity attributes Gephi can filter on and the current layout. */
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf/browser";
import type { AppContext } from "../app/context.ts";

export function exportGexf(ctx: AppContext): string {
  const { kg, graph, sigma } = ctx;
  const { visible } = ctx.scene();
  const sub = new MultiDirectedGraph();
  for (const key of visible.nodes) {
    const a = kg.getNodeAttributes(key);
    const r = graph.getNodeAttributes(key);
    const d = sigma.getNodeDisplayData(key);
    sub.addNode(key, {
      label: a.name,
      type: a.type,
      aliases: a.aliases.join("|"),
      periods: a.periods.join("|"),
      docs: a.docs.join("|"),
      code: a.code ?? "",
      mentions: a.mentionCount,
      x: r.x,
      y: r.y,
      size: r.size,
      color: d?.color ?? r.color,
    });
  }
  for (const key of visible.edges) {
    const a = kg.getEdgeAttributes(key);
    sub.addEdgeWithKey(key, kg.source(key), kg.target(key), { label: a.type, type: a.type, periods: a.periods.join("|"), docs: a.docs.join("|"), confidence: a.confidence });
  }
  return write(sub, {
    formatNode: (_key, attrs) => {
      const { label, x, y, size, color, ...attributes } = attrs as Record<string, string | number>;
      return { label: String(label), attributes, viz: { x: Number(x), y: Number(y), size: Number(size), color: String(color) } };
    },
    formatEdge: (_key, attrs) => {
      const { label, ...attributes } = attrs as Record<string, string | number>;
      return { label: String(label), attributes };
    },
  });
}
