/** The research query library: every named query, in the order `npm run query -- --list` shows them. */
import type { NamedQuery } from "../query.ts";
import { documents, entityEvidence, indicatorComparison, parkContents, relationEvidence, searchEntities } from "./evidence.ts";
import { parksByIndustry, periodChanges, regionIndustriesByPeriod, sharedIndustries, topIndustries } from "./industries.ts";
import { regionSimilarity, sharedStrategies, shortestPath, strategyProjects } from "./regions.ts";

export const QUERIES: readonly NamedQuery[] = [
  sharedIndustries,
  regionIndustriesByPeriod,
  periodChanges,
  parksByIndustry,
  topIndustries,
  strategyProjects,
  sharedStrategies,
  regionSimilarity,
  shortestPath,
  relationEvidence,
  entityEvidence,
  parkContents,
  indicatorComparison,
  searchEntities,
  documents,
];

export function findQuery(name: string): NamedQuery | undefined {
  return QUERIES.find((q) => q.name === name);
}
