/**
 * Real places for the synthetic corpus: which cities and counties a corpus document talks about, and a
 * mapping of those names (full and short forms) onto another real city and its own counties, all read
 * from the division table (GB/T 2260) so the recombined text still names places that exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../ingest/corpus.ts";

export interface Division {
  code: string;
  name: string;
}

export interface DivisionTable {
  provinces: Map<string, Division>;
  /** Prefecture-level cities named …市, by 4-digit code, with at least three county-level children. */
  cities: Division[];
  countiesOf: Map<string, Division[]>;
}

export function readDivisions(file = join(REPO_ROOT, "ingest", "lexicon", "divisions.generated.json")): DivisionTable {
  const rows = (JSON.parse(readFileSync(file, "utf8")) as { rows: Array<[string, string]> }).rows;
  const provinces = new Map<string, Division>();
  const countiesOf = new Map<string, Division[]>();
  const allCities: Division[] = [];
  for (const [code, name] of rows) {
    if (code.length === 2) provinces.set(code, { code, name });
    else if (code.length === 4) allCities.push({ code, name });
    else if (code.length === 6) {
      const list = countiesOf.get(code.slice(0, 4)) ?? [];
      list.push({ code, name });
      countiesOf.set(code.slice(0, 4), list);
    }
  }
  // provinces named …省 only, so the province's short form is simply the name without 省
  const cities = allCities.filter(
    (c) => c.name.endsWith("市") && c.name.length >= 3 && (countiesOf.get(c.code)?.length ?? 0) >= 3 && provinces.get(c.code.slice(0, 2))?.name.endsWith("省"),
  );
  return { provinces, cities, countiesOf };
}

/** The form a plan uses for a place when it drops the suffix: 天心区 → 天心, 株洲市 → 株洲, 湖南省 → 湖南. */
export function shortForm(name: string): string | null {
  const stem = name.replace(/(省|市|区|县)$/u, "");
  return stem.length >= 2 && stem !== name ? stem : null;
}

const count = (text: string, needle: string): number => {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
};

export interface DocumentPlaces {
  province?: Division;
  city?: Division;
  /** Counties of `city` the text names in full, most mentioned first. */
  counties: Division[];
}

/** The province, city and counties a document is about: the most mentioned city and its counties. */
export function placesOf(text: string, table: DivisionTable): DocumentPlaces {
  let best: { city: Division; hits: number } | undefined;
  for (const city of table.cities) {
    const short = shortForm(city.name);
    const hits = count(text, city.name) * 2 + (short ? count(text, short) : 0);
    const counties = (table.countiesOf.get(city.code) ?? []).reduce((n, c) => n + count(text, c.name), 0);
    const score = hits + counties * 2;
    if (score > 0 && (!best || score > best.hits)) best = { city, hits: score };
  }
  if (!best) return { counties: [] };
  const counties = (table.countiesOf.get(best.city.code) ?? [])
    .map((c) => ({ c, n: count(text, c.name) }))
    .filter((x) => x.n > 0 && x.c.name.length >= 3)
    .sort((a, b) => b.n - a.n)
    .map((x) => x.c);
  return { province: table.provinces.get(best.city.code.slice(0, 2)), city: best.city, counties };
}

/**
 * Full and short forms of the source places → the same forms of the target places. `counties` is the
 * target city's counties in the order to hand them out: the same order for every source document, so the
 * plan's own district is the same target district whichever plan a paragraph came from.
 */
export function placeMapping(from: DocumentPlaces, toCity: Division, counties: readonly Division[], table: DivisionTable): Map<string, string> {
  const map = new Map<string, string>();
  const pair = (a: Division | undefined, b: Division | undefined): void => {
    if (!a || !b || a.name === b.name) return;
    map.set(a.name, b.name);
    const sa = shortForm(a.name);
    const sb = shortForm(b.name);
    // 长沙县 → 长沙 is the city's short form already: the city keeps it
    if (sa && sb && !map.has(sa)) map.set(sa, sb);
  };
  pair(from.province, table.provinces.get(toCity.code.slice(0, 2)));
  pair(from.city, toCity);
  // each source county gets a distinct target county, of the same kind (区/县/市) when the city has one
  const pool = counties.filter((c) => c.name.length >= 3);
  for (const county of from.counties) {
    const target = pool.find((c) => c.name.slice(-1) === county.name.slice(-1)) ?? pool[0];
    if (!target) break;
    pool.splice(pool.indexOf(target), 1);
    pair(county, target);
  }
  return map;
}

/** Applies a name mapping in one left-to-right pass, longest surface first, so 长沙县 is not read as 长沙 + 县. */
export function substitutePlaces(text: string, mapping: ReadonlyMap<string, string>): string {
  if (mapping.size === 0) return text;
  const keys = [...mapping.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"), "gu");
  return text.replace(pattern, (m) => mapping.get(m) ?? m);
}
