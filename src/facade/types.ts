// The facade's types, derived from the generated spec types as twilio-node shapes them: a schema's
// fields in camelCase with Dates, an operation's body, header and query options in camelCase. Each
// resource's own types (messages.ts, receipts.ts) are these applied to its schemas and operations.
import type { CamelCase } from "../core/names.js";
import type { components, operations as OperationTypes } from "../generated/api.js";
import type { fields } from "../generated/fields.js";
import type { OperationId, operations as operationTable } from "../generated/operations.js";
import type { FacadeName } from "./names.js";
import type { CallOptions } from "./resource.js";

type Schemas = components["schemas"];
type DateFields<S extends keyof typeof fields> = (typeof fields)[S]["dateTime"][number];

/** A schema's fields in camelCase, dates as Date (or null where the spec allows null). */
export type CamelFields<S extends keyof Schemas & keyof typeof fields> = {
  -readonly [K in keyof Schemas[S] & string as CamelCase<K>]: K extends DateFields<S>
    ? Date | Extract<Schemas[S][K], null>
    : Schemas[S][K];
};

/** An operation's form body, and which of its fields the spec types as date-time (from the operation table). */
type TableEntry<Op extends OperationId> = (typeof operationTable)[Op];
type BodyOf<Op extends OperationId & keyof OperationTypes> =
  TableEntry<Op> extends { body: { contentType: infer C } }
    ? NonNullable<OperationTypes[Op]["requestBody"]>["content"][C &
        keyof NonNullable<OperationTypes[Op]["requestBody"]>["content"]]
    : never;
type BodyDates<Op extends OperationId> =
  TableEntry<Op> extends { body: { schema: { properties: infer P } } }
    ? { [K in keyof P]: P[K] extends { format: "date-time" } ? K : never }[keyof P]
    : never;
/** A body's fields in camelCase; date-time fields also take a Date. */
export type FormOptions<Op extends OperationId & keyof OperationTypes> = {
  [K in keyof BodyOf<Op> & string as CamelCase<K>]?: K extends BodyDates<Op> ? Date | string : BodyOf<Op>[K];
};
/** An operation's headers in camelCase. */
export type HeaderOptions<Op extends keyof OperationTypes> = {
  [K in keyof NonNullable<OperationTypes[Op]["parameters"]["header"]> & string as CamelCase<K>]?: NonNullable<
    OperationTypes[Op]["parameters"]["header"]
  >[K];
};

type Query<Op extends keyof OperationTypes> = NonNullable<OperationTypes[Op]["parameters"]["query"]>;
/** Options of a list's `list()`, `each()` and `page()`: its query parameters as twilio-node names them, and a limit. */
export type ListOptions<Op extends keyof OperationTypes> = CallOptions & {
  [K in keyof Query<Op> & string as FacadeName<K>]?: Query<Op>[K];
} & {
  /** The most items to return in all; pages are fetched until it is reached. */
  limit?: number;
};
