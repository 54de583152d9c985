// What the verifier reads from the spec (through src/generated/): the operations of each family,
// their request constraints, valid and boundary values for them, values that break one constraint
// alone, the documented answers, links and paging. Nothing here restates a fact about the API.

import {
  type Action,
  allRoutes,
  type Family,
  itemParameter,
  type Operation,
  parentOf,
  type ResourceName,
  routeFor,
} from "../core/operations.js";
import { examples, links, responses, safeValues, selfLinks } from "../generated/contract.js";
import { fields, linkSegments, summaries } from "../generated/fields.js";
import type { OperationId } from "../generated/operations.js";
import { schemas } from "../generated/schemas.js";

export type { Operation };

/**
 * The resource whose items a run makes (and deletes again): the first top-level one the spec can
 * create. Every other resource is reached from those items.
 */
export const MADE: ResourceName = allRoutes.find(
  (r) => r.action === "create" && parentOf(r.resource) === undefined,
)?.resource as ResourceName;
type Json = Record<string, unknown>;
export type Location = "path" | "query" | "header" | "body";

export interface FieldSchema {
  type?: string | string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  "x-max-bytes"?: number;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  format?: string;
  contentMediaType?: string;
  default?: unknown;
}

export interface OperationView {
  id: OperationId;
  operation: Operation;
  family: Family;
  action: Action;
}

export function operationOf(family: Family, action: Action, resource: ResourceName = MADE): OperationView {
  const { operationId, operation } = routeFor(resource, family, action);
  return { id: operationId, operation, family, action };
}

/** The request fields of an operation: parameters and body properties, with their schemas. */
export interface RequestField {
  in: Location;
  name: string;
  schema: FieldSchema;
}
export function requestFields(op: OperationView): RequestField[] {
  const found: RequestField[] = op.operation.parameters.map((p) => ({
    in: p.in as Location,
    name: p.name,
    schema: p.schema as FieldSchema,
  }));
  if (op.operation.body) {
    for (const [name, schema] of Object.entries(op.operation.body.schema.properties)) {
      found.push({ in: "body", name, schema: schema as FieldSchema });
    }
  }
  return found;
}

/** A documented answer of an operation for a status: its own, or `default`. */
export interface Documented {
  status: string;
  media: string | null;
  validate?: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
}
export function documentedAnswer(op: OperationView, status: number): Documented | undefined {
  const byStatus = responses[op.id] as Record<string, Omit<Documented, "status">>;
  const own = byStatus[String(status)];
  if (own) return { status: String(status), ...own };
  // `default` is Twilio's error answer: it stands for any other error status, never for a success.
  if (status >= 300 && byStatus.default) return { status: "default", ...byStatus.default };
  return undefined;
}

/** The success status an operation documents. */
export const successOf = (op: OperationView): number => op.operation.success;

/** The links from an operation's answers, as the spec states them. */
export function linksOf(
  op: OperationView,
): { operationId: OperationId; parameters: Record<string, string> }[] {
  return Object.values(
    (
      links as Record<
        string,
        Record<string, { operationId: OperationId; parameters: Record<string, string> }>
      >
    )[op.id] ?? {},
  );
}

/** The spec's example of a parameter, if it has one. */
export function parameterExample(op: OperationView, location: Location, name: string): unknown {
  return (examples[op.id].parameters as Record<string, unknown>)[`${location} ${name}`];
}

/** The spec's named request body examples of an operation. */
export function bodyExamples(op: OperationView): [string, Json][] {
  return Object.entries(examples[op.id].bodies as Record<string, Json>);
}

/** The value a checker sends for a parameter so that its request has no side effect, if any. */
export function safeValue(location: Location, name: string): string | undefined {
  return (safeValues as Record<string, string>)[`${location} ${name}`];
}

/** The component schema an operation answers with, and its fields (allOf merged). */
export function answerSchema(op: OperationView): keyof typeof fields | undefined {
  return op.operation.returns;
}
export function fieldNames(schema: keyof typeof fields): readonly string[] {
  return fields[schema].names;
}
export function dateTimeFields(schema: keyof typeof fields): readonly string[] {
  return fields[schema].dateTime;
}

/** The field that holds a resource's own URL (x-self), for a schema or any schema it is made of. */
export function selfField(schema: keyof typeof fields): string | undefined {
  const own = (selfLinks as Record<string, string>)[schema];
  if (own) return own;
  const parts = (schemas[schema as keyof typeof schemas] as { allOf?: { $ref?: string }[] }).allOf ?? [];
  for (const part of parts) {
    const name = part.$ref?.split("/").at(-1);
    const found = name && name in fields ? selfField(name as keyof typeof fields) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The pattern of a field of a component schema, through `$ref`s and `allOf`, if it has one. */
export function fieldPattern(schema: string, field: string): RegExp | undefined {
  const seen = new Set<string>();
  const resolve = (value: unknown): Json | undefined => {
    let current = value as Json | undefined;
    while (current && typeof current.$ref === "string") {
      const name = (current.$ref as string).split("/").at(-1) as string;
      if (seen.has(name)) return undefined;
      seen.add(name);
      current = schemas[name as keyof typeof schemas] as Json | undefined;
    }
    return current;
  };
  const find = (name: string): RegExp | undefined => {
    const node = resolve({ $ref: `#/${name}` });
    const own = resolve((node?.properties as Json | undefined)?.[field]);
    if (own?.pattern) return new RegExp(own.pattern as string);
    for (const part of (node?.allOf as Json[] | undefined) ?? []) {
      const ref = (part.$ref as string | undefined)?.split("/").at(-1);
      const found = ref ? find(ref) : undefined;
      if (found) return found;
      const inline = resolve((part.properties as Json | undefined)?.[field]);
      if (inline?.pattern) return new RegExp(inline.pattern as string);
    }
    return undefined;
  };
  return find(schema);
}

/** snake_case of a PascalCase wire name: DateCreated → date_created, the field that echoes it. */
export const echoField = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** A string of exactly `bytes` bytes of UTF-8: four-byte emoji, then ASCII; a JSON string when the field holds JSON. */
export function ofBytes(bytes: number, schema: FieldSchema, emoji: boolean): string {
  const json = schema.contentMediaType === "application/json";
  const room = bytes - (json ? 2 : 0);
  const four = emoji ? Math.floor(room / 4) : 0;
  const text = "🚢".repeat(four) + "x".repeat(room - four * 4);
  return json ? JSON.stringify(text) : text;
}

/** One value that keeps a field's schema, for each edge the schema has (and its example). */
export function boundaryValues(schema: FieldSchema, example: unknown): { label: string; value: unknown }[] {
  const values: { label: string; value: unknown }[] = [];
  if (schema.enum)
    for (const value of schema.enum) values.push({ label: `enum value ${JSON.stringify(value)}`, value });
  if (schema.minimum !== undefined)
    values.push({ label: `minimum ${schema.minimum}`, value: schema.minimum });
  if (schema.maximum !== undefined)
    values.push({ label: `maximum ${schema.maximum}`, value: schema.maximum });
  // A pattern fixes a SID's form: its example is the value, whatever its lengths say.
  if (!schema.pattern) {
    if (schema.maxLength !== undefined)
      values.push({ label: `longest, ${schema.maxLength} characters`, value: "x".repeat(schema.maxLength) });
    if (schema.minLength !== undefined)
      values.push({ label: `shortest, ${schema.minLength} characters`, value: "x".repeat(schema.minLength) });
    const bytes = schema["x-max-bytes"];
    if (bytes !== undefined) {
      values.push({ label: `largest, ${bytes} bytes of ASCII`, value: ofBytes(bytes, schema, false) });
      values.push({
        label: `largest, ${bytes} bytes in four-byte characters`,
        value: ofBytes(bytes, schema, true),
      });
    }
  }
  if (!values.length && example !== undefined && (schema.format || schema.pattern || schema.contentMediaType))
    values.push({ label: "the spec's example", value: example });
  return values;
}

/** A rule of a field, and a value that breaks that rule alone (starting from a valid value). */
export interface Breach {
  keyword: string;
  value: string;
}
export function breaches(schema: FieldSchema, valid: unknown): Breach[] {
  const found: Breach[] = [];
  const text = valid === undefined ? "" : String(valid);
  // Stryker disable next-line ConditionalExpression: without a pattern, RegExp(undefined) matches anything, so no breach is found either way
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    outer: for (let i = text.length - 1; i >= 0; i--) {
      for (const ch of ["z", "!", " "]) {
        const candidate = text.slice(0, i) + ch + text.slice(i + 1);
        if (!re.test(candidate)) {
          found.push({ keyword: "pattern", value: candidate });
          break outer;
        }
      }
    }
  }
  if (schema.minLength !== undefined && schema.minLength > 0)
    found.push({ keyword: "minLength", value: text.slice(0, schema.minLength - 1) || "" });
  if (schema.maxLength !== undefined)
    found.push({ keyword: "maxLength", value: text.padEnd(schema.maxLength + 1, "a") });
  if (schema["x-max-bytes"] !== undefined) {
    // One byte over, ending in a two-byte character so that counting characters would let it pass.
    const bytes = schema["x-max-bytes"];
    const json = schema.contentMediaType === "application/json";
    const over = `${"a".repeat(bytes - 1 - (json ? 2 : 0))}é`;
    found.push({ keyword: "x-max-bytes", value: json ? JSON.stringify(over) : over });
  }
  if (schema.enum) found.push({ keyword: "enum", value: `not-${String(schema.enum[0])}` });
  if (schema.minimum !== undefined) found.push({ keyword: "minimum", value: String(schema.minimum - 1) });
  if (schema.maximum !== undefined) found.push({ keyword: "maximum", value: String(schema.maximum + 1) });
  if (schema.type === "integer") found.push({ keyword: "type", value: "ten" });
  if (schema.format === "date-time") found.push({ keyword: "format", value: "not-a-date" });
  if (schema.contentMediaType === "application/json")
    found.push({ keyword: "contentMediaType", value: "{not json" });
  return found;
}

/**
 * The body fields of an operation a checker can fill with values of its own and find again in the
 * answer: those the answer echoes (a field of the same name in snake_case), free text (no pattern
 * or format) or JSON text. A field that references another resource (a pattern) is left out.
 */
export function echoedFields(op: OperationView): { text: string[]; json: string[] } {
  const schema = answerSchema(op);
  const names = schema ? fieldNames(schema) : [];
  const text: string[] = [];
  const json: string[] = [];
  for (const field of requestFields(op)) {
    if (field.in !== "body" || !names.includes(echoField(field.name))) continue;
    const s = field.schema;
    if (s.pattern || s.format || s.enum) continue;
    (s.contentMediaType === "application/json" ? json : text).push(field.name);
  }
  return { text, json };
}

/** The path parameter that names one item of a resource: the last of its item paths. */
export function itemParameterOf(family: Family, resource: ResourceName = MADE): string {
  return itemParameter(resource, family) as string;
}

/**
 * Where a schema's answers link to a child resource: the object field that holds its links, and
 * the link field there whose path segment (x-path-segment) is the child's last one.
 */
export function linkTo(
  schema: keyof typeof fields,
  segment: string,
): { at: string; field: string } | undefined {
  const segments = linkSegments as Record<string, Record<string, string>>;
  for (const [at, object] of Object.entries(fields[schema].objects as Record<string, string>)) {
    const field = Object.entries(segments[object] ?? {}).find(([, s]) => s === segment)?.[0];
    if (field) return { at, field };
  }
  return undefined;
}

/** The rule of a summary (x-summary-of): how its fields follow from the items of a linked list. */
export interface Summary {
  /** The answer's field that holds the summary. */
  at: string;
  /** The link field of the list it summarizes. */
  link: string;
  /** The items' field counted, the summary's field of the total, and each summary field's statuses. */
  field: string;
  total: string;
  counts: Record<string, readonly string[]>;
  /** The values of a summary field, for every item, some, and none (the field's own enum). */
  all: string;
  some: string;
  none: string;
}

/** The summaries an answer schema holds (x-summary-of), with the values their fields take. */
export function summariesOf(schema: keyof typeof fields): Summary[] {
  const rules = summaries as Record<string, Omit<Summary, "at" | "all" | "some" | "none">>;
  const found: Summary[] = [];
  for (const [at, object] of Object.entries(fields[schema].objects as Record<string, string>)) {
    const rule = rules[object];
    if (!rule) continue;
    const first = Object.keys(rule.counts)[0] as string;
    const property = (schemas[object as keyof typeof schemas] as { properties: Record<string, Json> })
      .properties[first];
    const ref = (property?.$ref as string | undefined)?.split("/").at(-1);
    // The spec's own order of the field's values: every item, some, none.
    const [all, some, none] = ((ref ? (schemas[ref as keyof typeof schemas] as Json) : property)?.enum ??
      []) as string[];
    if (all && some && none) found.push({ at, ...rule, all, some, none });
  }
  return found;
}
