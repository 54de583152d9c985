// Schema-generated answers: every operation 25 times against Prism's dynamic responses
// (`Prefer: dynamic=true`). Whatever schema-valid body comes back, the facade must decode it, and
// what it returns must validate again once mapped back to wire names.
import { describe, expect, it } from "vitest";
import { successStatuses } from "../../scripts/lib/spec.mjs";
import twilio from "../../src/index.js";
import {
  callFacade,
  contractClient,
  facadeOptions,
  itemSchemaOf,
  schemaErrors,
  toWire,
} from "../support/contract";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, responseExample } from "../support/fixtures";
import { flattened, isNullable, type Json, loadSpec, type SpecOperation } from "../support/spec";

const { operations, deref } = await loadSpec();
const RUNS = 25;
const messageSchema = deref.components.schemas.Message;
const messageFields: Json = flattened(messageSchema).properties;

function successSchema(op: SpecOperation): Json | undefined {
  const [status] = successStatuses(op.operation);
  return op.operation.responses[String(status)].content?.["application/json"]?.schema;
}

/** The decoded items of a result (a message or receipt, a page of them, or none for a delete). */
const itemsOf = (op: SpecOperation, result: Json): Json[] =>
  op.action === "list" ? result.instances : op.action === "delete" ? [] : [result];

describe(`dynamic responses, ${RUNS} per operation`, () => {
  it.each(operations.map((op) => [op.operationId, op] as const))("%s", async (_, op) => {
    const path = Object.fromEntries(
      op.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.example]),
    );
    const schema = successSchema(op);
    // The family's own item schema: a service's messages and receipts carry chat_service_sid too.
    const itemSchema = schema && itemSchemaOf(op, schema);
    const itemFields: Json = itemSchema && flattened(itemSchema).properties;
    let decodedItems = 0;
    const bodies = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const { client, requests } = contractClient({ Prefer: "dynamic=true" });
      const result: Json = await callFacade(client, op, path, facadeOptions(op, {}));
      const raw = requests[0]?.response?.text ?? "";
      bodies.add(raw);
      if (!schema) {
        expect(result).toBe(true);
        continue;
      }
      const body = JSON.parse(raw);
      expect(schemaErrors(schema, body), "Prism's body is schema-valid").toEqual([]);
      const wireItems = op.action === "list" ? body[op.operation["x-pagination"].items] : [body];
      const decoded = itemsOf(op, result);
      expect(decoded).toHaveLength(wireItems.length);
      decoded.forEach((item, i) => {
        const back = toWire(itemSchema, item.toJSON());
        expect(schemaErrors(itemSchema, back), "decoded item, mapped back").toEqual([]);
        expect(Object.keys(back).sort(), "every field the family's schema names").toEqual(
          Object.keys(itemFields).sort(),
        );
        // Same values, but for date-times in their canonical ISO form and properties the schema lacks.
        for (const [key, value] of Object.entries<Json>(back)) {
          const original = wireItems[i][key];
          if (typeof value === "string" && itemFields[key].format === "date-time") {
            expect(Date.parse(value)).toBe(Date.parse(original));
          } else expect(value).toEqual(original);
        }
        decodedItems++;
      });
    }
    if (op.action !== "delete") {
      expect(decodedItems).toBeGreaterThanOrEqual(RUNS);
      expect(bodies.size, "the bodies were generated, not one fixed example").toBeGreaterThan(RUNS / 2);
    }
  });
});

describe("edge bodies the generator may not produce", () => {
  const template = responseExample("list").messages[2];
  const edges: [string, Json][] = [
    [
      "every nullable field null",
      {
        ...template,
        ...Object.fromEntries(
          Object.entries<Json>(messageFields)
            .filter(([, schema]) => isNullable(schema))
            .map(([name]) => [name, null]),
        ),
      },
    ],
    ["an empty media array", { ...template, media: [] }],
    ["media without a filename", { ...template, media: [{ ...template.media[0], filename: null }] }],
    ["the largest safe index", { ...template, index: Number.MAX_SAFE_INTEGER }],
    ["properties the schema does not know", { ...template, future_field: { a: 1 } }],
  ];

  it.each(edges)("%s decodes and maps back", async (_, wire) => {
    expect(schemaErrors(messageSchema, wire), "the edge body is schema-valid").toEqual([]);
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { fetch: async () => Response.json(wire) });
    const message = await client.conversations.v1
      .conversations(wire.conversation_sid)
      .messages(wire.sid)
      .fetch();
    const back = toWire(messageSchema, message.toJSON());
    expect(schemaErrors(messageSchema, back)).toEqual([]);
    const { future_field: _f, ...known } = wire;
    expect(back).toEqual({
      ...known,
      date_created: new Date(wire.date_created).toISOString(),
      date_updated: wire.date_updated && new Date(wire.date_updated).toISOString(),
    });
  });

  it("an empty page decodes to no instances", async () => {
    const page = { ...responseExample("list"), messages: [] };
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { fetch: async () => Response.json(page) });
    expect(await client.conversations.v1.conversations(CONVERSATION_SID).messages.list()).toEqual([]);
  });
});
