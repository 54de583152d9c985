// The contract matrix: every operation of the spec, found by walking the spec (not a hand-kept
// list), is called through the facade with a valid request built from the spec's examples. The
// target must accept it (Prism runs with --errors, so a request violation fails), answer with the
// documented status, and send a body that validates against the operation's response schema.
// `npm run contract -- --target URL` or `--live` points the same matrix at another server.
import { describe, expect, it } from "vitest";
import { successStatuses } from "../../scripts/lib/spec.mjs";
import { routeFor, unroutedOperations } from "../../src/resources/routes.js";
import {
  ALLOW_WRITES,
  callFacade,
  contractClient,
  facadeOptions,
  MODE,
  schemaErrors,
} from "../support/contract";
import { type Json, loadSpec, type SpecOperation } from "../support/spec";

const { operations } = await loadSpec();
const FORM = "application/x-www-form-urlencoded";
const live = MODE === "live";
const env = process.env;

// On a live account the path comes from the environment and a message SID from an earlier call.
const state: { sid?: string } = {};
// Query parameters whose spec examples only make sense against the mock (a made-up page token).
const MOCK_ONLY_QUERY = new Set(live ? ["Page", "PageToken"] : []);

function pathFor(op: SpecOperation): Record<string, string> | string {
  const path: Record<string, string> = {};
  for (const p of op.parameters.filter((p) => p.in === "path")) {
    if (!live) path[p.name] = p.example;
    else if (p.name === "ConversationSid") path[p.name] = env.TWILIO_CONVERSATION_SID as string;
    else if (p.name === "ChatServiceSid") {
      if (!env.TWILIO_CHAT_SERVICE_SID) return "set TWILIO_CHAT_SERVICE_SID to check the service family live";
      path[p.name] = env.TWILIO_CHAT_SERVICE_SID;
    } else if (p.name === "Sid") {
      if (!state.sid) return "no message to address: the conversation is empty and writes are off";
      path[p.name] = state.sid;
    }
  }
  return path;
}

/** One valid request per named request-body example (or one, for operations without a body). */
function requestCases(op: SpecOperation): { name: string; wire: Record<string, unknown> }[] {
  const params: Record<string, unknown> = {};
  for (const p of op.parameters) {
    if ((p.in === "query" || p.in === "header") && !MOCK_ONLY_QUERY.has(p.name)) params[p.name] = p.example;
  }
  const examples = Object.entries<Json>(op.operation.requestBody?.content?.[FORM]?.examples ?? {});
  if (!examples.length) return [{ name: "parameter examples", wire: params }];
  return examples.map(([name, example]) => ({ name, wire: { ...params, ...example.value } }));
}

const isWrite = (op: SpecOperation) => op.action !== "list" && op.action !== "fetch";
// Live runs need an order: read first, then create a message, change it, and delete it.
const ORDER = ["list", "fetch", "create", "update", "delete"];
const ordered = [...operations].sort(
  (a, b) => a.family.localeCompare(b.family) || ORDER.indexOf(a.action) - ORDER.indexOf(b.action),
);

describe("every operation in the spec is reachable through the client", () => {
  it("the client routes every generated operation", () => {
    expect(unroutedOperations, "operations in the spec with no client method").toEqual([]);
  });

  it.each(operations.map((op) => [op.operationId, op] as const))("%s has a facade method", (_, op) => {
    expect(
      routeFor(op.family, op.action).operationId,
      `${op.operationId} is not reachable through the client`,
    ).toBe(op.operationId);
  });
});

describe.sequential(`contract matrix (${MODE})`, () => {
  for (const op of ordered) {
    for (const { name, wire } of requestCases(op)) {
      const skip = !ALLOW_WRITES && isWrite(op);
      it.skipIf(skip)(`${op.operationId} with the ${name} request`, async (ctx) => {
        expect(routeFor(op.family, op.action).operationId, "the facade method for it").toBe(op.operationId);
        const path = pathFor(op);
        if (typeof path === "string") return ctx.skip(path);
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

        const value = (outcome as { value: Json }).value;
        if (op.action === "list") state.sid ??= value.instances[0]?.sid;
        if (op.action === "create") state.sid = value.sid;
        if (op.action === "delete") state.sid = undefined;
      });
    }
  }
});
