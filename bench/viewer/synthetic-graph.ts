/**
 * A synthetic knowledge graph of a given size for the viewer benchmark (10k nodes / 50k edges): regions
 * are real cities and counties from the division table with their real parents, zones and projects are
 * named after them, and every edge joins types the schema allows (RELATION_ENDPOINTS). Seeded: the same
 * size always gives the same graph.
 */
import type { Evidence } from "../../graph/facts.ts";
import { relationKey, entityKey } from "../../graph/ids.ts";
import { createKgGraph, type KgGraph } from "../../graph/model.ts";
import { ENTITY_TYPES, RELATION_ENDPOINTS, RELATION_TYPES, type EntityType, type RelationType } from "../../graph/schema.ts";
import { readDivisions } from "../synthetic/places.ts";
import { seededRandom as rng } from "../seeded-random.ts";

/** Share of nodes per type, roughly as in the corpus graph. */
const TYPE_SHARE: Record<EntityType, number> = { Region: 0.3, Park: 0.15, Industry: 0.05, Project: 0.25, Strategy: 0.05, Enterprise: 0.2 };
const SECTORS = ["新材料", "生物医药", "轨道交通装备", "航空航天", "电子信息", "新能源汽车", "现代物流", "文化旅游", "数字经济", "节能环保", "高端装备制造", "现代农业", "金融服务", "商贸服务", "健康养老"];
const ZONE_WORDS = ["经济技术开发区", "高新技术产业开发区", "工业园", "产业园", "物流园"];
const PROJECT_WORDS = ["产业园建设项目", "综合交通枢纽工程", "智能制造基地项目", "污水处理厂工程", "科技创新中心项目"];
const FIRM_WORDS = ["科技有限公司", "集团有限公司", "制造有限公司", "实业有限公司"];
const STRATEGY_WORDS = ["一体化发展战略", "创新驱动发展战略", "乡村振兴战略", "区域协调发展战略", "开放崛起战略"];


export function syntheticGraph(nodes: number, edges: number, seed = 11): KgGraph {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const table = readDivisions();
  const graph = createKgGraph();
  const doc = "synthetic-graph.txt";
  const evidence = (sentence: string): Evidence[] => [{ doc, section: ["第一章 总体要求"], line: 1, sentence, span: [0, Math.min(4, sentence.length)] }];
  const byType = new Map<EntityType, string[]>(ENTITY_TYPES.map((t) => [t, []]));
  const add = (type: EntityType, name: string, attrs: Record<string, string> = {}): void => {
    const key = entityKey(type, name);
    if (graph.hasNode(key)) return;
    graph.addNode(key, { ...attrs, key, type, name, aliases: [], docs: [doc], periods: ["十四五"], mentionCount: 1, evidence: evidence(`加快推进${name}建设。`) });
    byType.get(type)?.push(key);
  };
  const places = table.cities.flatMap((c) => [{ name: c.name, level: "city", parent: table.provinces.get(c.code.slice(0, 2))?.name ?? "" }, ...(table.countiesOf.get(c.code) ?? []).map((k) => ({ name: k.name, level: "county", parent: c.name }))]);
  for (const type of ENTITY_TYPES) {
    const want = Math.round(nodes * TYPE_SHARE[type]);
    for (let i = 0; (byType.get(type)?.length ?? 0) < want && i < want * 20; i++) {
      const place = pick(places);
      if (type === "Region") add(type, place.name, { level: place.level === "city" ? "city" : place.name.endsWith("区") ? "district" : "county", parent: place.parent });
      else if (type === "Park") add(type, `${place.name.replace(/[市区县]$/u, "")}${pick(ZONE_WORDS)}`, { region: place.name });
      else if (type === "Industry") add(type, i < SECTORS.length ? (SECTORS[i] ?? "") : `${pick(SECTORS)}${i}`);
      else if (type === "Project") add(type, `${place.name}${pick(PROJECT_WORDS)}`, { region: place.name });
      else if (type === "Strategy") add(type, `${place.name.replace(/[市区县]$/u, "")}${pick(STRATEGY_WORDS)}`);
      else add(type, `${place.name.replace(/[市区县]$/u, "")}${pick(SECTORS)}${pick(FIRM_WORDS)}`);
    }
  }
  // the division table has fewer distinct county names than 30% of 10k: numbered project phases make up the rest
  for (let n = 2; graph.order < nodes; n++) add("Project", `${pick(places).name}${pick(PROJECT_WORDS)}（${n}期）`);
  const ofTypes = (types: readonly EntityType[]) => types.flatMap((t) => byType.get(t) ?? []);
  const ends = new Map<RelationType, { from: string[]; to: string[] }>(RELATION_TYPES.map((r) => [r, { from: ofTypes(RELATION_ENDPOINTS[r].from), to: ofTypes(RELATION_ENDPOINTS[r].to) }]));
  for (let tries = 0; graph.size < edges && tries < edges * 10; tries++) {
    const type = pick(RELATION_TYPES);
    const e = ends.get(type);
    if (!e || e.from.length === 0 || e.to.length === 0) continue;
    const from = pick(e.from);
    const to = pick(e.to);
    const key = relationKey(type, from, to);
    if (from === to || graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, from, to, { key, type, docs: [doc], periods: ["十四五"], rule: "synthetic", confidence: 0.8, evidence: evidence("依托园区发展特色产业。") });
  }
  graph.replaceAttributes({
    documents: [{ id: doc, title: "合成规划", kind: "plan", sha256: "0".repeat(64), lines: 1, source: "text/utf-8" }],
    merges: [],
    indicators: [],
  });
  return graph;
}
