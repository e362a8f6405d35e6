/**
 * A named, parameterised Cypher query: the unit the loader runs, the CLI lists and the tests exercise.
 * Values always travel as `$params`; only schema names (labels, relationship types) are spliced into the
 * text, and only through `label()`/`relType()`.
 */
import type { EntityType, RelationType } from "../schema.ts";
import type { ENTITY_LABEL, PROVENANCE_LABELS, PROVENANCE_RELATIONS } from "../schema.ts";

export type ParamType = "string" | "string[]" | "int" | "float" | "boolean";

export type ParamValue = string | string[] | number | boolean | null;

export interface ParamSpec {
  name: string;
  type: ParamType;
  description: string;
  /** Absent: the parameter is required. `null` is a valid default ("no filter"). */
  default?: ParamValue;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: readonly ParamSpec[];
  cypher: string;
  /** Parameters the query needs that are not the user's to choose (schema constants), merged in last. */
  fixed?: Readonly<Record<string, unknown>>;
  /** Rewrites bound parameters before the run (e.g. escaping a full-text query). */
  prepare?: (params: Record<string, unknown>) => Record<string, unknown>;
}

type SchemaName = EntityType | RelationType | typeof ENTITY_LABEL | (typeof PROVENANCE_LABELS)[keyof typeof PROVENANCE_LABELS] | (typeof PROVENANCE_RELATIONS)[keyof typeof PROVENANCE_RELATIONS];

/** Backtick-quotes an identifier (labels and types cannot be parameters in Cypher 5). */
function escapeIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll("`", "``")}\``;
}

/** `:Region` — a label from the schema, ready to splice into a pattern. */
export function label(name: SchemaName): string {
  return `:${escapeIdentifier(name)}`;
}

/** `:DEVELOPS` or `:PART_OF|LOCATED_IN` — relationship types from the schema. */
export function relType(...names: readonly SchemaName[]): string {
  return `:${names.map(escapeIdentifier).join("|")}`;
}

/** Parameters for a run: user values checked against the spec, defaults filled in, fixed values last. */
export function bindParams(query: NamedQuery, given: Readonly<Record<string, ParamValue | undefined>>): Record<string, unknown> {
  const unknown = Object.keys(given).filter((k) => !query.params.some((p) => p.name === k));
  if (unknown.length) throw new Error(`query ${query.name}: unknown parameter ${unknown.map((k) => `"${k}"`).join(", ")}`);
  const bound: Record<string, unknown> = {};
  for (const spec of query.params) {
    const value = given[spec.name] !== undefined ? given[spec.name] : spec.default;
    if (value === undefined) throw new Error(`query ${query.name}: parameter "${spec.name}" (${spec.type}) is required — ${spec.description}`);
    if (value !== null && !fitsType(value, spec.type)) {
      throw new Error(`query ${query.name}: parameter "${spec.name}" must be ${spec.type}, got ${JSON.stringify(value)}`);
    }
    bound[spec.name] = value;
  }
  const params = { ...bound, ...query.fixed };
  return query.prepare ? query.prepare(params) : params;
}

function fitsType(value: ParamValue, type: ParamType): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "int":
      return typeof value === "number" && Number.isInteger(value);
    case "float":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
  }
}
