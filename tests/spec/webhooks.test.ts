// The spec's webhooks as the package reads them (src/generated/webhooks.ts, src/core/webhooks.ts):
// every event the spec describes is in the table with its phase, trigger, fields and required
// ones; the spec's own examples of each event keep its rules, judged by the package and by Ajv
// alike; an event that breaks one is caught, naming the field. What each event holds is read
// from the spec here, never written out.
import { describe, expect, it } from "vitest";
import {
  eventsFor,
  findEventViolation,
  formFields,
  typedFields,
  webhookEntry,
  webhookEvents,
  webhookTable,
} from "../../src/core/webhooks.js";
import { signature } from "../../src/generated/webhooks.js";
import { schemaErrors } from "../support/contract";
import { spec } from "../support/fixtures";
import type { Json } from "../support/spec";

const specEvents = Object.entries(spec.webhooks as Record<string, Json>).map(([event, item]) => {
  const operation = item.post ?? item.get;
  const [, media] = Object.entries(operation.requestBody.content as Record<string, Json>)[0] as [
    string,
    Json,
  ];
  return { event, operation, media };
});

describe("the webhook table", () => {
  it("holds every event of the spec, with its phase, trigger, timeout and media type", () => {
    expect(webhookEvents).toEqual(specEvents.map((e) => e.event));
    for (const { event, operation } of specEvents) {
      const entry = webhookTable[event as keyof typeof webhookTable];
      expect(entry.phase, event).toBe(operation["x-event"].phase);
      expect(entry.resource, event).toBe(operation["x-event"].resource);
      expect(entry.actions, event).toEqual(operation["x-event"].actions);
      expect(entry.timeoutMs, event).toBe(operation["x-timeout-ms"]);
      expect(entry.contentType, event).toBe(Object.keys(operation.requestBody.content)[0]);
    }
  });

  it("finds the events each action fires, by resource, action and phase", () => {
    for (const { event, operation } of specEvents) {
      const { phase, resource, actions } = operation["x-event"];
      for (const action of actions) expect(eventsFor(resource, action, phase), event).toContain(event);
      const other = phase === "pre" ? "post" : "pre";
      expect(eventsFor(resource, actions[0], other)).not.toContain(event);
    }
    expect(eventsFor("Nothing/Here", "create", "post")).toEqual([]);
  });

  it("signs with the header of the spec's signature scheme", () => {
    const scheme = Object.values(spec.components.securitySchemes as Record<string, Json>).find(
      (s) => s["x-signature"],
    );
    expect(signature).toEqual({ header: scheme.name, algorithm: scheme["x-signature"] });
  });

  it("knows an event type only if the spec describes it", () => {
    expect(webhookEntry(specEvents[0]?.event)).toBe(
      webhookTable[specEvents[0]?.event as keyof typeof webhookTable],
    );
    expect(webhookEntry("onMessageSent")).toBeUndefined();
    expect(webhookEntry("toString")).toBeUndefined();
    expect(webhookEntry(undefined)).toBeUndefined();
  });
});

describe("the spec's examples of each event", () => {
  const examples = specEvents.flatMap(({ event, media }) =>
    Object.entries(media.examples as Record<string, Json>).map(([name, example]) => ({
      event,
      name,
      value: example.value as Record<string, unknown>,
      schema: media.schema,
    })),
  );

  it("there is one for every event", () => {
    expect(new Set(examples.map((e) => e.event))).toEqual(new Set(webhookEvents));
  });

  it.each(examples.map((e) => [`${e.event} (${e.name})`, e] as const))(
    "%s keeps its rules, sent as a form and read back",
    (_, { event, value, schema }) => {
      expect(schemaErrors(schema, value)).toEqual([]);
      const entry = webhookTable[event as keyof typeof webhookTable];
      const form = formFields(value);
      for (const text of Object.values(form)) expect(typeof text).toBe("string");
      const typed = typedFields(entry, form);
      expect(typed).toEqual(value);
      expect(findEventViolation(entry, typed)).toBeUndefined();
    },
  );

  it("an event that breaks a rule is caught, naming the field; Ajv agrees", () => {
    for (const { event, value, schema } of examples) {
      const entry = webhookTable[event as keyof typeof webhookTable];
      for (const field of entry.required) {
        const { [field]: _, ...without } = value;
        expect(findEventViolation(entry, without), `${event} without ${field}`).toMatchObject({
          field,
          rule: "required",
        });
        expect(schemaErrors(schema, without).length).toBeGreaterThan(0);
      }
      const wrongType = { ...value, EventType: "onSomethingElse" };
      expect(findEventViolation(entry, wrongType)).toMatchObject({ field: "EventType", rule: "enum" });
      expect(schemaErrors(schema, wrongType).length).toBeGreaterThan(0);
      const badSid = { ...value, AccountSid: "AC123" };
      expect(findEventViolation(entry, badSid)).toMatchObject({ field: "AccountSid" });
      expect(schemaErrors(schema, badSid).length).toBeGreaterThan(0);
    }
  });

  it("a field the spec does not describe is kept as text, and breaks no rule", () => {
    const [{ event, value }] = examples as [(typeof examples)[number]];
    const entry = webhookTable[event as keyof typeof webhookTable];
    const typed = typedFields(entry, { ...formFields(value), WebhookSid: "WH1" });
    expect(typed.WebhookSid).toBe("WH1");
    expect(findEventViolation(entry, typed)).toBeUndefined();
  });
});

describe("formFields", () => {
  it("sends every value as text and leaves out what a form cannot hold", () => {
    expect(formFields({ A: "a", N: 3, B: false, O: { k: 1 }, U: undefined, Z: null })).toEqual({
      A: "a",
      N: "3",
      B: "false",
      O: '{"k":1}',
    });
  });
});
