// Checks a value against a request schema of the spec (a parameter's, or a body's), as read from
// src/generated/operations.ts: the JSON Schema keywords the spec's requests use (type, enum, the
// string, number and object rules, format date-time, JSON text) and its x-max-bytes. It reports
// the first rule broken, in the order Ajv checks them, with Ajv's keyword and params: the tests
// hold it to Ajv's verdict on every request schema of the spec.
import { holdsJson, isDateTime, ucs2length, utf8Length } from "../generated/runtime.js";
import { isObject } from "./objects.js";

export interface SchemaError {
  /** Where in the value: "" for the value itself, "/Body" for a body's field. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface RequestSchema {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  "x-max-bytes"?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  contentMediaType?: string;
  properties?: Readonly<Record<string, RequestSchema>>;
  additionalProperties?: boolean;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "null":
      return value === null;
    default:
      return typeof value === type;
  }
}

// Stryker disable next-line Regex: a shortcut; ucs2length counts any string the same.
const SURROGATE = /[\uD800-\uDFFF]/;
const patterns = new Map<string, RegExp>();
const regExpOf = (pattern: string) => {
  let re = patterns.get(pattern);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!re) {
    re = new RegExp(pattern, "u");
    patterns.set(pattern, re);
  }
  return re;
};

/** The first rule `value` breaks, or undefined when it keeps them all. */
export function firstError(
  schema: RequestSchema,
  value: unknown,
  instancePath = "",
): SchemaError | undefined {
  const fail = (keyword: string, params: Record<string, unknown>): SchemaError => ({
    instancePath,
    keyword,
    params,
  });
  if (schema.type !== undefined) {
    const types = [schema.type].flat() as string[];
    if (!types.some((t) => hasType(value, t))) return fail("type", { type: types.join(",") });
  }
  if (typeof value === "number") {
    if (schema.maximum !== undefined && value > schema.maximum)
      return fail("maximum", { comparison: "<=", limit: schema.maximum });
    if (schema.minimum !== undefined && value < schema.minimum)
      return fail("minimum", { comparison: ">=", limit: schema.minimum });
  }
  if (typeof value === "string") {
    if (schema.maxLength !== undefined || schema.minLength !== undefined) {
      // Lengths count code points; without surrogates, that is the string's length.
      const length = SURROGATE.test(value) ? ucs2length(value) : value.length;
      if (schema.maxLength !== undefined && length > schema.maxLength)
        return fail("maxLength", { limit: schema.maxLength });
      if (schema.minLength !== undefined && length < schema.minLength)
        return fail("minLength", { limit: schema.minLength });
    }
    if (schema.pattern !== undefined && !regExpOf(schema.pattern).test(value))
      return fail("pattern", { pattern: schema.pattern });
    if (schema.format === "date-time" && !isDateTime(value)) return fail("format", { format: schema.format });
    if (schema.contentMediaType === "application/json" && !holdsJson(value))
      return fail("contentMediaType", {});
    const bytes = schema["x-max-bytes"];
    if (bytes !== undefined && utf8Length(value) > bytes) return fail("x-max-bytes", { limit: bytes });
  }
  if (schema.enum && !schema.enum.includes(value)) return fail("enum", { allowedValues: schema.enum });
  if (isObject(value) && schema.properties) {
    const properties = schema.properties;
    if (schema.additionalProperties === false) {
      for (const name in value) {
        if (!(name in properties)) return fail("additionalProperties", { additionalProperty: name });
      }
    }
    for (const name in properties) {
      if (value[name] === undefined) continue;
      const inner = firstError(properties[name] as RequestSchema, value[name], `${instancePath}/${name}`);
      if (inner) return inner;
    }
  }
  return undefined;
}
