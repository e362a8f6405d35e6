/** The typed graphology graph shared by ingest (which builds it) and the viewer (which draws it). */
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { DocumentMeta, EntityAttrs, Evidence, IndicatorFact, MergeDecision } from "./facts.ts";
import type { EntityType, Period, RelationType } from "./schema.ts";

export interface NodeAttributes extends EntityAttrs {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Documents that mention the entity. */
  docs: string[];
  periods: Period[];
  mentionCount: number;
  /** Evidence, at most EVIDENCE_PER_FACT items (the full set lives in Neo4j). */
  evidence: Evidence[];
}

export interface EdgeAttributes {
  key: string;
  type: RelationType;
  docs: string[];
  periods: Period[];
  rule: string;
  confidence: number;
  evidence: Evidence[];
}

export interface GraphAttributes {
  documents: DocumentMeta[];
  merges: MergeDecision[];
  indicators: IndicatorFact[];
}

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedKgGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** How many evidence items a node or edge keeps in the graph snapshot. */
export const EVIDENCE_PER_FACT = 12;

/** An empty knowledge graph with no documents. */
export function createKgGraph(): KgGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ documents: [], merges: [], indicators: [] });
  return graph;
}
