import { beforeAll, describe, expect, it } from "vitest";
import { HTTP_METHODS, successStatuses } from "../../scripts/lib/spec.mjs";
import { ACTIONS, type Json, loadSpec, type SpecOperation } from "../support/spec";

let deref: Json;
let bundled: Json;
let operations: SpecOperation[];
beforeAll(async () => {
  ({ deref, bundled, operations } = await loadSpec());
});

// Twilio's own path templates and parameter names: the one place a test restates them, because
// the issue fixes them from outside the spec.
const DEFAULT_FAMILY = "/v1/Conversations/{ConversationSid}/Messages";
const SERVICE_FAMILY = "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages";
const ERROR_RESPONSES = ["400", "401", "404", "429", "default"];

describe("operations", () => {
  it("are the five Message actions in each of the two families, ten in all", () => {
    const seen = operations.map((op) => `${op.family} ${op.action} ${op.method.toUpperCase()} ${op.path}`);
    const expected = [DEFAULT_FAMILY, SERVICE_FAMILY].flatMap((base) => {
      const family = base === DEFAULT_FAMILY ? "default" : "service";
      return [
        `${family} create POST ${base}`,
        `${family} list GET ${base}`,
        `${family} fetch GET ${base}/{Sid}`,
        `${family} update POST ${base}/{Sid}`,
        `${family} delete DELETE ${base}/{Sid}`,
      ];
    });
    expect(seen.sort()).toEqual(expected.sort());
    expect(new Set(operations.map((op) => op.action))).toEqual(new Set(ACTIONS));
  });

  it("each have a unique operationId", () => {
    const ids = operations.map((op) => op.operationId);
    for (const id of ids) expect(id, "operationId").toMatch(/^[A-Z][A-Za-z]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["create", [201]],
    ["list", [200]],
    ["fetch", [200]],
    ["update", [200]],
    ["delete", [204]],
  ] as const)("%s documents exactly the success status %j", (action, statuses) => {
    for (const op of operations.filter((o) => o.action === action)) {
      expect(successStatuses(op.operation), op.operationId).toEqual(statuses);
    }
  });

  it("each document 400, 401, 404, 429 and a default error with Twilio's error body", () => {
    const errorSchema = deref.components.schemas.TwilioError;
    for (const op of operations) {
      for (const code of ERROR_RESPONSES) {
        const response = op.operation.responses[code];
        expect(response, `${op.operationId} ${code}`).toBeDefined();
        expect(response.content["application/json"].schema, `${op.operationId} ${code}`).toBe(errorSchema);
      }
    }
    expect(errorSchema.required).toEqual(expect.arrayContaining(["code", "message", "more_info", "status"]));
    expect(errorSchema.properties.code.type).toBe("integer");
    expect(errorSchema.properties.status.type).toBe("integer");
    expect(errorSchema.properties.message.type).toBe("string");
    expect(errorSchema.properties.more_info).toMatchObject({ type: "string", format: "uri" });
  });

  it("are all secured by HTTP Basic (Account SID + Auth Token, or API Key + secret)", () => {
    for (const op of operations) {
      const requirements = op.operation.security ?? deref.security;
      expect(requirements, op.operationId).toHaveLength(1);
      const [name] = Object.keys(requirements[0]);
      expect(deref.components.securitySchemes[name as string], op.operationId).toMatchObject({
        type: "http",
        scheme: "basic",
      });
    }
  });

  it("are served from https://conversations.twilio.com", () => {
    expect(deref.servers.map((s: Json) => s.url)).toEqual(["https://conversations.twilio.com"]);
  });

  it("send form-encoded bodies on create and update, and none otherwise", () => {
    for (const op of operations) {
      const content = op.operation.requestBody?.content;
      if (op.action === "create" || op.action === "update") {
        expect(Object.keys(content), op.operationId).toEqual(["application/x-www-form-urlencoded"]);
        for (const field of Object.keys(content["application/x-www-form-urlencoded"].schema.properties)) {
          expect(field, `${op.operationId} body field`).toMatch(/^[A-Z][A-Za-z]*$/);
        }
      } else {
        expect(content, op.operationId).toBeUndefined();
      }
    }
  });

  it("share parameters, bodies and responses through components instead of copying them", () => {
    for (const [path, item] of Object.entries<Json>(bundled.paths)) {
      for (const p of item.parameters ?? []) expect(p.$ref, `${path} parameter`).toMatch(/^#\/components\//);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        const where = `${method.toUpperCase()} ${path}`;
        for (const p of op.parameters ?? []) expect(p.$ref, `${where} parameter`).toMatch(/^#\/components\//);
        if (op.requestBody) expect(op.requestBody.$ref, `${where} body`).toMatch(/^#\/components\//);
        for (const [code, r] of Object.entries<Json>(op.responses)) {
          expect(r.$ref, `${where} ${code}`).toMatch(/^#\/components\//);
        }
      }
    }
  });

  it("give the two families the same parameters, bodies and responses, bar the service SID", () => {
    const byAction = (family: string) =>
      Object.fromEntries(operations.filter((o) => o.family === family).map((o) => [o.action, o]));
    const plain = byAction("default");
    const service = byAction("service");
    for (const action of ACTIONS) {
      const a = plain[action] as SpecOperation;
      const b = service[action] as SpecOperation;
      expect(b.parameters.filter((p) => p.name !== "ChatServiceSid")).toEqual(a.parameters);
      expect(b.parameters.map((p) => p.name)).toContain("ChatServiceSid");
      expect(b.operation.requestBody).toBe(a.operation.requestBody);
      for (const code of Object.keys(a.operation.responses)) {
        expect(b.operation.responses[code], `${action} ${code}`).toBe(a.operation.responses[code]);
      }
    }
  });
});
