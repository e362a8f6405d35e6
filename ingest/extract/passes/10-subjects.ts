/**
 * Pass 10 — who each sentence is about. Subjects are often implicit: a sentence inside a zone's paragraph
 * or section belongs to that zone, and a sentence with no subject at all belongs to the plan's region.
 * Order: a place opening the sentence › the place leading the paragraph › the place a heading names ›
 * the plan's region.
 */
import type { EntityType } from "../../../graph/schema.ts";
import type { Candidate, Ctx } from "../context.ts";
import { NOT_SUBJECT_BEFORE, SUBJECT_AFTER } from "../lexicon/cues.ts";

export interface Subject {
  type: EntityType;
  name: string;
  /** Where the subject came from: `sentence`, `paragraph`, `section` or `plan`. */
  scope: "sentence" | "paragraph" | "section" | "plan";
}

const PLACE = new Set<EntityType>(["Region", "Park"]);

/** A place mention in subject position at the start of a sentence, if any. */
export function openingPlace(text: string, mentions: readonly Candidate[]): Candidate | undefined {
  for (const m of mentions) {
    if (m.start > 6) break;
    if (!PLACE.has(m.type)) continue;
    if (NOT_SUBJECT_BEFORE.test(text.slice(0, m.start))) continue;
    if (SUBJECT_AFTER.test(text.slice(m.end)) || m.end === text.length) return m;
  }
  return undefined;
}

export function subjects(ctx: Ctx): Map<number, Subject> {
  const out = new Map<number, Subject>();
  const plan: Subject | undefined = ctx.plan.region ? { type: "Region", name: ctx.plan.region, scope: "plan" } : undefined;
  const sectionSubjects = new Map<string, Subject>();
  let paragraph = -1;
  let paragraphSubject: Subject | undefined;
  for (const s of ctx.sentences) {
    const mentions = ctx.chosen.get(s.index) ?? [];
    if (s.kind === "heading" || s.kind === "box-title") {
      const place = mentions.find((m) => PLACE.has(m.type) && m.rule !== "region-collective");
      if (place) sectionSubjects.set([...s.section, s.text.replace(/[。；]$/u, "")].join(">"), { type: place.type, name: place.name, scope: "section" });
    }
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphSubject = undefined;
    }
    const opening = openingPlace(s.text, mentions);
    if (opening && s.position === 0) paragraphSubject = { type: opening.type, name: opening.name, scope: "paragraph" };
    let section: Subject | undefined;
    for (let depth = s.section.length; depth > 0 && !section; depth--) section = sectionSubjects.get(s.section.slice(0, depth).join(">"));
    const subject = opening
      ? { type: opening.type, name: opening.name, scope: "sentence" as const }
      : paragraphSubject ?? section ?? plan;
    if (subject) out.set(s.index, subject);
  }
  return out;
}
