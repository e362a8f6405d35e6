/**
 * The live-Neo4j edge of the viewer: connect with credentials the user typed (kept in memory only, never
 * in the bundle, the URL or storage) and run Cypher in READ transactions, so the server itself refuses
 * any write. Driver values are turned into plain JS here; nothing past this file sees an Integer.
 */
import type { Driver } from "neo4j-driver";
import type * as Neo4jDriver from "neo4j-driver";

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface PlainNode {
  kind: "node";
  labels: string[];
  properties: Record<string, unknown>;
  elementId: string;
}
export interface PlainRelationship {
  kind: "relationship";
  type: string;
  properties: Record<string, unknown>;
  start: string;
  end: string;
  elementId: string;
}
export type PlainValue = string | number | boolean | null | PlainNode | PlainRelationship | PlainValue[] | { [key: string]: PlainValue };

export interface QueryResult {
  keys: string[];
  rows: PlainValue[][];
  ms: number;
}

/** The message a user sees when the server refuses a write inside the read-only console. */
export class WriteRefusedError extends Error {
  override name = "WriteRefusedError";
}

type Neo4jModule = typeof Neo4jDriver;
let module: Promise<Neo4jModule> | null = null;
// loaded on first use: the snapshot viewer never pays for the driver
const driverModule = (): Promise<Neo4jModule> => (module ??= import("neo4j-driver"));

export async function connect(connection: Connection): Promise<Driver> {
  const { default: neo4j } = await driverModule();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), { disableLosslessIntegers: true, connectionTimeout: 10_000 });
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}

function toPlain(neo4j: Neo4jModule, value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isNode(value)) return { kind: "node", labels: [...value.labels], properties: plainProps(neo4j, value.properties), elementId: value.elementId };
  if (neo4j.isRelationship(value)) {
    return { kind: "relationship", type: value.type, properties: plainProps(neo4j, value.properties), start: value.startNodeElementId, end: value.endNodeElementId, elementId: value.elementId };
  }
  if (neo4j.isPath(value)) return value.segments.flatMap((s) => [toPlain(neo4j, s.start), toPlain(neo4j, s.relationship), toPlain(neo4j, s.end)]);
  if (Array.isArray(value)) return value.map((v) => toPlain(neo4j, v));
  if (typeof value === "object") {
    // temporal and spatial values print as their Cypher text
    if ("toString" in value && value.constructor !== Object) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(neo4j, v)]));
  }
  return value as string | number | boolean;
}

function plainProps(neo4j: Neo4jModule, props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toPlain(neo4j, v)]));
}

/** Runs `cypher` in a READ transaction; a write attempt comes back as WriteRefusedError. */
export async function runReadOnly(driver: Driver, cypher: string, params: Record<string, unknown>, database?: string): Promise<QueryResult> {
  const neo4j = await driverModule();
  const session = driver.session({ defaultAccessMode: neo4j.default.session.READ, database });
  const started = performance.now();
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return { keys: [...result.records[0]?.keys ?? []].map(String), rows: result.records.map((r) => r.keys.map((k) => toPlain(neo4j, r.get(k)))), ms: Math.round(performance.now() - started) };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.includes("AccessMode") || /write.*read access mode|read.only/i.test((error as Error).message ?? "")) {
      throw new WriteRefusedError(`只读控制台：写操作被拒绝（${(error as Error).message}）`, { cause: error });
    }
    throw error;
  } finally {
    await session.close();
  }
}
