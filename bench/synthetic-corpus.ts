/**
 * Synthetic corpora for the scale benchmarks: documents built from the real corpus, each one the line
 * structure of a corpus plan with about a third of its paragraphs swapped for paragraphs of other plans,
 * and every city, county and province name moved onto another real city from the division table. The
 * text stays realistic Chinese plan prose; the sizes (10 MB, 100 MB) are reached by writing more documents
 * of ordinary size, the way a real corpus grows. Written once per size into a cache folder, never committed.
 *
 *   tsx bench/synthetic-corpus.ts 10 100     # build (or reuse) the 10 MB and 100 MB corpora and print where
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { corpusFiles } from "../ingest/corpus.ts";
import { placeMapping, placesOf, readDivisions, substitutePlaces, type DocumentPlaces } from "./synthetic/places.ts";
import { seededRandom as rng } from "./seeded-random.ts";

/** Bump when the recipe changes so cached corpora are rebuilt. */
const RECIPE = 3;
/** Share of body paragraphs taken from another plan. */
const SWAP_SHARE = 0.3;
/** A line this long is a body paragraph (headings and list titles are shorter). */
const PARAGRAPH_MIN = 60;

export const BENCH_CACHE = process.env.PLANGRAPH_BENCH_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "plangraph", "bench");

export interface SyntheticCorpus {
  dir: string;
  files: string[];
  bytes: number;
  /** True when the corpus was already in the cache. */
  cached: boolean;
}

interface Manifest {
  recipe: number;
  seed: number;
  targetBytes: number;
  corpus: string;
  files: string[];
  bytes: number;
}


function shuffle<T>(list: readonly T[], pick: (n: number) => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Source {
  lines: string[];
  paragraphs: string[];
  places: DocumentPlaces;
}

/** Writes (or reuses) a corpus of about `megabytes` MB under the bench cache. */
export function syntheticCorpus(megabytes: number, seed = 7, cacheDir = BENCH_CACHE): SyntheticCorpus {
  const targetBytes = Math.round(megabytes * 1_000_000);
  const sources = corpusFiles().filter((f) => f.endsWith(".txt"));
  const corpusHash = createHash("sha256");
  const texts = sources.map((f) => readFileSync(f, "utf8"));
  for (const t of texts) corpusHash.update(t);
  const corpus = corpusHash.digest("hex").slice(0, 16);
  const dir = join(cacheDir, `synthetic-${megabytes}mb`);
  const manifestFile = join(dir, "manifest.json");
  if (existsSync(manifestFile)) {
    const m = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    const complete = m.files.every((f) => existsSync(join(dir, f)));
    if (m.recipe === RECIPE && m.seed === seed && m.targetBytes === targetBytes && m.corpus === corpus && complete) {
      return { dir, files: m.files.map((f) => join(dir, f)), bytes: m.bytes, cached: true };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const table = readDivisions();
  const random = rng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const docs: Source[] = texts.map((text) => {
    const lines = text.split(/\r\n|\r|\n/u);
    return { lines, paragraphs: lines.filter((l) => l.trim().length >= PARAGRAPH_MIN), places: placesOf(text, table) };
  });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const base = docs[i % docs.length];
    const city = table.cities[pick(table.cities.length)];
    if (!base || !city) throw new Error("bench: the corpus or the division table is empty");
    const counties = shuffle(table.countiesOf.get(city.code) ?? [], pick);
    const mappings = docs.map((d) => placeMapping(d.places, city, counties, table));
    const out: string[] = [];
    for (const line of base.lines) {
      if (line.trim().length >= PARAGRAPH_MIN && random() < SWAP_SHARE) {
        const from = pick(docs.length);
        const other = docs[from];
        const paragraph = other?.paragraphs[pick(other.paragraphs.length)];
        if (other && paragraph !== undefined) {
          out.push(substitutePlaces(paragraph, mappings[from] ?? new Map()));
          continue;
        }
      }
      out.push(substitutePlaces(line, mappings[i % docs.length] ?? new Map()));
    }
    const name = `syn-${String(i).padStart(5, "0")}.txt`;
    const text = out.join("\n");
    writeFileSync(join(dir, name), text);
    files.push(name);
    bytes += Buffer.byteLength(text);
  }
  const manifest: Manifest = { recipe: RECIPE, seed, targetBytes, corpus, files, bytes };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1));
  return { dir, files: files.map((f) => join(dir, f)), bytes, cached: false };
}

/** Files of a corpus folder written earlier (for inspection). */
export function listSynthetic(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const mb of sizes.length > 0 ? sizes : [10]) {
    const started = performance.now();
    const c = syntheticCorpus(mb);
    const s = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${mb} MB: ${c.files.length} documents, ${(c.bytes / 1e6).toFixed(1)} MB in ${c.dir} (${c.cached ? "cached" : `written in ${s} s`})`);
  }
}
