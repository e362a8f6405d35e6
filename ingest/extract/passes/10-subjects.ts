/**
 * Pass 10 — who each sentence is about. Subjects are often implicit: a sentence inside a zone's paragraph
 * or section belongs to that zone, and a sentence with no subject at all belongs to the plan's region.
 * Order: a place opening the sentence › the place leading the paragraph › the place a heading names ›
 * the plan's region.
 */
import type { EntityType } from "../../../graph/schema.ts";
import type { Candidate, Ctx } from "../context.ts";
import { NOT_SUBJECT_BEFORE, SUBJECT_AFTER } from "../lexicon/cues.ts";
import { plainName } from "../names.ts";
import { canonicalIndustry } from "./04-industries.ts";

export interface Subject {
  type: EntityType;
  name: string;
  /** Where the subject came from: `sentence`, `paragraph`, `section` or `plan`. */
  scope: "sentence" | "paragraph" | "section" | "plan";
}

const PLACE = new Set<EntityType>(["Region", "Park"]);

/**
 * The places in subject position at the start of a sentence: one place, or several joined by 、/和
 * (株洲高新区、天元区处于…), followed by a word that makes them the subject.
 */
export function openingPlaces(text: string, mentions: readonly Candidate[]): Candidate[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start > 6) break;
    if (!PLACE.has(m.type) || m.rule === "region-collective" || NOT_SUBJECT_BEFORE.test(text.slice(0, m.start))) continue;
    const group = [m];
    let last = m;
    for (let j = i + 1; j < mentions.length; j++) {
      const n = mentions[j];
      if (!n || !PLACE.has(n.type) || !/^(?:、|和|与|及)$/u.test(text.slice(last.end, n.start))) break;
      group.push(n);
      last = n;
    }
    // a sentence that is nothing but the place (“神农绿轴”文化体育集聚区。) opens a paragraph about it
    if (SUBJECT_AFTER.test(text.slice(last.end)) || /^[”"]?[。：:]?$/u.test(text.slice(last.end))) return group;
    return [];
  }
  return [];
}

/**
 * A clause that is nothing but places (…实行科学的空间布局，群丰、雷打石、三门，以农业生产…，重点发展…): those
 * places are what the rest of the sentence is about.
 */
export function placeClause(text: string, mentions: readonly Candidate[]): Candidate[] {
  const places = mentions.filter((m) => PLACE.has(m.type) && m.rule !== "region-collective");
  for (let i = 0; i < places.length; i++) {
    const first = places[i]!;
    if (first.start > 0 && !/[，；：]/u.test(text.charAt(first.start - 1))) continue;
    const group = [first];
    let last = first;
    for (let j = i + 1; j < places.length && /^[、和与及]$/u.test(text.slice(last.end, places[j]!.start)); j++) group.push((last = places[j]!));
    if (group.length >= 2 && text.charAt(last.end) === "，") return group;
  }
  return [];
}

/** `以<zone>为核心/载体/主阵地…`: the zone carries what the sentence goes on to say. */
const CARRIER = /^为(?:核心|载体|主阵地|主体|平台|依托|龙头|重点|引领|支撑|中心)/u;

export function carrierPlace(text: string, mentions: readonly Candidate[]): Candidate | undefined {
  return mentions.find((m) => PLACE.has(m.type) && m.type === "Park" && text.charAt(m.start - 1) === "以" && CARRIER.test(text.slice(m.end)));
}

/** `对…X，将…`: the place closing a 对-clause is the topic of the sentence. */
export function topicPlace(text: string, mentions: readonly Candidate[]): Candidate | undefined {
  if (!text.startsWith("对")) return undefined;
  const comma = text.search(/[，：]/u);
  if (comma < 0) return undefined;
  const m = mentions.find((x) => PLACE.has(x.type) && x.end === comma);
  return m && m.rule !== "region-collective" ? m : undefined;
}

export function subjects(ctx: Ctx): Map<number, Subject[]> {
  const out = new Map<number, Subject[]>();
  const plan: Subject | undefined = ctx.plan.region ? { type: "Region", name: ctx.plan.region, scope: "plan" } : undefined;
  const sectionSubjects = new Map<string, Subject>();
  const titleZone = ctx.plan.titleParks[0];
  let paragraph = -1;
  let paragraphSubject: Subject[] = [];
  for (const s of ctx.sentences) {
    const mentions = ctx.chosen.get(s.index) ?? [];
    if (s.kind === "heading" || s.kind === "box-title") {
      const place = mentions.find((m) => PLACE.has(m.type) && m.rule !== "region-collective");
      const key = [...s.section, s.text.replace(/[。；]$/u, "")].join(">");
      if (place) sectionSubjects.set(key, { type: place.type, name: place.name, scope: "section" });
      // a plan that is also a zone's plan: a section about 园区 in general is about that zone
      else if (titleZone && /园区/u.test(s.text)) sectionSubjects.set(key, { type: "Park", name: titleZone, scope: "section" });
    }
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphSubject = [];
    }
    const carrier = carrierPlace(s.text, mentions);
    const topic = topicPlace(s.text, mentions);
    const opening = carrier ? [carrier] : topic ? [topic] : openingPlaces(s.text, mentions);
    const listed = opening.length === 0 ? placeClause(s.text, mentions) : [];
    // the paragraph right under a heading introduces what its section is about (第4节…\n对…的暮云片区，将…)
    const previous = ctx.sentences[s.index - 1];
    if (opening.length > 0 && !carrier && s.position === 0 && previous && (previous.kind === "heading" || previous.kind === "box-title")) {
      const key = s.section.join(">");
      const first = opening[0];
      if (first && !sectionSubjects.has(key)) sectionSubjects.set(key, { type: first.type, name: first.name, scope: "section" });
    }
    // the latest place opening a sentence carries on through the rest of its paragraph
    // (a carrier, 以<zone>为核心, speaks for its own sentence only)
    if (opening.length > 0 && !carrier) paragraphSubject = opening.map((o) => ({ type: o.type, name: o.name, scope: "paragraph" as const }));
    let section: Subject | undefined;
    // the innermost section with an entry: the keys are prefixes of the joined path, cut back one title at a time
    if (sectionSubjects.size > 0) {
      const path = s.section.join(">");
      let cut = path.length;
      for (let depth = s.section.length; depth > 0 && !section; depth--) {
        section = sectionSubjects.get(path.slice(0, cut));
        cut -= (s.section[depth - 1]?.length ?? 0) + 1;
      }
    }
    const subject: Subject[] = opening.length > 0 || listed.length > 0
      ? [...opening, ...listed].map((o) => ({ type: o.type, name: o.name, scope: "sentence" as const }))
      : paragraphSubject.length > 0 ? paragraphSubject : section ? [section] : plan ? [plan] : [];
    if (subject.length > 0) {
      out.set(s.index, subject);
      sectorsBecome(s.text, mentions);
    }
    const zone = subject[0];
    if (zone?.type === "Park" && subject.length === 1) describedAs(s.text, mentions, zone.name);
  }
  return out;
}

/** What a place is to become, not a zone it builds: 加快建成X, 把该区域建成集…于一体的X, 是天心区重要的X. */
const BECOMES_ONLY = /(?:建成|建设成为|打造成为?|成为|是)(?:[^，。；]*的)?$/u;
/** A generic zone word after a sector name (金融服务业集聚区, 科技服务业集聚区). */
const GENERIC_ZONE = /(?:产业)?(?:集聚区|聚集区|集聚带|聚集带|集中区)$/u;

/**
 * A zone named by nothing but a sector and a generic zone word, which the subject is to become
 * (加快建成金融服务业集聚区), names what the subject develops, not another zone: the mention becomes that sector's.
 */
function sectorsBecome(text: string, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.type !== "Park") continue;
    // the surface, not the name: a generic 服务业集聚区 may already stand for a zone the document names in full
    const surface = plainName(m.surface);
    if (!GENERIC_ZONE.test(surface)) continue;
    const clause = text.slice(0, m.start).split(/[，。；：]/u).pop() ?? "";
    if (!BECOMES_ONLY.test(clause)) continue;
    const sector = canonicalIndustry(surface.replace(GENERIC_ZONE, ""));
    if (!sector?.broader) continue;
    m.type = "Industry";
    m.name = sector.name;
    m.attrs = { broader: sector.broader };
    m.rule = "industry-zone-described";
  }
}

/** What a place is to become: 把该区域建成集…于一体的X, 加快建成X, 打造…的X. */
const BECOMES = /(?:建成|建设成为?|打造成为?|打造|成为)(?:[^，。；]*的)?$/u;

/**
 * A zone the sentence says its subject zone will become (…把该区域建成集文化、旅游…于一体的文化休闲产业集聚区)
 * describes that zone; it is not another one. The mention takes the subject's name, so its surface becomes an
 * alias. Only a mention of the same kind of zone (…集聚区 for a 集聚区) is read so.
 */
function describedAs(text: string, mentions: Candidate[], zone: string): void {
  for (const m of mentions) {
    if (m.type !== "Park" || m.name === zone || m.name.slice(-1) !== zone.slice(-1)) continue;
    const clause = text.slice(0, m.start).split(/[，。；：]/u).pop() ?? "";
    if (BECOMES.test(clause)) m.name = zone;
  }
}
