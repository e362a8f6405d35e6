/** GEXF 1.3 for Gephi: nodes labelled with their Chinese names, list attributes as liststring. */
import { write } from "graphology-gexf";
import type { Plain } from "../run-query.ts";
import type { ExportGraph } from "./dump.ts";

/** Drops empty values: GEXF attribute types are inferred per column and null has none. */
const present = (attrs: Record<string, Plain>) => Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)));

export function toGexf(graph: ExportGraph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, attrs) => ({ label: String(attrs.name ?? _key), attributes: present(attrs) }),
    formatEdge: (_key, attrs) => ({ label: String(attrs.type ?? ""), attributes: present(attrs) }),
  });
}
