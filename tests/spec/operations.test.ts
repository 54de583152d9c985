import { beforeAll, describe, expect, it } from "vitest";
import { HTTP_METHODS, successStatuses } from "../../scripts/lib/spec.mjs";
import { ACTIONS, flattened, type Json, loadSpec, onMessages, type SpecOperation } from "../support/spec";

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
// A message's delivery receipts, below each family's message.
const RECEIPTS = "/{MessageSid}/Receipts";
const ERROR_RESPONSES = ["400", "401", "404", "429", "default"];

describe("operations", () => {
  it("are the five Message actions and the receipts' list and fetch in each of the two families, fourteen in all", () => {
    const seen = operations.map((op) => `${op.family} ${op.action} ${op.method.toUpperCase()} ${op.path}`);
    const expected = [DEFAULT_FAMILY, SERVICE_FAMILY].flatMap((base) => {
      const family = base === DEFAULT_FAMILY ? "default" : "service";
      return [
        `${family} create POST ${base}`,
        `${family} list GET ${base}`,
        `${family} fetch GET ${base}/{Sid}`,
        `${family} update POST ${base}/{Sid}`,
        `${family} delete DELETE ${base}/{Sid}`,
        `${family} list GET ${base}${RECEIPTS}`,
        `${family} fetch GET ${base}${RECEIPTS}/{Sid}`,
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

  it("give the two families the same parameters, bodies and errors, bar the service SID", () => {
    const byAction = (family: string) =>
      Object.fromEntries(
        onMessages(operations)
          .filter((o) => o.family === family)
          .map((o) => [o.action, o]),
      );
    const plain = byAction("default");
    const service = byAction("service");
    for (const action of ACTIONS) {
      const a = plain[action] as SpecOperation;
      const b = service[action] as SpecOperation;
      expect(b.parameters.filter((p) => p.name !== "ChatServiceSid")).toEqual(a.parameters);
      expect(b.parameters.map((p) => p.name)).toContain("ChatServiceSid");
      expect(b.operation.requestBody).toBe(a.operation.requestBody);
      expect(Object.keys(b.operation.responses)).toEqual(Object.keys(a.operation.responses));
      for (const code of ERROR_RESPONSES) {
        expect(b.operation.responses[code], `${action} ${code}`).toBe(a.operation.responses[code]);
      }
    }
  });

  it("give a service's messages their own schema: Message composed with chat_service_sid, no copy", () => {
    const { Message, ServiceMessage, MessageList, ServiceMessageList } = bundled.components.schemas;
    expect(ServiceMessage.allOf[0]).toEqual({ $ref: "#/components/schemas/Message" });
    expect(ServiceMessage.allOf[1].required).toEqual(["chat_service_sid"]);
    expect(Object.keys(ServiceMessage.allOf[1].properties)).toEqual(["chat_service_sid"]);
    expect(Message.properties.chat_service_sid).toBeUndefined();
    expect(ServiceMessageList.properties.messages.items).toEqual({
      $ref: "#/components/schemas/ServiceMessage",
    });
    expect(ServiceMessageList.properties.meta).toEqual(MessageList.properties.meta);
    const success = (op: SpecOperation) => {
      const [code] = successStatuses(op.operation).map(String);
      return bundled.paths[op.path][op.method].responses[code as string].$ref;
    };
    for (const op of onMessages(operations).filter((o) => o.action !== "delete")) {
      const ref =
        bundled.components.responses[success(op).split("/").at(-1)].content["application/json"].schema.$ref;
      const expected = {
        default: op.action === "list" ? "MessageList" : "Message",
        service: op.action === "list" ? "ServiceMessageList" : "ServiceMessage",
      }[op.family];
      expect(ref, op.operationId).toBe(`#/components/schemas/${expected}`);
    }
  });

  it("give a service's receipts their own schema: DeliveryReceipt composed with chat_service_sid, no copy", () => {
    const { DeliveryReceipt, ServiceDeliveryReceipt, DeliveryReceiptList, ServiceDeliveryReceiptList } =
      bundled.components.schemas;
    expect(ServiceDeliveryReceipt.allOf[0]).toEqual({ $ref: "#/components/schemas/DeliveryReceipt" });
    expect(Object.keys(ServiceDeliveryReceipt.allOf[1].properties)).toEqual(["chat_service_sid"]);
    expect(DeliveryReceipt.properties.chat_service_sid).toBeUndefined();
    expect(ServiceDeliveryReceiptList.properties.delivery_receipts.items).toEqual({
      $ref: "#/components/schemas/ServiceDeliveryReceipt",
    });
    expect(ServiceDeliveryReceiptList.properties.meta).toEqual(DeliveryReceiptList.properties.meta);
  });

  it("say how each list pages (x-pagination), naming only what the spec has", () => {
    for (const op of operations.filter((o) => o.action === "list")) {
      const paging = op.operation["x-pagination"];
      expect(paging, op.operationId).toBeDefined();
      const page = flattened(op.operation.responses["200"].content["application/json"].schema);
      const item = flattened(page.properties[paging.items].items);
      const names = op.parameters.map((p: Json) => p.name);
      for (const name of Object.values<string>(paging.parameters))
        expect(names, op.operationId).toContain(name);
      // A list that documents an order names the field and the parameter; one that does not, neither.
      expect(paging.sortedBy === undefined, op.operationId).toBe(paging.parameters.order === undefined);
      if (paging.sortedBy !== undefined) {
        expect(item.properties[paging.sortedBy]?.type, "the sort field").toBe("integer");
        const order = op.parameters.find((p: Json) => p.name === paging.parameters.order);
        expect(order.schema.enum, "ascending, then descending").toHaveLength(2);
      }
      const { at, ...metaFields } = paging.meta;
      const meta = page.properties[at];
      for (const name of Object.values<string>(metaFields))
        expect(Object.keys(meta.properties), at).toContain(name);
    }
  });

  it("link each create answer to the fetch, update and delete of the message it made, in its family", () => {
    for (const create of operations.filter((op) => op.action === "create")) {
      const links = create.operation.responses["201"].links;
      const targets = operations.filter(
        (op) =>
          op.resource === create.resource &&
          op.family === create.family &&
          ["fetch", "update", "delete"].includes(op.action),
      );
      expect(
        Object.values<Json>(links)
          .map((l) => l.operationId)
          .sort(),
      ).toEqual(targets.map((op) => op.operationId).sort());
      for (const link of Object.values<Json>(links)) {
        const target = targets.find((op) => op.operationId === link.operationId) as SpecOperation;
        // Every path parameter of the target is given: the SID from the answer, the rest from the request.
        const pathParams = target.parameters.filter((p) => p.in === "path").map((p) => p.name);
        expect(Object.keys(link.parameters).sort()).toEqual(pathParams.sort());
        expect(link.parameters.Sid).toBe("$response.body#/sid");
        for (const name of pathParams.filter((n) => n !== "Sid")) {
          expect(link.parameters[name]).toBe(`$request.path.${name}`);
        }
      }
    }
  });
});
