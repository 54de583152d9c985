// Checks that every constraint the seed gives (tests/support/seed-constraints.ts) is in the spec.
import { beforeAll, describe, expect, it } from "vitest";
import { type Location, SEED_CONSTRAINTS } from "../support/seed-constraints";
import {
  fieldSchema,
  flattened,
  isNullable,
  type Json,
  loadSpec,
  nonNull,
  onMessages,
  type SpecOperation,
} from "../support/spec";

const TABLE = "tests/support/seed-constraints.ts";
// The keywords a row of the table states, when it is suggested from the spec.
const ROW_KEYWORDS = [
  "type",
  "pattern",
  "minLength",
  "maxLength",
  "x-max-bytes",
  "format",
  "contentMediaType",
  "enum",
  "minimum",
  "maximum",
  "default",
];

/** The row the table lacks for a field the spec has, as it would be written in the table. */
function suggestedRow(where: string, schema: Json): string {
  const values = nonNull(schema ?? {});
  const expected = Object.fromEntries(
    ROW_KEYWORDS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]),
  );
  if (schema && !where.startsWith("{ param") && !where.startsWith("{ body"))
    expected.nullable = isNullable(schema);
  return `[${where}, ${JSON.stringify(expected)}],`;
}

/**
 * A failure message for a table out of step with the spec: which file, which rows to add, and
 * which rows the spec no longer backs.
 */
function outOfStep(missing: string[], extra: string[]): string {
  const lines = [`${TABLE} is out of step with openapi/messages.yaml.`];
  if (missing.length)
    lines.push(
      "The spec has constraints the seed's table does not: if Twilio's documentation says them, add",
      ...missing.map((row) => `  ${row}`),
      "(otherwise take them out of the spec).",
    );
  if (extra.length)
    lines.push(
      "The table has rows the spec lacks: put them back in the spec, or drop the rows if Twilio's documentation changed:",
      ...extra.map((row) => `  ${row}`),
    );
  return lines.join("\n");
}

// The seed is the Message resource's reference page: the table covers its operations, not its receipts'.
let operations: SpecOperation[];
beforeAll(async () => {
  operations = onMessages((await loadSpec()).operations);
});

const label = (where: Location) =>
  "param" in where
    ? `${where.in} parameter ${where.param}`
    : "body" in where
      ? `body field ${where.body}`
      : "message" in where
        ? `Message.${where.message}`
        : `list page ${where.page}`;

/** Every schema the location names: one per operation it applies to, in both families. */
function schemasAt(where: Location): [string, Json][] {
  if ("param" in where) {
    const on = where.on.length ? where.on : null; // [] = wherever the spec has the parameter
    const found = operations.flatMap((op) =>
      op.parameters
        .filter((p) => p.name === where.param && p.in === where.in)
        .map((p): [string, Json] => [op.operationId, p.schema]),
    );
    if (on) {
      for (const op of operations.filter((o) => on.includes(o.action))) {
        if (!found.some(([id]) => id === op.operationId)) found.push([op.operationId, undefined]);
      }
    }
    return found;
  }
  if ("body" in where) {
    return operations
      .filter((op) => where.on.includes(op.action))
      .map((op) => [
        op.operationId,
        op.operation.requestBody?.content["application/x-www-form-urlencoded"]?.schema?.properties?.[
          where.body
        ],
      ]);
  }
  if ("message" in where) {
    return operations
      .filter((op) => op.action !== "list" && op.action !== "delete")
      .filter((op) => where.family === undefined || op.family === where.family)
      .map((op) => {
        const [status] = Object.keys(op.operation.responses);
        const schema = op.operation.responses[status as string].content["application/json"].schema;
        return [op.operationId, fieldSchema(schema, where.message)];
      });
  }
  return operations
    .filter((op) => op.action === "list")
    .map((op) => [
      op.operationId,
      fieldSchema(op.operation.responses["200"].content["application/json"].schema, where.page),
    ]);
}

describe("every constraint the seed gives is in the spec", () => {
  it.each(SEED_CONSTRAINTS.map(([where, expected]) => [label(where), where, expected] as const))(
    "%s",
    (_, where, expected) => {
      const found = schemasAt(where);
      expect(found.length, "operations carrying it").toBeGreaterThan(0);
      for (const [operationId, schema] of found) {
        expect(schema, `${operationId}: missing`).toBeDefined();
        const { nullable, ...keywords } = expected;
        if (nullable !== undefined) expect(isNullable(schema), `${operationId}: nullable`).toBe(nullable);
        const values = nonNull(schema);
        for (const [keyword, value] of Object.entries(keywords)) {
          expect(values[keyword], `${operationId}: ${keyword}`).toEqual(value);
        }
      }
    },
  );

  it("covers every parameter and body field the spec has", () => {
    const stated = new Set(
      SEED_CONSTRAINTS.map(([where]) => where).flatMap((w) =>
        "param" in w ? [`${w.in} ${w.param}`] : "body" in w ? [`body ${w.body}`] : [],
      ),
    );
    const inSpec = new Map<string, string>();
    for (const op of operations) {
      for (const p of op.parameters) {
        const on = operations.filter((o) => o.parameters.some((q) => q.name === p.name)).map((o) => o.action);
        const where = `{ param: "${p.name}", in: "${p.in}", on: ${JSON.stringify([...new Set(on)])} }`;
        inSpec.set(`${p.in} ${p.name}`, suggestedRow(where, p.schema));
      }
      const body = op.operation.requestBody?.content["application/x-www-form-urlencoded"]?.schema;
      for (const [field, schema] of Object.entries<Json>(body?.properties ?? {})) {
        const on = operations
          .filter(
            (o) =>
              o.operation.requestBody?.content?.["application/x-www-form-urlencoded"]?.schema?.properties?.[
                field
              ],
          )
          .map((o) => o.action);
        inSpec.set(
          `body ${field}`,
          suggestedRow(`{ body: "${field}", on: ${JSON.stringify([...new Set(on)])} }`, schema),
        );
      }
    }
    const missing = [...inSpec].filter(([key]) => !stated.has(key)).map(([, row]) => row);
    const extra = [...stated].filter((key) => !inSpec.has(key));
    expect(missing.length + extra.length, outOfStep(missing, extra)).toBe(0);
  });

  const messageOf = (family: string) => {
    const fetch = operations.find((op) => op.action === "fetch" && op.family === family) as SpecOperation;
    return flattened(fetch.operation.responses["200"].content["application/json"].schema);
  };
  it.each(["default", "service"])("covers every field of the %s family's message", (family) => {
    const message = messageOf(family);
    const inBoth = messageOf("default").properties;
    const stated = SEED_CONSTRAINTS.flatMap(([w]) =>
      "message" in w && !w.message.includes(".") && (w.family === undefined || w.family === family)
        ? [w.message]
        : [],
    );
    const missing = Object.keys(message.properties)
      .filter((name) => !stated.includes(name))
      .map((name) => {
        const where =
          name in inBoth ? `{ message: "${name}" }` : `{ message: "${name}", family: "${family}" }`;
        return suggestedRow(where, message.properties[name]);
      });
    const extra = stated.filter((name) => !(name in message.properties));
    expect(missing.length + extra.length, outOfStep(missing, extra)).toBe(0);
    expect([...message.required].sort()).toEqual(stated.sort());
  });
});
