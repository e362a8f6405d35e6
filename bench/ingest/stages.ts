/**
 * The extractor's stages timed from outside: the same steps as `extractDocument` (ingest/extract/index.ts),
 * called one by one with a clock around each. The engine itself has no timing hook, so this mirrors its
 * orchestration; `inSync` checks on every run that the mirror still produces exactly what the engine does,
 * and the report says so when it does not (the split is then stale, the totals are still right).
 *
 * Stages: normalise (width/punctuation folding of every line), structure (line kinds, headings, sections,
 * sentences, plan metadata), entities (passes 01–09: candidates, selection, aliases), relations (passes
 * 10–11 and assembly of entities and relations).
 */
import { isDeepStrictEqual } from "node:util";
import type { DocumentExtraction, DocumentMeta, ExtractedEntity, ExtractedRelation } from "../../graph/facts.ts";
import { assembleEntities, assembleRelations, structuralRelations } from "../../ingest/extract/assemble.ts";
import type { Ctx } from "../../ingest/extract/context.ts";
import { extractDocument, type ExtractInput } from "../../ingest/extract/index.ts";
import { planRegion } from "../../ingest/extract/passes/01-plan.ts";
import { regions } from "../../ingest/extract/passes/02-regions.ts";
import { parks } from "../../ingest/extract/passes/03-parks.ts";
import { industries } from "../../ingest/extract/passes/04-industries.ts";
import { strategies } from "../../ingest/extract/passes/05-strategies.ts";
import { enterprises } from "../../ingest/extract/passes/06-enterprises.ts";
import { projects } from "../../ingest/extract/passes/07-projects.ts";
import { select } from "../../ingest/extract/passes/08-select.ts";
import { aliases } from "../../ingest/extract/passes/09-aliases.ts";
import { subjects } from "../../ingest/extract/passes/10-subjects.ts";
import { relations } from "../../ingest/extract/passes/11-relations.ts";
import { readMeta } from "../../ingest/text/meta.ts";
import { normalizeLine } from "../../ingest/text/normalize.ts";
import { prepareText } from "../../ingest/text/sentences.ts";

export const STAGES = ["read", "normalise", "structure", "entities", "relations", "resolution"] as const;
export type Stage = (typeof STAGES)[number];

/** Milliseconds per stage and per pass, summed over documents. */
export interface StageTimes {
  stages: Record<Stage, number>;
  passes: Record<string, number>;
}

export const emptyTimes = (): StageTimes => ({ stages: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>, passes: {} });

const CANDIDATE_PASSES: ReadonlyArray<[string, (ctx: Ctx) => void]> = [
  ["02-regions", regions],
  ["03-parks", parks],
  ["04-industries", industries],
  ["05-strategies", strategies],
  ["06-enterprises", enterprises],
  ["07-projects", projects],
  ["08-select", select],
  ["08b-title-parks", titleParks],
  ["09-aliases", aliases],
];

/** Mirrors the engine's private titleParks step (ingest/extract/index.ts). */
function titleParks(ctx: Ctx): void {
  const firstLine = ctx.sentences[0]?.line ?? 0;
  const title = ctx.sentences.filter((s) => s.line <= firstLine + 2).flatMap((s) => ctx.chosen.get(s.index) ?? []);
  ctx.plan.titleParks = title.filter((c) => c.type === "Park" && c.rule !== "park-abbreviation").map((c) => c.name);
}

/** `extractDocument`, step by step, adding each step's time to `times`. */
export function extractTimed(input: ExtractInput, times: StageTimes): DocumentExtraction {
  const clock = (stage: Stage | null, pass: string | null, run: () => void): void => {
    const t0 = performance.now();
    try {
      run();
    } catch {
      // the engine turns a failing pass into a warning; the mirror only times, the sync check notices
    }
    const ms = performance.now() - t0;
    if (stage) times.stages[stage] += ms;
    if (pass) times.passes[pass] = (times.passes[pass] ?? 0) + ms;
  };
  // normalisation also runs inside prepareText: timed alone here, then taken out of structure
  const normaliseStart = performance.now();
  for (const line of input.text.split(/\r\n|\r|\n/u)) normalizeLine(line);
  const normalise = performance.now() - normaliseStart;
  times.stages.normalise += normalise;

  let prepared = prepareText("");
  clock("structure", "prepare", () => (prepared = prepareText(input.text)));
  times.stages.structure -= normalise;
  let tm = readMeta(prepareText(""), input.id);
  clock("structure", "meta", () => (tm = readMeta(prepared, input.id)));
  const meta: DocumentMeta = {
    id: input.id, title: tm.title, kind: tm.kind, sha256: input.sha256, lines: prepared.lines.length, source: input.source,
    ...(tm.period ? { period: tm.period } : {}), ...(tm.startYear ? { startYear: tm.startYear } : {}), ...(tm.endYear ? { endYear: tm.endYear } : {}),
  };
  const ctx: Ctx = {
    docId: input.id, sentences: prepared.sentences, plan: { meta, titleParks: [] }, candidates: [], chosen: new Map(), relations: [],
    aliases: new Map(), warnings: [], debug: false,
  };
  clock("entities", "01-plan", () => planRegion(ctx, tm.placeSurface));
  for (const [name, pass] of CANDIDATE_PASSES) clock("entities", name, () => pass(ctx));
  let entities = new Map<string, ExtractedEntity>();
  let subjectMap: ReturnType<typeof subjects> = new Map();
  clock("relations", "10-subjects", () => (subjectMap = subjects(ctx)));
  clock("relations", "11-relations", () => relations(ctx, subjectMap));
  clock("relations", "12-assemble", () => {
    entities = assembleEntities(ctx);
    structuralRelations(ctx, entities);
  });
  let rels: ExtractedRelation[] = [];
  let kept: ExtractedEntity[] = [];
  clock("relations", "13-relations", () => {
    rels = assembleRelations(ctx, entities);
    const related = new Set(rels.flatMap((r) => [r.from, r.to]));
    kept = [...entities.values()].filter((e) => e.type !== "Industry" || related.has(e.id));
  });
  return { doc: meta, entities: kept, relations: rels, indicators: [], warnings: ctx.warnings };
}

/** True when the timed mirror gives the engine's result for this input. */
export function inSync(input: ExtractInput): boolean {
  return isDeepStrictEqual(extractTimed(input, emptyTimes()), extractDocument(input));
}
