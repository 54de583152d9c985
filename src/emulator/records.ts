// A stored record as the API answers with it: the fields of the family's schema (the success
// schema of the resource's fetch), in the schema's order, with what is worked out per answer: the
// conversation and service, the record's URL on the origin asked, its links (x-path-segment: the
// link is the URL and that segment) and its summaries (x-summary-of: counts of the linked items).
import { type Family, type ResourceName, routeFor } from "../core/operations.js";
import { fields, linkSegments, summaries } from "../generated/fields.js";
import { schemas } from "../generated/schemas.js";
import type { Conversation } from "./store.js";

export type Json = Record<string, unknown>;
type SchemaName = keyof typeof fields;
type SummaryName = keyof typeof summaries;

/** A conversation's family: whether it is in an explicit Conversation Service. */
export function familyOf(conversation: Conversation): Family {
  return conversation.service === undefined ? "default" : "service";
}

/** What shaping a resource's record in a family needs, read from the spec once. */
interface Shape {
  names: readonly string[];
  /** The fetch path's text between its parameters, and how many parameters it has. */
  pieces: string[];
  /** Object fields that hold links: field → link name → path segment. */
  links: [string, [string, string][]][];
  /** Object fields that summarize linked items: field → the summary's schema. */
  summaries: [string, SummaryName][];
}
const shapes = new Map<string, Shape>();

function shapeOf(resource: ResourceName, family: Family): Shape {
  const key = `${resource} ${family}`;
  let shape = shapes.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!shape) {
    const { operation } = routeFor(resource, family, "fetch");
    const schema = fields[operation.returns as SchemaName];
    const objects = Object.entries(schema.objects as Record<string, string>);
    shape = {
      names: schema.names,
      pieces: operation.path.split(/\{[^}]+\}/),
      links: objects.flatMap(([field, object]) => {
        const segments = (linkSegments as Record<string, Record<string, string>>)[object];
        return segments ? [[field, Object.entries(segments)] as [string, [string, string][]]] : [];
      }),
      summaries: objects.flatMap(([field, object]) => {
        return object in summaries ? [[field, object as SummaryName] as [string, SummaryName]] : [];
      }),
    };
    shapes.set(key, shape);
  }
  return shape;
}

/**
 * The URL of a record: the fetch path's parameters filled in their order (the service, if any,
 * the conversation, then the SIDs from the outermost record to this one), each percent-encoded.
 */
function urlOf(origin: string, shape: Shape, values: readonly string[]): string {
  let url = origin + (shape.pieces[0] as string);
  for (let i = 1; i < shape.pieces.length; i++) {
    url += encodeURIComponent(values[i - 1] as string) + (shape.pieces[i] as string);
  }
  return url;
}

/**
 * A summary by the spec's rule: the number of items, and for each status field whether all, some
 * or none of the items have one of its statuses (the summary's enum, in the spec's order: all,
 * some, none); null while there are no items.
 */
export function summaryOf(summaryName: SummaryName, items: readonly Json[]): Json | null {
  if (items.length === 0) return null;
  const rule = summaries[summaryName];
  const properties = (schemas[summaryName] as { properties: Record<string, { $ref?: string }> }).properties;
  const summary: Json = { [rule.total]: items.length };
  for (const [name, statuses] of Object.entries(rule.counts) as [string, readonly string[]][]) {
    const ref = String(properties[name]?.$ref).split("/").at(-1) as keyof typeof schemas;
    const [all, some, none] = (schemas[ref] as { enum: readonly string[] }).enum;
    const count = items.filter((item) => statuses.includes(item[rule.field] as string)).length;
    summary[name] = count === items.length ? all : count === 0 ? none : some;
  }
  return summary;
}

/**
 * A record as fetched. `chain` is the SIDs from the outermost record to this one (a receipt's
 * message, then the receipt); `linked` gives the items a link leads to, for summaries.
 */
export function wireRecord(
  resource: ResourceName,
  conversation: Conversation,
  record: object,
  chain: readonly string[],
  origin: string,
  linked: (link: string) => readonly Json[] = () => [],
): Json {
  const shape = shapeOf(resource, familyOf(conversation));
  const service = conversation.service;
  const url = urlOf(
    origin,
    shape,
    service === undefined ? [conversation.sid, ...chain] : [service, conversation.sid, ...chain],
  );
  const values: Json = { ...record, conversation_sid: conversation.sid, chat_service_sid: service, url };
  for (const [field, segments] of shape.links) {
    values[field] = Object.fromEntries(segments.map(([name, segment]) => [name, `${url}/${segment}`]));
  }
  for (const [field, name] of shape.summaries) values[field] = summaryOf(name, linked(summaries[name].link));
  const out: Json = {};
  for (const name of shape.names) out[name] = values[name];
  return out;
}
