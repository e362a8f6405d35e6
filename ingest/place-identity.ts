/**
 * The places an entity's names tie it to, so that resolution never merges the zones of two places:
 * 湖南省地理信息产业园 and 河北地理信息产业园 share the place-less short form 地理信息产业园, but they are two parks.
 *
 * A name carries the divisions written in it. A park named without one (地理信息产业园) is taken to lie in the
 * city of a plan that names it bare — its home — since plans name their own zones bare; but a bare name is also
 * how a plan names a well-known zone of its neighbour, so homes only decide between a bare zone and a named
 * one, never between two bare ones. Divisions are compatible when one lies inside the other (株洲市 and 天元区
 * are; 株洲 and 太原 are not, nor are two districts of one city).
 */
import type { EntityType } from "../graph/schema.ts";
import { findRegionMentions, insidePrefix } from "./lexicon/region-scanner.ts";

/** One place a name points at: the division codes it can be (a short form may name several). */
export type Place = readonly string[];

/** The places of one entity, or of a group of entities resolution has merged. */
export interface EntityPlaces {
  /** Divisions written in the names. */
  written: Place[];
  /** Cities of the plans that name a park bare. */
  homes: Place[];
}

/** x lies inside y, or y inside x (430211 and 430200 do; 430211 and 430202 do not). */
function nested(x: string, y: string): boolean {
  return x.startsWith(insidePrefix(y)) || y.startsWith(insidePrefix(x));
}

function samePlace(a: Place, b: Place): boolean {
  return a.some((x) => b.some((y) => nested(x, y)));
}

/** Every place of each list lies inside or around some place of the other (an empty list fits anything). */
function allCompatible(a: readonly Place[], b: readonly Place[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.every((p) => b.some((q) => samePlace(p, q))) && b.every((q) => a.some((p) => samePlace(p, q)));
}

/** A bare zone may join a named one only if some plan naming it bare lies in the named zone's place. */
function homeFits(bare: EntityPlaces, named: EntityPlaces): boolean {
  return bare.homes.length === 0 || bare.homes.some((h) => named.written.every((w) => samePlace(h, w)));
}

/** Whether two entities (or merged groups) may be one thing as far as their places go. */
export function placesCompatible(a: EntityPlaces, b: EntityPlaces): boolean {
  if (!allCompatible(a.written, b.written)) return false;
  if (a.written.length === 0 && b.written.length > 0) return homeFits(a, b);
  if (b.written.length === 0 && a.written.length > 0) return homeFits(b, a);
  return true;
}

export function mergePlaces(a: EntityPlaces, b: EntityPlaces): EntityPlaces {
  const add = (into: Place[], more: readonly Place[]) => {
    for (const p of more) if (!into.some((q) => q.join() === p.join())) into.push(p);
    return into;
  };
  return { written: add([...a.written], b.written), homes: add([...a.homes], b.homes) };
}

const writtenByName = new Map<string, Place[]>();

/**
 * The places of an entity named `name`, of `type`, named bare by plans whose cities are `homes`. Names are
 * read without a region context (full names, and short forms of provinces and cities): one scanner serves
 * every plan, and a zone named by its county's short form (天心文化产业园) is placed by its plan's city like a
 * bare one.
 */
export function placesOfName(type: EntityType, name: string, homes: readonly string[] = []): EntityPlaces {
  let written = writtenByName.get(name);
  if (written === undefined) {
    if (writtenByName.size >= 50_000) writtenByName.clear();
    written = findRegionMentions(name, []).map((m) => m.candidates.map((c) => c.code));
    writtenByName.set(name, written);
  }
  const bareZone = written.length === 0 && type === "Park";
  return { written: [...written], homes: bareZone ? homes.map((h) => [h]) : [] };
}
