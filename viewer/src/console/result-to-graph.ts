/**
 * Which graph nodes a query result names: Neo4j nodes (by their key, or type label + name), relationship
 * ends, and plain strings that are an entity's name (named queries mostly return names).
 */
import { entityKey } from "../../../graph/ids.ts";
import type { KgGraph } from "../../../graph/model.ts";
import { isEntityType, PROP } from "../../../graph/schema.ts";
import type { PlainNode, PlainValue } from "./neo4j-client.ts";

export function nodeKeyOf(node: PlainNode): string | null {
  const key = node.properties[PROP.key];
  if (typeof key === "string") return key;
  const type = node.labels.find(isEntityType);
  const name = node.properties[PROP.name];
  return type && typeof name === "string" ? entityKey(type, name) : null;
}

export function keysInResult(kg: KgGraph, rows: readonly PlainValue[][]): { nodes: Set<string>; unknown: PlainNode[] } {
  const byName = new Map<string, string[]>();
  kg.forEachNode((key, a) => byName.set(a.name, [...(byName.get(a.name) ?? []), key]));
  const nodes = new Set<string>();
  const unknown: PlainNode[] = [];
  const visit = (value: PlainValue): void => {
    if (value === null || typeof value === "number" || typeof value === "boolean") return;
    if (typeof value === "string") {
      byName.get(value)?.forEach((k) => nodes.add(k));
      return;
    }
    if (Array.isArray(value)) return value.forEach(visit);
    if (value.kind === "node" && Array.isArray((value as PlainNode).labels)) {
      const node = value as PlainNode;
      const key = nodeKeyOf(node);
      if (key && kg.hasNode(key)) nodes.add(key);
      else if (key) unknown.push(node);
      return;
    }
    if (value.kind === "relationship") return;
    Object.values(value).forEach((v) => visit(v as PlainValue));
  };
  rows.forEach((row) => row.forEach(visit));
  return { nodes, unknown };
}
