/**
 * The snapshot: graphology's serialised graph plus provenance, written by the ingest and embedded by the
 * viewer so that it runs without a database.
 *
 * Version 2 stores each source sentence once, in `sentences`, each section path once, in `sections`, and
 * every piece of evidence as a reference to its sentence plus the mention's span: one sentence supports
 * several entities, relations and figures, and its text and section path repeated for each were most of a
 * large snapshot. Keys that follow from the rest are left out too: a node's `key` attribute (its graph key)
 * and an edge's key (`relationKey` of its type and ends), written twice for 50 000 edges otherwise. Version 1
 * files, which hold all of it written out, are still read.
 */
import type { SerializedGraph } from "graphology-types";
import { SchemaError } from "./errors.ts";
import type { Evidence, IndicatorFact } from "./facts.ts";
import { relationKey } from "./ids.ts";
import { initialPositions, type Positions } from "./layout.ts";
import { createKgGraph, type EdgeAttributes, type GraphAttributes, type KgGraph, type NodeAttributes, type SerializedKgGraph } from "./model.ts";

export const SNAPSHOT_FORMAT = "plangraph-snapshot";
export const SNAPSHOT_VERSION = 2;
/** Versions fromSnapshot reads. */
const READABLE_VERSIONS: readonly number[] = [1, SNAPSHOT_VERSION];

/** A source sentence stored once: document id, 1-based line, row of its section path in `sections`, the sentence as written. */
export type StoredSentence = [doc: string, line: number, section: number, sentence: string];

/** Evidence as stored: the row of its sentence in `Snapshot.sentences`, and the mention's span inside it. */
export interface StoredEvidence {
  at: number;
  span: [number, number];
}

/** Attributes as stored: evidence by reference, and `key` only where it does not follow from the graph key. */
type Stored<T extends { key: string; evidence: Evidence[] }> = Omit<T, "evidence" | "key"> & { key?: string; evidence: StoredEvidence[] };
type StoredIndicator = Omit<IndicatorFact, "evidence"> & { evidence: StoredEvidence };
type StoredGraphAttributes = Omit<GraphAttributes, "indicators"> & { indicators: StoredIndicator[] };
export type StoredGraph = SerializedGraph<Stored<NodeAttributes>, Stored<EdgeAttributes>, StoredGraphAttributes>;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  sections: string[][];
  sentences: StoredSentence[];
  graph: StoredGraph;
  /**
   * Where the viewer first draws each node (graph/layout.ts), computed once when the snapshot is written
   * so that the page draws at once instead of laying the graph out on load. Optional: a snapshot without
   * it is laid out by the viewer with the same function.
   */
  positions?: Positions;
}

export interface SnapshotOptions {
  /** Compute the initial layout and store it (what the ingest does for the viewer). */
  layout?: boolean;
}

export function toSnapshot(graph: KgGraph, options: SnapshotOptions = {}): Snapshot {
  const sections: string[][] = [];
  const sectionRows = new Map<string, number>();
  const sentences: StoredSentence[] = [];
  const rows = new Map<string, number>();
  const store = (e: Evidence): StoredEvidence => {
    const path = e.section.join("\u0001");
    let section = sectionRows.get(path);
    if (section === undefined) {
      section = sections.length;
      sections.push(e.section);
      sectionRows.set(path, section);
    }
    const key = `${e.doc}\u0000${e.line}\u0000${section}\u0000${e.sentence}`;
    let at = rows.get(key);
    if (at === undefined) {
      at = sentences.length;
      sentences.push([e.doc, e.line, section, e.sentence]);
      rows.set(key, at);
    }
    return { at, span: e.span };
  };
  const exported = graph.export();
  const stored: StoredGraph = {
    ...exported,
    attributes: exported.attributes && {
      ...exported.attributes,
      indicators: exported.attributes.indicators.map((f) => ({ ...f, evidence: store(f.evidence) })),
    },
    nodes: exported.nodes.map(({ key, attributes }) => ({ key, attributes: attributes && storedAttributes(attributes, key, store) })),
    edges: exported.edges.map(({ key, source, target, attributes, undirected }) => {
      const derived = attributes !== undefined && key === relationKey(attributes.type, source, target);
      return {
        ...(derived ? {} : { key }),
        source,
        target,
        ...(undirected ? { undirected } : {}),
        attributes: attributes && storedAttributes(attributes, key ?? "", store),
      };
    }),
  };
  const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, sections, sentences, graph: stored };
  if (options.layout) snapshot.positions = initialPositions(graph);
  return snapshot;
}

function storedAttributes<T extends { key: string; evidence: Evidence[] }>(attributes: T, graphKey: string, store: (e: Evidence) => StoredEvidence): Stored<T> {
  const { key, evidence, ...rest } = attributes;
  return { ...rest, ...(key === graphKey ? {} : { key }), evidence: evidence.map(store) };
}

/** The serialised graph of a version 2 snapshot with every key and piece of evidence written out again. */
function expandEvidence(stored: StoredGraph, sections: readonly string[][], sentences: readonly StoredSentence[]): SerializedKgGraph {
  const load = (ref: StoredEvidence): Evidence => {
    const row = sentences[ref.at];
    const section = row && sections[row[2]];
    if (!row || !section) throw new SchemaError(`snapshot: evidence points at sentence ${String(ref.at)}, which the file does not hold whole`);
    return { doc: row[0], section, line: row[1], sentence: row[3], span: ref.span };
  };
  return {
    ...stored,
    attributes: stored.attributes && {
      ...stored.attributes,
      indicators: stored.attributes.indicators.map((f) => ({ ...f, evidence: load(f.evidence) })),
    },
    nodes: stored.nodes.map(({ key, attributes }) => ({
      key,
      attributes: attributes && { ...attributes, key: attributes.key ?? key, evidence: attributes.evidence.map(load) },
    })),
    edges: stored.edges.map((e) => {
      const a = e.attributes;
      if (!a) throw new SchemaError("snapshot: an edge without its attributes");
      const key = e.key ?? relationKey(a.type, e.source, e.target);
      return { ...e, key, attributes: { ...a, key: a.key ?? key, evidence: a.evidence.map(load) } };
    }),
  };
}

export function fromSnapshot(data: unknown): KgGraph {
  const snapshot = data as { format?: unknown; version?: unknown; graph?: unknown; sections?: unknown; sentences?: unknown } | null;
  if (!snapshot || snapshot.format !== SNAPSHOT_FORMAT) {
    throw new SchemaError(`snapshot: not a ${SNAPSHOT_FORMAT} file`);
  }
  if (!READABLE_VERSIONS.includes(snapshot.version as number)) {
    throw new SchemaError(`snapshot: version ${String(snapshot.version)} is not supported (this viewer reads ${READABLE_VERSIONS.join(" and ")})`);
  }
  let serialized: SerializedKgGraph;
  if (snapshot.version === 1) serialized = snapshot.graph as SerializedKgGraph;
  else {
    if (!Array.isArray(snapshot.sentences) || !Array.isArray(snapshot.sections)) throw new SchemaError("snapshot: version 2 file without its sentences");
    serialized = expandEvidence(snapshot.graph as StoredGraph, snapshot.sections as string[][], snapshot.sentences as StoredSentence[]);
  }
  const graph = createKgGraph();
  graph.import(serialized);
  return graph;
}

/** The stored initial positions of a snapshot read by fromSnapshot, or null when it has none for this graph. */
export function snapshotPositions(data: unknown, graph: KgGraph): Positions | null {
  const positions = (data as Partial<Snapshot> | null)?.positions;
  if (!positions || typeof positions !== "object") return null;
  // a position for every node, or none at all: a partial table would leave nodes nowhere
  return graph.everyNode((key) => Array.isArray(positions[key]) && positions[key].length === 2) ? positions : null;
}
