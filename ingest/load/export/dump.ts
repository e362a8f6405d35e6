/** Reads the whole store (entity graph and provenance layer) into plain rows, and the entity graph into graphology. */
import type { Driver } from "neo4j-driver";
import { MultiDirectedGraph } from "graphology";
import { READ_DOCUMENTS, READ_ENTITIES, READ_FACTS, READ_INDICATORS, READ_MENTIONS, READ_SENTENCES } from "../../../graph/cypher/export.ts";
import { toPlain, type Plain, type Row } from "../run-query.ts";

export interface StoreDump {
  entities: Row[];
  facts: Row[];
  documents: Row[];
  sentences: Row[];
  mentions: Row[];
  indicators: Row[];
}

async function read(driver: Driver, cypher: string, database?: string): Promise<Row[]> {
  const { records } = await driver.executeQuery(cypher, {}, { database });
  return records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
}

export async function dumpStore(driver: Driver, database?: string): Promise<StoreDump> {
  // One statement after another: the exporter is a reader, and a single session keeps memory flat.
  return {
    entities: await read(driver, READ_ENTITIES, database),
    facts: await read(driver, READ_FACTS, database),
    documents: await read(driver, READ_DOCUMENTS, database),
    sentences: await read(driver, READ_SENTENCES, database),
    mentions: await read(driver, READ_MENTIONS, database),
    indicators: await read(driver, READ_INDICATORS, database),
  };
}

export type ExportGraph = MultiDirectedGraph<Record<string, Plain>, Record<string, Plain>>;

/** The entity graph: one node per entity (key as id), one edge per fact (relation key as id). */
export function entityGraph(dump: StoreDump): ExportGraph {
  const graph: ExportGraph = new MultiDirectedGraph();
  for (const { key, ...attrs } of dump.entities) graph.addNode(String(key), attrs);
  for (const { key, source, target, ...attrs } of dump.facts) graph.addEdgeWithKey(String(key), String(source), String(target), attrs);
  return graph;
}
