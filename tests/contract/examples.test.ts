// Every named response example of the spec, asked of the mock with `Prefer: code=…, example=…`:
// success examples must decode to the camelCase item (Dates as Date, nulls kept); error
// examples must throw RestException with the example's status, code, message and more_info.
import { describe, expect, it } from "vitest";
import { successStatuses } from "../../scripts/lib/spec.mjs";
import { RestException } from "../../src/index.js";
import {
  callFacade,
  contractClient,
  expectedDecoding,
  facadeOptions,
  itemSchemaOf,
} from "../support/contract";
import { type Json, loadSpec, type SpecOperation } from "../support/spec";

const { operations } = await loadSpec();

function validInput(op: SpecOperation) {
  const path = Object.fromEntries(
    op.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.example]),
  );
  return { path, options: facadeOptions(op, {}) };
}

interface ExampleCase {
  op: SpecOperation;
  status: string;
  name: string;
  value: Json;
  schema: Json;
}
const cases: ExampleCase[] = operations.flatMap((op) =>
  Object.entries<Json>(op.operation.responses).flatMap(([status, response]) =>
    Object.entries<Json>(response.content?.["application/json"]?.examples ?? {}).map(([name, example]) => ({
      op,
      status,
      name,
      value: example.value,
      schema: response.content["application/json"].schema,
    })),
  ),
);
const label = (c: ExampleCase) => `${c.op.operationId} ${c.status} "${c.name}"`;

describe("named response examples", () => {
  it("cover every documented response of every operation that has a body", () => {
    for (const op of operations) {
      for (const [status, response] of Object.entries<Json>(op.operation.responses)) {
        if (!response.content) continue;
        expect(
          cases.some((c) => c.op === op && c.status === status),
          `${op.operationId} ${status}`,
        ).toBe(true);
      }
    }
  });

  const success = cases.filter((c) => successStatuses(c.op.operation).includes(Number(c.status)));
  it.each(success.map((c) => [label(c), c] as const))("%s decodes to the camelCase item", async (_, c) => {
    const { client } = contractClient({ Prefer: `code=${c.status}, example=${c.name}` });
    const { path, options } = validInput(c.op);
    const result: Json = await callFacade(client, c.op, path, options);
    if (c.op.action === "list") {
      const items = c.value[c.op.operation["x-pagination"].items];
      expect(result.instances.length).toBeGreaterThan(0);
      expect(result.instances.map((m: Json) => m.toJSON())).toEqual(
        items.map((m: Json) => expectedDecoding(itemSchemaOf(c.op, c.schema), m)),
      );
      expect(result.nextPageUrl).toBe(c.value.meta.next_page_url);
      expect(result.previousPageUrl).toBe(c.value.meta.previous_page_url);
    } else {
      expect(result.toJSON()).toEqual(expectedDecoding(c.schema, c.value));
    }
  });

  const errors = cases.filter((c) => !successStatuses(c.op.operation).includes(Number(c.status)));
  it.each(errors.map((c) => [label(c), c] as const))(
    "%s throws RestException with its fields",
    async (_, c) => {
      // `default` stands for any other status; ask for the one its example states.
      const code = c.status === "default" ? c.value.status : c.status;
      const { client } = contractClient({ Prefer: `code=${code}, example=${c.name}` });
      const { path, options } = validInput(c.op);
      const error = await callFacade(client, c.op, path, options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RestException);
      expect(error).toMatchObject({
        status: Number(code),
        code: c.value.code,
        message: c.value.message,
        moreInfo: c.value.more_info,
      });
    },
  );

  it("include 401, 404 and 429 errors for every operation", () => {
    for (const op of operations) {
      for (const status of ["401", "404", "429"]) {
        expect(
          errors.some((c) => c.op === op && c.status === status),
          `${op.operationId} ${status}`,
        ).toBe(true);
      }
    }
  });
});
