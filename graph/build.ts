/**
 * Builds the knowledge graph from resolved document extractions: a pure union in which the same entity
 * key or relation key from several documents becomes one node or edge carrying all their evidence.
 * Support (documents, aliases, periods) is gathered in sets first and written once, so building stays
 * linear in the number of documents that name the same thing.
 */
import type { DocumentExtraction, Evidence, MergeDecision } from "./facts.ts";
import { relationKey } from "./ids.ts";
import { createKgGraph, EVIDENCE_PER_FACT, type EdgeAttributes, type KgGraph, type NodeAttributes } from "./model.ts";
import type { Period } from "./schema.ts";

interface Support {
  docs: Set<string>;
  periods: Set<Period>;
  evidence: Evidence[];
}

const newSupport = (): Support => ({ docs: new Set(), periods: new Set(), evidence: [] });

function addSupport(support: Support, doc: string, period: Period | undefined, evidence: readonly Evidence[]): void {
  support.docs.add(doc);
  if (period) support.periods.add(period);
  for (const item of evidence) {
    if (support.evidence.length >= EVIDENCE_PER_FACT) break;
    support.evidence.push(item);
  }
}

/** `addSupport` with a mention list's evidence, read in place (no array of it made per entity and document). */
function addMentionSupport(support: Support, doc: string, period: Period | undefined, mentions: ReadonlyArray<{ evidence: Evidence }>): void {
  support.docs.add(doc);
  if (period) support.periods.add(period);
  for (const mention of mentions) {
    if (support.evidence.length >= EVIDENCE_PER_FACT) break;
    support.evidence.push(mention.evidence);
  }
}

/** True when an attribute object has no keys of its own (most entities but regions and industries). */
function isEmpty(attrs: object): boolean {
  for (const key in attrs) if (Object.hasOwn(attrs, key)) return false;
  return true;
}

export function buildGraph(extractions: readonly DocumentExtraction[], merges: MergeDecision[] = []): KgGraph {
  const graph = createKgGraph();
  const nodes = new Map<string, { attrs: NodeAttributes; aliases: Set<string>; support: Support }>();
  const edges = new Map<string, { attrs: EdgeAttributes; from: string; to: string; support: Support }>();

  for (const { doc, entities, relations } of extractions) {
    for (const entity of entities) {
      let node = nodes.get(entity.id);
      if (!node) {
        const attrs: NodeAttributes = {
          ...entity.attrs,
          key: entity.id,
          type: entity.type,
          name: entity.name,
          aliases: [],
          docs: [],
          periods: [],
          mentionCount: 0,
          evidence: [],
        };
        node = { attrs, aliases: new Set(), support: newSupport() };
        nodes.set(entity.id, node);
      } else if (!isEmpty(entity.attrs)) {
        // attributes the first document left open are filled from later ones
        node.attrs = { ...entity.attrs, ...node.attrs };
      }
      for (const alias of entity.aliases) node.aliases.add(alias);
      node.attrs.mentionCount += entity.mentions.length;
      addMentionSupport(node.support, doc.id, doc.period, entity.mentions);
    }
    for (const relation of relations) {
      if (!nodes.has(relation.from) || !nodes.has(relation.to)) continue;
      const key = relationKey(relation.type, relation.from, relation.to);
      let edge = edges.get(key);
      if (!edge) {
        const attrs: EdgeAttributes = { key, type: relation.type, docs: [], periods: [], rule: relation.rule, confidence: relation.confidence, evidence: [] };
        edge = { attrs, from: relation.from, to: relation.to, support: newSupport() };
        edges.set(key, edge);
      }
      edge.attrs.confidence = Math.max(edge.attrs.confidence, relation.confidence);
      addSupport(edge.support, doc.id, doc.period, relation.evidence);
    }
  }

  for (const [id, { attrs, aliases, support }] of nodes) {
    aliases.delete(attrs.name);
    graph.addNode(id, { ...attrs, aliases: [...aliases], docs: [...support.docs], periods: [...support.periods], evidence: support.evidence });
  }
  for (const [key, { attrs, from, to, support }] of edges) {
    graph.addEdgeWithKey(key, from, to, { ...attrs, docs: [...support.docs], periods: [...support.periods], evidence: support.evidence });
  }
  graph.replaceAttributes({ documents: extractions.map((e) => e.doc), merges, indicators: extractions.flatMap((e) => e.indicators) });
  return graph;
}
