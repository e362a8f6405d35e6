/**
 * The test oracle: what the store should hold and answer, computed in plain TypeScript straight from the
 * extractions (never from the database). Query tests compare Neo4j's answers with these, so they hold for
 * whatever the extractor finds in the corpus, not for one version of it.
 */
import type { DocumentExtraction } from "../../graph/facts.ts";
import { relationKey, sentenceKey } from "../../graph/ids.ts";
import { relationAllowed, type EntityType, type Period, type RelationType } from "../../graph/schema.ts";
import { documentPeriod } from "../../ingest/load/rows.ts";

export interface OracleEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  docs: Set<string>;
  broader?: string;
}

export interface OracleIndicator {
  subject: string;
  indicator: string;
  value: number;
  unit: string;
  kind: string;
  year: number | null;
  doc: string;
  line: number;
}

export interface OracleFact {
  key: string;
  type: RelationType;
  from: string;
  to: string;
  docs: Set<string>;
  sentences: Set<string>;
  periods: Set<Period>;
}

export interface Oracle {
  entities: Map<string, OracleEntity>;
  facts: Map<string, OracleFact>;
  sentences: Set<string>;
  mentions: Set<string>;
  indicators: OracleIndicator[];
  docs: string[];
}

export function oracle(extractions: readonly DocumentExtraction[]): Oracle {
  const entities = new Map<string, OracleEntity>();
  const facts = new Map<string, OracleFact>();
  const sentences = new Set<string>();
  const mentions = new Set<string>();
  const indicatorList: OracleIndicator[] = [];
  for (const { doc, entities: found, relations, indicators } of extractions) {
    const period = documentPeriod(doc);
    const types = new Map<string, EntityType>();
    for (const e of found) {
      types.set(e.id, e.type);
      const known = entities.get(e.id) ?? { key: e.id, type: e.type, name: e.name, aliases: new Set<string>(), docs: new Set<string>() };
      known.name = e.name; // the last document loaded names the node
      e.aliases.forEach((a) => known.aliases.add(a));
      known.docs.add(doc.id);
      known.broader = e.attrs.broader ?? known.broader;
      entities.set(e.id, known);
      for (const m of e.mentions) {
        const s = sentenceKey(doc.id, m.evidence.line);
        sentences.add(s);
        mentions.add(`${e.id}->${s}`);
      }
    }
    for (const r of relations) {
      const from = types.get(r.from);
      const to = types.get(r.to);
      if (!from || !to || !relationAllowed(r.type, from, to)) continue;
      const key = relationKey(r.type, r.from, r.to);
      const fact = facts.get(key) ?? { key, type: r.type, from: r.from, to: r.to, docs: new Set(), sentences: new Set(), periods: new Set() };
      fact.docs.add(doc.id);
      if (period) fact.periods.add(period);
      for (const ev of r.evidence) {
        const s = sentenceKey(doc.id, ev.line);
        fact.sentences.add(s);
        sentences.add(s);
      }
      facts.set(key, fact);
    }
    for (const i of indicators) {
      if (!types.has(i.subject)) continue;
      sentences.add(sentenceKey(doc.id, i.evidence.line));
      const { subject, indicator, value, unit, kind } = i;
      indicatorList.push({ subject, indicator, value, unit, kind, year: i.year ?? null, doc: doc.id, line: i.evidence.line });
    }
  }
  for (const e of entities.values()) e.aliases.delete(e.name);
  return { entities, facts, sentences, mentions, indicators: indicatorList, docs: extractions.map((e) => e.doc.id) };
}

/** Keys of the entities called `name` (canonical or alias), optionally of one type. */
export function keysNamed(o: Oracle, name: string, type?: EntityType): string[] {
  return [...o.entities.values()].filter((e) => (!type || e.type === type) && (e.name === name || e.aliases.has(name))).map((e) => e.key);
}

export const nameOf = (o: Oracle, key: string): string => o.entities.get(key)?.name ?? key;

function factsOf(o: Oracle, type: RelationType): OracleFact[] {
  return [...o.facts.values()].filter((f) => f.type === type);
}

/** The entity and what is LOCATED_IN it, up to two steps: the queries' notion of "a region's own". */
export function within(o: Oracle, key: string): Set<string> {
  const located = factsOf(o, "LOCATED_IN");
  const inside = new Set([key]);
  let frontier = [key];
  for (let step = 0; step < 2; step++) {
    frontier = located.filter((f) => frontier.includes(f.to)).map((f) => f.from);
    frontier.forEach((k) => inside.add(k));
  }
  return inside;
}

/** Targets of `type` facts starting anywhere within the entity: industries it develops, strategies it implements. */
export function reached(o: Oracle, key: string, type: RelationType): Map<string, OracleFact[]> {
  const inside = within(o, key);
  const out = new Map<string, OracleFact[]>();
  for (const f of factsOf(o, type)) if (inside.has(f.from)) out.set(f.to, [...(out.get(f.to) ?? []), f]);
  return out;
}

/** Entities reached from `from` in the fewest steps along facts (either direction); -1 if unreachable. */
export function shortestHops(o: Oracle, from: string, to: string, allowed: (type: RelationType) => boolean, max = 8): number {
  const neighbours = new Map<string, string[]>();
  for (const f of o.facts.values()) {
    if (!allowed(f.type)) continue;
    neighbours.set(f.from, [...(neighbours.get(f.from) ?? []), f.to]);
    neighbours.set(f.to, [...(neighbours.get(f.to) ?? []), f.from]);
  }
  const seen = new Set([from]);
  let frontier = [from];
  for (let hops = 1; hops <= max && frontier.length; hops++) {
    const next: string[] = [];
    for (const k of frontier) {
      for (const n of neighbours.get(k) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
      }
    }
    if (seen.has(to)) return hops;
    frontier = next;
  }
  return -1;
}
