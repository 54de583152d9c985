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

/**
 * Where each field of a record's answer comes from: the stored record, or what is worked out per
 * answer (the conversation, the service, the URL, links under it, a summary of linked items).
 */
type Source =
  | { from: "record" | "conversation" | "service" | "url" }
  | { from: "links"; segments: [string, string][] }
  | { from: "summary"; summary: SummaryName };

/** What shaping a resource's record in a family needs, read from the spec once. */
interface Shape {
  /** The schema's fields, in its order, each with where it comes from. */
  fields: [string, Source][];
  /** The fetch path's text between its parameters. */
  pieces: string[];
}
const shapes = new Map<string, Shape>();

// The fields a record's answer gets from where it is rather than from the store.
const PLACED: Record<string, Source> = {
  conversation_sid: { from: "conversation" },
  chat_service_sid: { from: "service" },
  url: { from: "url" },
};

function shapeOf(resource: ResourceName, family: Family): Shape {
  const key = `${resource} ${family}`;
  let shape = shapes.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!shape) {
    const { operation } = routeFor(resource, family, "fetch");
    const schema = fields[operation.returns as SchemaName];
    const objects = schema.objects as Record<string, string>;
    const sourceOf = (name: string): Source => {
      const object = objects[name];
      const segments = object && (linkSegments as Record<string, Record<string, string>>)[object];
      if (segments) return { from: "links", segments: Object.entries(segments) };
      if (object && object in summaries) return { from: "summary", summary: object as SummaryName };
      return PLACED[name] ?? { from: "record" };
    };
    shape = {
      fields: schema.names.map((name) => [name, sourceOf(name)]),
      pieces: operation.path.split(/\{[^}]+\}/),
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
  const stored = record as Json;
  const out: Json = {};
  for (const [name, source] of shape.fields) {
    switch (source.from) {
      case "record":
        out[name] = stored[name];
        break;
      case "conversation":
        out[name] = conversation.sid;
        break;
      case "service":
        out[name] = service;
        break;
      case "url":
        out[name] = url;
        break;
      case "links": {
        const links: Json = {};
        for (const [link, segment] of source.segments) links[link] = `${url}/${segment}`;
        out[name] = links;
        break;
      }
      default:
        out[name] = summaryOf(source.summary, linked(summaries[source.summary].link));
    }
  }
  return out;
}
