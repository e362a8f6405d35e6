/**
 * Geographic layout: regions at their real positions (committed table, see coordinates.generated.ts),
 * parks, projects and enterprises around the place they lie in, industries and strategies at the centre of
 * the places that develop or implement them. The table is loaded on first use to keep it out of the bundle.
 */
import type { KgGraph } from "../../../../graph/model.ts";
import type { RelationType } from "../../../../graph/schema.ts";
import type { RenderGraph } from "../../data/render-graph.ts";

type Point = { x: number; y: number };
const PLACED_BY: readonly RelationType[] = ["LOCATED_IN", "PART_OF"];
/** Graph units per degree of latitude. */
const SCALE = 100;

/** "株洲市" → "株洲", "湘西土家族苗族自治州" stays; the table's city names are short. */
const shortCity = (name: string): string => name.replace(/(市|地区|盟)$/, "");

export async function regionCoordinates(kg: KgGraph, cities: Map<string, Set<string>>): Promise<Map<string, { lng: number; lat: number }>> {
  const { DISTRICTS } = await import("./coordinates.generated.ts");
  const mean = (rows: ReadonlyArray<readonly [string, string, string, number, number]>) => ({ lng: rows.reduce((s, r) => s + r[3], 0) / rows.length, lat: rows.reduce((s, r) => s + r[4], 0) / rows.length });
  const found = new Map<string, { lng: number; lat: number }>();
  kg.forEachNode((key, a) => {
    if (a.type !== "Region") return;
    const name = a.name;
    // a district name can recur across China: prefer the one in the node's own city
    const ownCities = [...(cities.get(key) ?? [])].map((c) => shortCity(kg.getNodeAttribute(c, "name")));
    const districts = DISTRICTS.filter((r) => r[2] === name);
    const district = districts.find((r) => ownCities.includes(r[1])) ?? (districts.length === 1 ? districts[0] : undefined);
    if (district) return void found.set(key, { lng: district[3], lat: district[4] });
    const city = DISTRICTS.filter((r) => r[1] === shortCity(name) && name !== r[0]);
    if (city.length) return void found.set(key, mean(city));
    const province = DISTRICTS.filter((r) => r[0] === name);
    if (province.length) found.set(key, mean(province));
  });
  return found;
}

/** Sunflower offsets: many nodes around one anchor, evenly spread, without a fixed ring size. */
function sunflower(index: number, spacing: number): Point {
  const r = spacing * Math.sqrt(index + 1);
  const angle = index * 2.399963;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export async function geographicLayout(kg: KgGraph, graph: RenderGraph, cities: Map<string, Set<string>>): Promise<number> {
  const coords = await regionCoordinates(kg, cities);
  if (!coords.size) return 0;
  const lat0 = [...coords.values()].reduce((s, c) => s + c.lat, 0) / coords.size;
  const anchor = new Map<string, Point>();
  for (const [key, c] of coords) anchor.set(key, { x: c.lng * Math.cos((lat0 * Math.PI) / 180) * SCALE, y: c.lat * SCALE });
  const meanOf = (keys: string[]): Point | null => {
    const points = keys.map((k) => anchor.get(k)).filter((p): p is Point => !!p);
    return points.length ? { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length } : null;
  };
  // places first (through LOCATED_IN / PART_OF, a few rounds for parks inside parks), then everything else
  for (let round = 0; round < 3; round++) {
    kg.forEachNode((key) => {
      if (anchor.has(key)) return;
      const p = meanOf(kg.filterOutEdges(key, (_, a) => PLACED_BY.includes(a.type)).map((e) => kg.target(e)));
      if (p) anchor.set(key, p);
    });
  }
  kg.forEachNode((key) => {
    if (!anchor.has(key)) {
      const p = meanOf(kg.neighbors(key));
      if (p) anchor.set(key, p);
    }
  });
  const xs = [...anchor.values()].map((p) => p.x);
  const ys = [...anchor.values()].map((p) => p.y);
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 10);
  const crowd = new Map<string, number>();
  const unplacedCount = graph.filterNodes((k) => !anchor.has(k)).length;
  let unplaced = 0;
  graph.forEachNode((key) => {
    const base = anchor.get(key);
    if (!base) {
      // nothing ties it to a place: a ring around the map
      const angle = (2 * Math.PI * unplaced++) / unplacedCount;
      graph.mergeNodeAttributes(key, { x: centre.x + 0.7 * span * Math.cos(angle), y: centre.y + 0.7 * span * Math.sin(angle) });
      return;
    }
    if (coords.has(key)) {
      graph.mergeNodeAttributes(key, base);
      return;
    }
    const slot = `${base.x.toFixed(3)},${base.y.toFixed(3)}`;
    const n = crowd.get(slot) ?? 0;
    crowd.set(slot, n + 1);
    const offset = sunflower(n, span / 150);
    graph.mergeNodeAttributes(key, { x: base.x + offset.x, y: base.y + offset.y });
  });
  return coords.size;
}
