/**
 * Stable keys: the same function feeds the graphology builder and the Neo4j MERGE, so loading the same
 * facts twice changes nothing.
 */
import type { EntityType, RelationType } from "./schema.ts";

/** Normalises a name for identity: NFKC, no white space, no quotes or brackets. */
export function identityForm(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\u3000“”"'‘’《》〈〉「」『』【】]/gu, "")
    .trim();
}

/** `Industry:轨道交通` — the key of an entity node. */
export function entityKey(type: EntityType, canonicalName: string): string {
  return `${type}:${identityForm(canonicalName)}`;
}

/** `DEVELOPS|Region:天元区|Industry:轨道交通` — the key of a relation edge. */
export function relationKey(type: RelationType, fromKey: string, toKey: string): string {
  return `${type}|${fromKey}|${toKey}`;
}

/** `000_8c1d04e729e92782.txt#42` — the key of a sentence (document, line). */
export function sentenceKey(docId: string, line: number): string {
  return `${docId}#${line}`;
}
