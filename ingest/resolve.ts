/**
 * Cross-document resolution: the same real thing named in several documents becomes one id carrying all
 * its aliases. Two entities of one type are merged when (1) one's name is another's alias or name,
 * excluding forms that only make sense inside one document (高新区, 全区, 两字 short forms), or (2) they
 * are zones whose names fold to the same key (株洲高新区 / 株洲国家高新技术产业开发区) — but never when their names
 * tie them to places apart (湖南省地理信息产业园 / 河北地理信息产业园, see place-identity.ts). Every merge is
 * recorded as a MergeDecision naming the rule and documents, so a wrong merge can be found and undone.
 */
import type { DocumentExtraction, ExtractedEntity, MergeDecision } from "../graph/facts.ts";
import { entityKey, identityForm } from "../graph/ids.ts";
import { PARK_ABBREVIATIONS } from "./extract/lexicon/parks.ts";
import { COLLECTIVE_REFERENCES } from "./extract/lexicon/regions.ts";
import { parkKey } from "./extract/passes/09-aliases.ts";
import { mergePlaces, placesCompatible, placesOfName, type EntityPlaces } from "./place-identity.ts";

const LOCAL_FORMS = new Set<string>([...PARK_ABBREVIATIONS.map((a) => a.short), ...COLLECTIVE_REFERENCES.map((c) => c.surface)]);

/** A surface that identifies its thing beyond one document. */
function globalForm(form: string): boolean {
  return form.length >= 3 && !LOCAL_FORMS.has(form);
}

/** Division code of the city (or, for a plan of a city or province, the region) its bare zone names lie in. */
function planCity(x: DocumentExtraction): string | undefined {
  const regionNamed = (name: string | undefined) => (name === undefined ? undefined : x.entities.find((e) => e.type === "Region" && e.name === name));
  const region = regionNamed(x.doc.region);
  const code = region?.attrs.code;
  const countyLevel = region?.attrs.level === "district" || region?.attrs.level === "county";
  return countyLevel ? (regionNamed(x.doc.parentRegion)?.attrs.code ?? code) : code;
}

export function resolveCorpus(extractions: DocumentExtraction[]): { extractions: DocumentExtraction[]; merges: MergeDecision[] } {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) r = up;
    parent.set(k, r);
    return r;
  };
  // names recur in every document that mentions the thing: fold each once
  const folded = new Map<string, string>();
  const identity = (name: string): string => {
    let f = folded.get(name);
    if (f === undefined) folded.set(name, (f = identityForm(name)));
    return f;
  };
  const names = new Map<string, string>(); // id -> name
  const docsOf = new Map<string, Set<string>>();
  const reasons = new Map<string, string>(); // id -> rule that merged it
  const byForm = new Map<string, string>(); // type|form -> first id
  // root id -> the places its members' names tie it to; read only for entities a merge is tried on
  const places = new Map<string, EntityPlaces>();
  const homes = new Map<string, Set<string>>(); // park id -> cities of the plans that name it
  const types = new Map<string, ExtractedEntity["type"]>();
  const placesOf = (root: string): EntityPlaces => {
    let known = places.get(root);
    if (known === undefined) {
      known = placesOfName(types.get(root) ?? "Park", names.get(root) ?? "", [...(homes.get(root) ?? [])]);
      places.set(root, known);
    }
    return known;
  };
  const union = (a: string, b: string, rule: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const pa = placesOf(ra);
    const pb = placesOf(rb);
    if (!placesCompatible(pa, pb)) return;
    // the longer (more official) name wins
    const na = names.get(ra) ?? "";
    const nb = names.get(rb) ?? "";
    const [into, from] = nb.length > na.length ? [rb, ra] : [ra, rb];
    parent.set(from, into);
    reasons.set(from, rule);
    places.set(into, mergePlaces(pa, pb));
  };
  for (const x of extractions) {
    const home = planCity(x);
    for (const e of x.entities) {
      types.set(e.id, e.type);
      if (home !== undefined && e.type === "Park") {
        const set = homes.get(e.id) ?? new Set<string>();
        set.add(home);
        homes.set(e.id, set);
      }
      names.set(e.id, e.name);
      parent.set(e.id, parent.get(e.id) ?? e.id);
      const docs = docsOf.get(e.id) ?? new Set<string>();
      docs.add(x.doc.id);
      docsOf.set(e.id, docs);
    }
  }
  for (const x of extractions) {
    for (const e of x.entities) {
      const forms = [e.name, ...e.aliases].map(identity).filter(globalForm);
      if (e.type === "Park") forms.push(`park-key:${parkKey(identity(e.name))}`);
      for (const f of forms) {
        const k = `${e.type}|${f}`;
        const other = byForm.get(k);
        if (other === undefined) byForm.set(k, e.id);
        else if (other !== e.id) union(other, e.id, f.startsWith("park-key:") ? "same-zone-key" : "shared-surface");
      }
    }
  }
  // merge decisions, grouped by the surviving id
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    if (root === id) continue;
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  const merges: MergeDecision[] = [...groups].map(([into, merged]) => ({
    into, merged, rule: [...new Set(merged.map((m) => reasons.get(m) ?? "shared-surface"))].join("+"),
    docs: [...new Set([into, ...merged].flatMap((id) => [...(docsOf.get(id) ?? [])]))].sort(),
  }));
  const rename = (id: string): string => find(id);
  const out = extractions.map((x) => {
    const byId = new Map<string, ExtractedEntity>();
    for (const e of x.entities) {
      const root = rename(e.id);
      const name = names.get(root) ?? e.name;
      const cur = byId.get(root);
      const merged: ExtractedEntity = cur ?? { ...e, id: root, name, aliases: [], mentions: [], attrs: { ...e.attrs } };
      for (const a of [e.name, ...e.aliases]) if (a !== name && !merged.aliases.includes(a)) merged.aliases.push(a);
      merged.mentions.push(...e.mentions);
      byId.set(root, merged);
    }
    const seen = new Set<string>();
    const relations = x.relations
      .map((r) => ({ ...r, from: rename(r.from), to: rename(r.to) }))
      .filter((r) => r.from !== r.to && !seen.has(`${r.type}|${r.from}|${r.to}`) && seen.add(`${r.type}|${r.from}|${r.to}`) !== undefined);
    // a figure's subject follows its entity into the merged node
    const indicators = x.indicators.map((f) => ({ ...f, subject: rename(f.subject) }));
    return { ...x, entities: [...byId.values()], relations, indicators };
  });
  return { extractions: out, merges };
}

/** The id an entity of `type` named `name` resolves to after the merges (for callers holding names). */
export function resolvedId(merges: readonly MergeDecision[], type: ExtractedEntity["type"], name: string): string {
  const id = entityKey(type, name);
  return merges.find((m) => m.merged.includes(id))?.into ?? id;
}
