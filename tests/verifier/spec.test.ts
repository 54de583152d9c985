// What the verifier makes of a schema: the valid edge values it sends (positive-data) and the values
// that break one rule alone (negative-data). The schemas here are made up for the test, so that each
// keyword is seen on its own; what the spec's own fields give is judged by the runs in verify.test.ts.
import { describe, expect, it } from "vitest";
import { allRoutes } from "../../src/core/operations.js";
import { newSid } from "../../src/core/sids.js";
import { schemas } from "../../src/generated/schemas.js";
import { viewsOf } from "../../src/verifier/resource.js";
import {
  boundaryValues,
  breaches,
  documentedAnswer,
  echoField,
  fieldPattern,
  itemParameterOf,
  ofBytes,
  operationOf,
  selfField,
  summariesOf,
} from "../../src/verifier/spec.js";
import { spec } from "../support/fixtures";
import type { Json } from "../support/spec";

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe("boundary values: one valid value for each edge of a schema", () => {
  it("each enum value, the minimum and the maximum, labelled", () => {
    expect(boundaryValues({ enum: ["asc", "desc"], minimum: 1, maximum: 9 }, undefined)).toEqual([
      { label: 'enum value "asc"', value: "asc" },
      { label: 'enum value "desc"', value: "desc" },
      { label: "minimum 1", value: 1 },
      { label: "maximum 9", value: 9 },
    ]);
  });

  it("the longest and shortest strings, and the largest in bytes, in ASCII and in four-byte characters", () => {
    const values = boundaryValues({ maxLength: 5, minLength: 2, "x-max-bytes": 10 }, "example");
    expect(values.map((v) => v.label)).toEqual([
      "longest, 5 characters",
      "shortest, 2 characters",
      "largest, 10 bytes of ASCII",
      "largest, 10 bytes in four-byte characters",
    ]);
    expect(values.map((v) => v.value)).toEqual(["xxxxx", "xx", "x".repeat(10), "🚢🚢xx"]);
  });

  it("a pattern fixes the form: no lengths, the spec's example instead", () => {
    expect(boundaryValues({ pattern: "^IM[0-9a-f]{32}$", minLength: 34, maxLength: 34 }, "IMx")).toEqual([
      { label: "the spec's example", value: "IMx" },
    ]);
  });

  it("the example stands in only for a format, a pattern or JSON text, and only when there is one", () => {
    expect(boundaryValues({ format: "date-time" }, "2020-01-01T00:00:00Z")).toEqual([
      { label: "the spec's example", value: "2020-01-01T00:00:00Z" },
    ]);
    expect(boundaryValues({ contentMediaType: "application/json" }, "{}")).toEqual([
      { label: "the spec's example", value: "{}" },
    ]);
    expect(boundaryValues({ format: "date-time" }, undefined)).toEqual([]);
    expect(boundaryValues({ type: "string" }, "free text")).toEqual([]);
    expect(boundaryValues({ maxLength: 1, format: "uri" }, "x")).toEqual([
      { label: "longest, 1 characters", value: "x" },
    ]);
  });
});

describe("strings of a given size in bytes", () => {
  it("ASCII, or four-byte characters with ASCII to make up the rest", () => {
    expect(ofBytes(7, {}, false)).toBe("xxxxxxx");
    expect(ofBytes(9, {}, true)).toBe("🚢🚢x");
    expect(bytes(ofBytes(4099, {}, true))).toBe(4099);
  });

  it("a JSON-text field gets a JSON string, its quotes counted", () => {
    const json = { contentMediaType: "application/json" };
    expect(ofBytes(6, json, false)).toBe('"xxxx"');
    expect(ofBytes(11, json, true)).toBe('"🚢🚢x"');
    expect(bytes(ofBytes(4096, json, true))).toBe(4096);
    expect(JSON.parse(ofBytes(4096, json, true))).toMatch(/^(🚢)+x*$/);
  });
});

describe("breaches: a value that breaks one rule alone", () => {
  it("a pattern: the valid value with its last character changed to one the pattern refuses", () => {
    expect(breaches({ pattern: "^AB[0-9]{3}$" }, "AB123")).toEqual([{ keyword: "pattern", value: "AB12z" }]);
    // "z" passes this pattern, "!" does not.
    expect(breaches({ pattern: "^[a-z]+$" }, "abc")).toEqual([{ keyword: "pattern", value: "ab!" }]);
    // Neither "z" nor "!" breaks it: " " does.
    expect(breaches({ pattern: "^[^ ]+$" }, "abc")).toEqual([{ keyword: "pattern", value: "ab " }]);
    // Only an earlier character can break it.
    expect(breaches({ pattern: "^a.*$" }, "abc")).toEqual([{ keyword: "pattern", value: "z" + "bc" }]);
    // Nothing can: no breach.
    expect(breaches({ pattern: ".*" }, "abc")).toEqual([]);
  });

  it("lengths: one character short of the minimum, one over the maximum", () => {
    expect(breaches({ minLength: 3, maxLength: 5 }, "abcd")).toEqual([
      { keyword: "minLength", value: "ab" },
      { keyword: "maxLength", value: "abcdaa" },
    ]);
    expect(breaches({ minLength: 0 }, "abc")).toEqual([]);
    expect(breaches({ minLength: 1 }, "abc")).toEqual([{ keyword: "minLength", value: "" }]);
    expect(breaches({ maxLength: 2 }, undefined)).toEqual([{ keyword: "maxLength", value: "aaa" }]);
  });

  it("bytes: one byte over, ending in a two-byte character, so counting characters would let it pass", () => {
    const [text] = breaches({ "x-max-bytes": 8 }, "x");
    expect(text).toEqual({ keyword: "x-max-bytes", value: "aaaaaaaé" });
    expect(bytes(text?.value ?? "")).toBe(9);
    expect(text?.value.length).toBe(8);
    const [json] = breaches({ "x-max-bytes": 8, contentMediaType: "application/json" }, "{}");
    expect(json?.keyword).toBe("x-max-bytes");
    expect(json?.value).toBe('"aaaaaé"');
    expect(bytes(json?.value ?? "")).toBe(9);
  });

  it("enum, minimum, maximum, integer type, date-time format and JSON text", () => {
    expect(breaches({ enum: ["asc", "desc"] }, "asc")).toEqual([{ keyword: "enum", value: "not-asc" }]);
    expect(breaches({ type: "integer", minimum: 1, maximum: 1000 }, 50)).toEqual([
      { keyword: "minimum", value: "0" },
      { keyword: "maximum", value: "1001" },
      { keyword: "type", value: "ten" },
    ]);
    expect(breaches({ type: "string" }, "x")).toEqual([]);
    expect(breaches({ format: "date-time" }, "2020-01-01T00:00:00Z")).toEqual([
      { keyword: "format", value: "not-a-date" },
    ]);
    expect(breaches({ format: "uri" }, "https://x")).toEqual([]);
    expect(breaches({ contentMediaType: "application/json" }, "{}")).toEqual([
      { keyword: "contentMediaType", value: "{not json" },
    ]);
    expect(breaches({ contentMediaType: "text/plain" }, "x")).toEqual([]);
  });
});

describe("what the verifier reads from the generated schemas", () => {
  it("a field's pattern is found in the schema, or in the schema it is composed from", () => {
    const message = schemas.Message as { properties: Record<string, { pattern?: string; $ref?: string }> };
    const own = fieldPattern("Message", "account_sid");
    expect(own).toBeInstanceOf(RegExp);
    expect(own?.test(newSid("AccountSid"))).toBe(true);
    expect(own?.test("AC0")).toBe(false);
    // ServiceMessage is Message and more (allOf): Message's fields keep their patterns.
    expect(fieldPattern("ServiceMessage", "account_sid")?.source).toBe(own?.source);
    expect(fieldPattern("ServiceMessage", "chat_service_sid")?.test(newSid("ChatServiceSid"))).toBe(true);
    expect(fieldPattern("ServiceMessage", "chat_service_sid")?.test(newSid("ConversationSid"))).toBe(false);
    expect(fieldPattern("Message", "body")).toBeUndefined();
    expect(fieldPattern("ServiceMessage", "body")).toBeUndefined();
    expect(fieldPattern("Message", "no_such_field")).toBeUndefined();
    expect(fieldPattern("NoSuchSchema", "sid")).toBeUndefined();
    expect(message.properties.account_sid).toBeDefined();
  });

  it("the field that holds a message's own url is found also through composition", () => {
    const own = selfField("Message");
    expect(typeof own).toBe("string");
    expect(selfField("ServiceMessage")).toBe(own);
  });

  it("a wire name's echo is its snake_case", () => {
    expect(echoField("DateCreated")).toBe("date_created");
    expect(echoField("Body")).toBe("body");
    expect(echoField("MediaSid")).toBe("media_sid");
    expect(echoField("X2Y")).toBe("x2_y");
    expect(echoField("already_snake")).toBe("already_snake");
  });

  it("the item parameter is the one the item's path has and the collection's has not", () => {
    for (const family of ["default", "service"] as const) {
      const collection = operationOf(family, "list").operation.parameters.map((p) => p.name);
      const item = itemParameterOf(family);
      expect(collection).not.toContain(item);
      expect(operationOf(family, "fetch").operation.path).toContain(`{${item}}`);
      expect(operationOf(family, "fetch").operation.path.endsWith(`/{${item}}`)).toBe(true);
    }
  });
});

describe("the answers an operation documents", () => {
  it("its own statuses; any other from 300 up stands under default, never a success", () => {
    const fetch = operationOf("default", "fetch");
    const remove = operationOf("default", "delete");
    expect(documentedAnswer(fetch, fetch.operation.success)).toMatchObject({
      status: String(fetch.operation.success),
      media: "application/json",
    });
    expect(documentedAnswer(remove, remove.operation.success)).toMatchObject({
      status: String(remove.operation.success),
      media: null,
    });
    expect(documentedAnswer(fetch, 299)).toBeUndefined();
    expect(documentedAnswer(fetch, 300)?.status).toBe("default");
    expect(documentedAnswer(fetch, 599)?.status).toBe("default");
    expect(typeof documentedAnswer(fetch, 300)?.validate).toBe("function");
  });
});

describe("the resources the checks take", () => {
  it("every routed resource has a view in each family; a child is reached by the link its parent's example gives", () => {
    for (const family of ["default", "service"] as const) {
      const views = viewsOf(family);
      expect(views.map((v) => v.resource)).toEqual([
        ...new Set(allRoutes.filter((r) => r.family === family).map((r) => r.resource)),
      ]);
      for (const view of views) {
        expect(view.actions.map((a) => view.op(a).family)).toEqual(view.actions.map(() => family));
        // Its lineage names, from the top, the items of every resource above it, then its own.
        const fetch = view.has("fetch") ? view.op("fetch").operation.path : undefined;
        if (fetch) expect(fetch.endsWith(`{${view.lineage.at(-1)}}`)).toBe(true);
        if (!view.parent) continue;
        const link = view.parent.link as { at: string; field: string };
        expect(link, view.resource).toBeDefined();
        const parentExample = Object.values(spec.components.examples as Record<string, Json>)
          .map((e) => e.value as Json)
          .find((v) => typeof (v[link.at] as Json | undefined)?.[link.field] === "string");
        expect(parentExample, view.resource).toBeDefined();
        const links = (parentExample as Json)[link.at] as Json;
        const url = new URL(String(links[link.field]));
        expect(url.pathname.endsWith(`/${view.resource.split("/").at(-1)}`)).toBe(true);
      }
    }
  });

  it("a summary's values are its field's own enum, one for every item, some and none", () => {
    const summaries = summariesOf("Message");
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      const values = new Set([summary.all, summary.some, summary.none]);
      expect(values.size).toBe(3);
      // The spec's own example: a summary whose total is every item has each value among these.
      const example = Object.values(spec.components.examples as Record<string, Json>)
        .map((e) => (e.value as Json)[summary.at] as Json | undefined)
        .find((v) => v && typeof v === "object");
      for (const field of Object.keys(summary.counts)) expect(values).toContain(example?.[field]);
    }
  });
});
