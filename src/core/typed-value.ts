// A form or query value read as its schema types it. Apart from the operation index, so that code
// reading webhooks' forms (core/webhooks.ts) needs no operation table.
/** A query or header value read from text, as its schema types it: "20" is the integer 20 for an integer. */
export function typedValue(value: string, schema: { type?: unknown }): unknown {
  return schema.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
}
