// Checks that every constraint the seed gives (tests/support/seed-constraints.ts) is in the spec.
import { beforeAll, describe, expect, it } from "vitest";
import { type Location, SEED_CONSTRAINTS } from "../support/seed-constraints";
import { fieldSchema, isNullable, type Json, loadSpec, nonNull, type SpecOperation } from "../support/spec";

let operations: SpecOperation[];
beforeAll(async () => {
  ({ operations } = await loadSpec());
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
    const inSpec = new Set(
      operations.flatMap((op) => [
        ...op.parameters.map((p) => `${p.in} ${p.name}`),
        ...Object.keys(
          op.operation.requestBody?.content["application/x-www-form-urlencoded"]?.schema?.properties ?? {},
        ).map((f) => `body ${f}`),
      ]),
    );
    expect([...inSpec].sort()).toEqual([...stated].sort());
  });

  it("covers every field of the Message resource", () => {
    const fetch = operations.find((op) => op.action === "fetch") as SpecOperation;
    const message = fetch.operation.responses["200"].content["application/json"].schema;
    const stated = SEED_CONSTRAINTS.flatMap(([w]) =>
      "message" in w && !w.message.includes(".") ? [w.message] : [],
    );
    expect(Object.keys(message.properties).sort()).toEqual(stated.sort());
    expect([...message.required].sort()).toEqual(stated.sort());
  });
});
