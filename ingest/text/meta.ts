/**
 * Document metadata read from the opening lines: title, the place surface the title names, the plan
 * period and its years, and whether the text is a plan or a news story.
 */
import type { DocumentKind, Period } from "../../graph/schema.ts";
import type { PreparedText } from "./sentences.ts";

export interface TextMeta {
  title: string;
  /** The part of the title that names the place(s), e.g. `株洲高新技术产业开发区、株洲市天元区`. */
  placeSurface: string;
  period?: Period;
  startYear?: number;
  endYear?: number;
  kind: DocumentKind;
}

const PERIOD_YEARS: Record<Period, [number, number]> = {
  十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030],
};
const ORDINAL_PERIOD: Record<string, Period> = { 十一: "十一五", 十二: "十二五", 十三: "十三五", 十四: "十四五", 十五: "十五五" };

const NEWS_CUES = /通讯员|记者|报道|来源[：:]|字号|责任编辑|发布时间/u;
const TITLE_END = /规划|纲要|计划|报告/u;
const PLACE_END = /国民经济|经济和社会|经济社会|“?十[一二三四五]五|第十[一二三四五]个五年/u;

export function readMeta(prepared: PreparedText, fallbackTitle: string): TextMeta {
  const firstLines = prepared.sentences.slice(0, 12);
  const opening = firstLines.map((s) => s.text).join("");
  // the title: the first sentences up to the one that says 规划 / 纲要 (titles are often broken over lines)
  let title = "";
  let found = false;
  for (const s of firstLines.slice(0, 4)) {
    title += s.text;
    if (TITLE_END.test(s.text)) {
      found = true;
      break;
    }
  }
  // no plan-like title (a news story): its first line is the headline
  if (!found) title = prepared.sentences.find((s) => s.line === firstLines[0]?.line)?.original.trim() ?? "";
  title = title.replace(/^（[^）]{1,6}）/u, "").replace(/（[^）]*更新）$/u, "") || fallbackTitle;
  const cut = title.search(PLACE_END);
  const placeSurface = cut > 0 ? title.slice(0, cut) : title;
  const lines = prepared.lines.slice(0, 10).join("\n");
  const kind: DocumentKind = NEWS_CUES.test(lines) && !/^.{0,30}(?:规划|纲要)/u.test(title) ? "news" : "plan";
  const period = readPeriod(title) ?? readPeriod(opening);
  const meta: TextMeta = { title, placeSurface, kind };
  if (period) meta.period = period;
  const years = /((?:19|20)\d\d)年?[-—~至到]((?:19|20)\d\d)/u.exec(opening);
  if (years?.[1] && years[2]) {
    meta.startYear = Number(years[1]);
    meta.endYear = Number(years[2]);
  } else if (period) {
    [meta.startYear, meta.endYear] = PERIOD_YEARS[period];
  }
  if (!meta.period && meta.startYear) {
    const p = (Object.entries(PERIOD_YEARS) as Array<[Period, [number, number]]>).find(([, y]) => y[0] === meta.startYear);
    if (p) meta.period = p[0];
  }
  return meta;
}

function readPeriod(text: string): Period | undefined {
  const quoted = /十[一二三四五]五/u.exec(text);
  const ordinal = /第(十[一二三四五])个五年/u.exec(text);
  if (ordinal?.[1] && (!quoted || ordinal.index < quoted.index)) return ORDINAL_PERIOD[ordinal[1]];
  return quoted ? (quoted[0] as Period) : undefined;
}
