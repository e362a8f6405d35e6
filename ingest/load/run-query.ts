/**
 * Runs a named query of the library and returns plain rows: Neo4j Integers become numbers (or strings
 * beyond 2^53), nodes become their properties, so nothing driver-specific leaves this module.
 */
import neo4j, { isNode, isRelationship, type Driver } from "neo4j-driver";
import type { NamedQuery, ParamValue } from "../../graph/cypher/query.ts";
import { bindParams } from "../../graph/cypher/query.ts";

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };
export type Row = Record<string, Plain>;

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    // Temporal and spatial values print as their ISO/WKT form.
    if (typeof (value as { toString?: unknown }).toString === "function" && Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Sends int parameters as Neo4j INTEGER (a JS number would arrive as FLOAT and break LIMIT). */
function toDriverParams(query: NamedQuery, params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  for (const spec of query.params) {
    const value = out[spec.name];
    if (spec.type === "int" && typeof value === "number") out[spec.name] = neo4j.int(value);
  }
  return out;
}

export async function runQuery(
  driver: Driver,
  query: NamedQuery,
  given: Readonly<Record<string, ParamValue | undefined>> = {},
  options: { database?: string } = {},
): Promise<Row[]> {
  const params = toDriverParams(query, bindParams(query, given));
  const { records } = await driver.executeQuery(query.cypher, params, { database: options.database, routing: neo4j.routing.READ });
  return records.map((record) => Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))])));
}
