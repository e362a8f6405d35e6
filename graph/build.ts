/**
 * Builds the knowledge graph from resolved document extractions: a pure union in which the same entity
 * key or relation key from several documents becomes one node or edge carrying all their evidence.
 */
import type { DocumentExtraction, MergeDecision } from "./facts.ts";
import { relationKey } from "./ids.ts";
import { createKgGraph, EVIDENCE_PER_FACT, type KgGraph } from "./model.ts";
import type { Period } from "./schema.ts";

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

export function buildGraph(extractions: readonly DocumentExtraction[], merges: MergeDecision[] = []): KgGraph {
  const graph = createKgGraph();
  graph.replaceAttributes({ documents: extractions.map((e) => e.doc), merges, indicators: [] });
  for (const { doc, entities, relations, indicators } of extractions) {
    const periods: Period[] = doc.period ? [doc.period] : [];
    for (const entity of entities) {
      const evidence = entity.mentions.map((m) => m.evidence);
      if (!graph.hasNode(entity.id)) {
        graph.addNode(entity.id, {
          ...entity.attrs,
          key: entity.id,
          type: entity.type,
          name: entity.name,
          aliases: [...entity.aliases],
          docs: [doc.id],
          periods,
          mentionCount: entity.mentions.length,
          evidence: evidence.slice(0, EVIDENCE_PER_FACT),
        });
        continue;
      }
      graph.updateNodeAttributes(entity.id, (old) => ({
        ...entity.attrs,
        ...old,
        aliases: union(old.aliases, entity.aliases.filter((a) => a !== old.name)),
        docs: union(old.docs, [doc.id]),
        periods: union(old.periods, periods),
        mentionCount: old.mentionCount + entity.mentions.length,
        evidence: [...old.evidence, ...evidence].slice(0, EVIDENCE_PER_FACT),
      }));
    }
    for (const relation of relations) {
      if (!graph.hasNode(relation.from) || !graph.hasNode(relation.to)) continue;
      const key = relationKey(relation.type, relation.from, relation.to);
      if (!graph.hasEdge(key)) {
        graph.addEdgeWithKey(key, relation.from, relation.to, {
          key,
          type: relation.type,
          docs: [doc.id],
          periods,
          rule: relation.rule,
          confidence: relation.confidence,
          evidence: relation.evidence.slice(0, EVIDENCE_PER_FACT),
        });
        continue;
      }
      graph.updateEdgeAttributes(key, (old) => ({
        ...old,
        docs: union(old.docs, [doc.id]),
        periods: union(old.periods, periods),
        confidence: Math.max(old.confidence, relation.confidence),
        evidence: [...old.evidence, ...relation.evidence].slice(0, EVIDENCE_PER_FACT),
      }));
    }
    graph.updateAttribute("indicators", (list) => [...(list ?? []), ...indicators]);
  }
  return graph;
}
