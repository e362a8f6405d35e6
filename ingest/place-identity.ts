/**
 * The places an entity's name ties it to, so that resolution never merges the zones of two places:
 * 湖南省地理信息产业园 and 河北地理信息产业园 share the place-less short form 地理信息产业园, but they are two parks.
 * A name carries the divisions written in it; a park named without one (地理信息产业园) is read as lying in the
 * city of the plan that names it, since plans name their own zones bare. Two sets of places are compatible when
 * every place of one lies inside or around some place of the other (株洲市 and 天元区 are; 株洲 and 太原 are not).
 */
import type { EntityType } from "../graph/schema.ts";
import { findRegionMentions, insidePrefix } from "./lexicon/region-scanner.ts";

/** One place a name points at: the division codes it can be (a short form may name several). */
export type Place = readonly string[];

/** x lies inside y, or y inside x (430211 and 430200 do; 430211 and 430202 do not). */
function nested(x: string, y: string): boolean {
  return x.startsWith(insidePrefix(y)) || y.startsWith(insidePrefix(x));
}

function samePlace(a: Place, b: Place): boolean {
  return a.some((x) => b.some((y) => nested(x, y)));
}

/** No place of either set lies apart from every place of the other. */
export function placesCompatible(a: readonly Place[], b: readonly Place[]): boolean {
  return a.every((p) => b.length === 0 || b.some((q) => samePlace(p, q))) && b.every((q) => a.length === 0 || a.some((p) => samePlace(p, q)));
}

export interface PlanPlace {
  /** Code of the division a bare zone name is taken to lie in: the plan's city, or its own region. */
  home?: string;
}

const placesByName = new Map<string, Place[]>();

/**
 * The places `name` is tied to, read as `type` in a plan about `plan`. Names are read without a region
 * context (full names, and short forms of provinces and cities): one scanner serves every plan, and a zone
 * named by its county's short form (天心文化产业园) is placed by its plan's city like a bare one.
 */
export function placesOfName(type: EntityType, name: string, plan: PlanPlace): Place[] {
  let written = placesByName.get(name);
  if (written === undefined) {
    if (placesByName.size >= 50_000) placesByName.clear();
    written = findRegionMentions(name, []).map((m) => m.candidates.map((c) => c.code));
    placesByName.set(name, written);
  }
  if (written.length > 0 || type !== "Park" || plan.home === undefined) return written;
  return [[plan.home]];
}
