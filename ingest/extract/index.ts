/**
 * Text → facts for one document. A pure function: no files, no clock, no database. The work is a list of
 * numbered passes over the prepared text (./passes), each proposing candidates or relations with a rule
 * id and a confidence; DEBUG_EXTRACT=1 prints every chosen mention as `surface → Type (rule)`.
 * Never throws: a failing pass is reported in `warnings` and the passes after it still run.
 */
import type { DocumentExtraction, DocumentMeta, ExtractedEntity, IndicatorFact } from "../../graph/facts.ts";
import { entityKey } from "../../graph/ids.ts";
import { extractIndicators, subjectBlocks } from "../indicators/index.ts";
import { readMeta } from "../text/meta.ts";
import { normaliseLines, type PreparedText, structureLines } from "../text/sentences.ts";
import { assembleEntities, assembleRelations, structuralRelations } from "./assemble.ts";
import type { Ctx } from "./context.ts";
import { nonSalient } from "./salience.ts";
import { planRegion } from "./passes/01-plan.ts";
import { regions } from "./passes/02-regions.ts";
import { parks } from "./passes/03-parks.ts";
import { industries } from "./passes/04-industries.ts";
import { strategies } from "./passes/05-strategies.ts";
import { enterprises } from "./passes/06-enterprises.ts";
import { projects } from "./passes/07-projects.ts";
import { select } from "./passes/08-select.ts";
import { aliases } from "./passes/09-aliases.ts";
import { subjects } from "./passes/10-subjects.ts";
import { relations } from "./passes/11-relations.ts";

export interface ExtractInput {
  id: string;
  text: string;
  sha256: string;
  source: string;
}

/** The candidate passes, in run order. */
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

/** Zones the title names next to the region (株洲高新技术产业开发区、株洲市天元区…): co-subjects of the plan. */
function titleParks(ctx: Ctx): void {
  const firstLine = ctx.sentences[0]?.line ?? 0;
  const title = ctx.sentences.filter((s) => s.line <= firstLine + 2).flatMap((s) => ctx.chosen.get(s.index) ?? []);
  ctx.plan.titleParks = title.filter((c) => c.type === "Park" && c.rule !== "park-abbreviation").map((c) => c.name);
}

/**
 * Called after each step with its name and duration in ms (the benchmark's per-stage split times the real
 * path this way). Steps: normalise, structure, meta, 01-plan … 09-aliases, 10-subjects+11-relations,
 * 12-assemble, 13-relations, 12b-salience, 14-indicators.
 */
export type StepHook = (step: string, ms: number) => void;

export function extractDocument(input: ExtractInput, onStep?: StepHook): DocumentExtraction {
  // without a hook, `timed` is a plain call: no clock is read
  const timed = <T>(step: string, run: () => T): T => {
    if (!onStep) return run();
    const t0 = performance.now();
    try {
      return run();
    } finally {
      onStep(step, performance.now() - t0);
    }
  };
  const text = typeof input.text === "string" ? input.text : "";
  const normalised = timed("normalise", () => normaliseLines(text));
  const prepared = timed("structure", () => structureLines(normalised));
  const tm = timed("meta", () => readMeta(prepared, input.id));
  const meta: DocumentMeta = {
    id: input.id, title: tm.title, kind: tm.kind, sha256: input.sha256, lines: prepared.lines.length, source: input.source,
    ...(tm.period ? { period: tm.period } : {}), ...(tm.startYear ? { startYear: tm.startYear } : {}), ...(tm.endYear ? { endYear: tm.endYear } : {}),
  };
  // every field present from the start, in one order: the passes then see one object shape for every
  // document (a field added later by some documents only makes V8 throw away and recompile the passes)
  const ctx: Ctx = {
    docId: input.id, sentences: prepared.sentences,
    plan: { meta, region: undefined, regionCode: undefined, parentRegion: undefined, titleParks: [] },
    candidates: [], chosen: new Map(), relations: [], aliases: new Map(), warnings: [], debug: process.env.DEBUG_EXTRACT === "1",
    sectorParts: undefined,
  };
  const step = (name: string, run: () => void): void => timed(name, () => guard(ctx, name, run));
  step("01-plan", () => planRegion(ctx, tm.placeSurface));
  for (const [name, pass] of CANDIDATE_PASSES) step(name, () => pass(ctx));
  let entities = new Map<string, ExtractedEntity>();
  step("10-subjects+11-relations", () => relations(ctx, subjects(ctx)));
  step("12-assemble", () => {
    entities = assembleEntities(ctx);
    structuralRelations(ctx, entities);
  });
  const rels = timed("13-relations", () => {
    try {
      return assembleRelations(ctx, entities);
    } catch (error) {
      ctx.warnings.push(`13-relations failed: ${String(error)}`);
      return [];
    }
  });
  // a sector the text only mentions (a statistic, a passing word) is not part of the plan's graph
  // nor is a sector word never used as a focus (交通信号, 银行、证券等金融机构), a political formula or a routine work item
  let passing = new Set<string>();
  step("12b-salience", () => {
    passing = nonSalient(ctx);
  });
  const survivors = rels.filter((r) => !passing.has(r.from) && !passing.has(r.to));
  const related = new Set(survivors.flatMap((r) => [r.from, r.to]));
  const kept = [...entities.values()].filter((e) => !passing.has(e.id) && (e.type !== "Industry" || related.has(e.id) || ctx.sectorParts?.has(e.id) === true));
  let indicators: IndicatorFact[] = [];
  step("14-indicators", () => {
    indicators = planIndicators(ctx, prepared, kept);
  });
  return { doc: meta, entities: kept, relations: survivors, indicators, warnings: ctx.warnings };
}

/**
 * Targets and baselines of the plan. A figure's subject is the plan's region, or a park/region of this
 * document whose block (a line that is only its name, `天元区：…`) the figure stands in — always an entity
 * the document emits, so the graph never holds a figure about a node it lacks.
 */
function planIndicators(ctx: Ctx, prepared: PreparedText, entities: readonly ExtractedEntity[]): IndicatorFact[] {
  const regionName = ctx.plan.region;
  if (!regionName) return [];
  const defaultSubject = entityKey("Region", regionName);
  if (!entities.some((e) => e.id === defaultSubject)) return [];
  const places = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== "Park" && e.type !== "Region") continue;
    for (const n of [e.name, ...e.aliases]) if (!places.has(n)) places.set(n, e.id);
  }
  // each line's section path: the path of its first sentence, carried over blank and debris lines
  const sections: string[][] = [];
  for (const s of prepared.sentences) if (sections[s.line] === undefined) sections[s.line] = s.section;
  let last: string[] = [];
  for (let line = 1; line <= prepared.lines.length; line += 1) {
    last = sections[line] ?? last;
    sections[line] = last;
  }
  const { meta } = ctx.plan;
  return extractIndicators({
    docId: ctx.docId, lines: prepared.lines, defaultSubject, sectionOf: (line) => sections[line] ?? [],
    subjectAt: subjectBlocks(prepared.lines, (name) => places.get(name)),
    ...(meta.period ? { period: meta.period } : {}), ...(meta.startYear ? { startYear: meta.startYear } : {}), ...(meta.endYear ? { endYear: meta.endYear } : {}),
  });
}

function guard(ctx: Ctx, name: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    ctx.warnings.push(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
