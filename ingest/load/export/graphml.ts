/** GraphML (yEd, Cytoscape, NetworkX): every attribute declared as a key; lists joined with "|". */
import type { Plain } from "../run-query.ts";
import type { ExportGraph } from "./dump.ts";

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
// XML 1.0 forbids most control characters even when escaped.
const clean = (text: string) =>
  [...text].filter((ch) => ch.charCodeAt(0) >= 0x20 || ch === "\t" || ch === "\n" || ch === "\r").join("");

function typeOf(values: Plain[]): "string" | "double" | "long" | "boolean" {
  const present = values.filter((v) => v !== null);
  if (present.length && present.every((v) => typeof v === "boolean")) return "boolean";
  if (present.length && present.every((v) => typeof v === "number")) return present.every((v) => Number.isInteger(v)) ? "long" : "double";
  return "string";
}

const text = (v: Plain) => (Array.isArray(v) ? v.map((x) => String(x)).join("|") : typeof v === "object" && v !== null ? JSON.stringify(v) : String(v));

function keys(scope: "node" | "edge", rows: Array<Record<string, Plain>>): Array<{ id: string; name: string; type: string }> {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return names.map((name) => ({ id: `${scope[0]}_${name}`, name, type: typeOf(rows.map((r) => r[name] ?? null)) }));
}

export function toGraphml(graph: ExportGraph): string {
  const nodes: Array<[string, Record<string, Plain>]> = graph.mapNodes((key, attrs) => [key, attrs]);
  const edges: Array<[string, string, string, Record<string, Plain>]> = graph.mapEdges((key, attrs, source, target) => [key, source, target, attrs]);
  const nodeKeys = keys("node", nodes.map(([, a]) => a));
  const edgeKeys = keys("edge", edges.map(([, , , a]) => a));
  const data = (declared: typeof nodeKeys, attrs: Record<string, Plain>) =>
    declared
      .filter((k) => attrs[k.name] !== undefined && attrs[k.name] !== null)
      .map((k) => `<data key="${k.id}">${xml(clean(text(attrs[k.name]!)))}</data>`)
      .join("");
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="plangraph" edgedefault="directed">`,
    ...nodes.map(([key, attrs]) => `    <node id="${xml(key)}">${data(nodeKeys, attrs)}</node>`),
    ...edges.map(([key, source, target, attrs]) => `    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">${data(edgeKeys, attrs)}</edge>`),
    `  </graph>`,
    `</graphml>`,
    "",
  ];
  return lines.join("\n");
}
