// The contract matrix: every operation of the spec, found by walking the spec (not a hand-kept
// list), is called through the facade with a valid request built from the spec's examples. The
// mock must accept it (Prism runs with --errors, so a request violation fails), answer with the
// documented status, and send a body that validates against the operation's response schema.
// (To judge another server, or Twilio, by the spec: `npm run contract -- --target URL`, the verifier.)
import { describe, expect, it } from "vitest";
import { successStatuses } from "../../scripts/lib/spec.mjs";
import { routeFor, unroutedOperations } from "../../src/core/operations.js";
import { callFacade, contractClient, facadeOptions, schemaErrors } from "../support/contract";
import { type Json, loadSpec, type SpecOperation } from "../support/spec";

const { operations } = await loadSpec();
const FORM = "application/x-www-form-urlencoded";

const pathFor = (op: SpecOperation): Record<string, string> =>
  Object.fromEntries(op.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.example]));

/** One valid request per named request-body example (or one, for operations without a body). */
function requestCases(op: SpecOperation): { name: string; wire: Record<string, unknown> }[] {
  const params: Record<string, unknown> = {};
  for (const p of op.parameters) {
    if (p.in === "query" || p.in === "header") params[p.name] = p.example;
  }
  const examples = Object.entries<Json>(op.operation.requestBody?.content?.[FORM]?.examples ?? {});
  if (!examples.length) return [{ name: "parameter examples", wire: params }];
  return examples.map(([name, example]) => ({ name, wire: { ...params, ...example.value } }));
}

describe("every operation in the spec is reachable through the client", () => {
  it("the client routes every generated operation", () => {
    expect(unroutedOperations, "operations in the spec with no client method").toEqual([]);
  });

  it.each(operations.map((op) => [op.operationId, op] as const))("%s has a facade method", (_, op) => {
    expect(
      routeFor(op.resource, op.family, op.action).operationId,
      `${op.operationId} is not reachable through the client`,
    ).toBe(op.operationId);
  });
});

describe("contract matrix (the Prism mock)", () => {
  for (const op of operations) {
    for (const { name, wire } of requestCases(op)) {
      it(`${op.operationId} with the ${name} request`, async () => {
        expect(routeFor(op.resource, op.family, op.action).operationId, "the facade method for it").toBe(
          op.operationId,
        );
        const path = pathFor(op);
        const { client, requests } = contractClient();
        const outcome = await callFacade(client, op, path, facadeOptions(op, wire)).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        expect(requests, "one request per call").toHaveLength(1);
        const [request] = requests;
        const answer = request?.response;
        expect(answer, "an answer").toBeDefined();
        if (!answer || !request) return;

        // The request carried every value, under its wire name.
        const form = Object.fromEntries(new URLSearchParams(request.body ?? ""));
        for (const [key, value] of Object.entries(wire)) {
          const where = op.parameters.find((p) => p.name === key)?.in;
          const sent =
            where === "query"
              ? request.url.searchParams.get(key)
              : where === "header"
                ? request.headers.get(key)
                : form[key];
          expect(sent, `${key} sent`).toBe(String(value));
        }

        // Prism lists any request or response violation in this header.
        expect(
          JSON.parse(answer.headers.get("sl-violations") ?? "[]"),
          "violations reported by Prism",
        ).toEqual([]);
        const [documented] = successStatuses(op.operation);
        const schema = op.operation.responses[String(answer.status)]?.content?.["application/json"]?.schema;
        if (schema) {
          expect(
            schemaErrors(schema, JSON.parse(answer.text)),
            `body of the ${answer.status} answer`,
          ).toEqual([]);
        }
        expect(answer.status, `status (body: ${answer.text.slice(0, 300)})`).toBe(documented);
        expect(outcome).not.toHaveProperty("error");
        if (documented === 204) expect(answer.text).toBe("");
      });
    }
  }
});
