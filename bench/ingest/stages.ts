/**
 * The extractor's stages, timed on the real path: `extractDocument` reports each of its steps through its
 * `onStep` hook (ingest/extract/index.ts), and this module sums them into stages. Nothing here re-implements
 * the pipeline, so the split cannot drift from what the engine does.
 *
 * Stages: read (file → text, timed by the caller), normalise (width/punctuation folding of every line),
 * structure (line kinds, headings, sections, sentences, plan metadata), entities (passes 01–09: candidates,
 * selection, aliases), relations (passes 10–13, assembly, salience), indicators (targets and baselines),
 * resolution (cross-document, timed by the caller).
 */
import type { DocumentExtraction } from "../../graph/facts.ts";
import { extractDocument, type ExtractInput } from "../../ingest/extract/index.ts";

export const STAGES = ["read", "normalise", "structure", "entities", "relations", "indicators", "resolution"] as const;
export type Stage = (typeof STAGES)[number];

/** Milliseconds per stage and per extractor step, summed over documents. */
export interface StageTimes {
  stages: Record<Stage, number>;
  passes: Record<string, number>;
}

export const emptyTimes = (): StageTimes => ({ stages: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>, passes: {} });

/** The stage an extractor step belongs to, by its name (see StepHook). */
export function stageOf(step: string): Stage {
  if (step === "normalise") return "normalise";
  if (step === "structure" || step === "meta") return "structure";
  if (step === "14-indicators") return "indicators";
  const pass = Number.parseInt(step, 10);
  return Number.isFinite(pass) && pass <= 9 ? "entities" : "relations";
}

/** `extractDocument` with each step's time added to `times`. */
export function extractTimed(input: ExtractInput, times: StageTimes): DocumentExtraction {
  return extractDocument(input, (step, ms) => {
    times.stages[stageOf(step)] += ms;
    times.passes[step] = (times.passes[step] ?? 0) + ms;
  });
}
