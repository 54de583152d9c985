// The client checks requests without Ajv at run time (src/core/schema.ts reads the generated
// request schemas). It must agree with Ajv, compiled from the spec as the tests compile it, on
// every request schema of the spec and a wide spread of values: the same verdict, and a first
// broken rule that Ajv also reports.
import { describe, expect, it } from "vitest";
import { createSpecAjv } from "../../scripts/lib/ajv.mjs";
import { allRoutes } from "../../src/core/operations.js";
import { firstError, type RequestSchema } from "../../src/core/schema.js";
import { boundaryValues, breaches } from "../../src/verifier/spec.js";

const ajv = createSpecAjv();

/** Every request schema: each parameter's, each body's, and each body field's. */
const schemas = new Map<string, RequestSchema>();
for (const { operation } of allRoutes) {
  for (const p of operation.parameters) schemas.set(`${p.in} ${p.name}`, p.schema as RequestSchema);
  if (operation.body !== undefined) {
    const body = operation.body.schema as RequestSchema;
    schemas.set(`body of ${operation.path} ${operation.method}`, body);
    for (const [name, field] of Object.entries(body.properties ?? {})) schemas.set(`body ${name}`, field);
  }
}

/** A spread of values for a schema: its edges and breaches, other types, odd strings and numbers. */
function valuesFor(schema: RequestSchema): unknown[] {
  const own = [
    ...boundaryValues(schema as never, undefined).map((b) => b.value),
    ...breaches(schema as never, "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").map((b) => b.value),
    ...(schema.enum ?? []),
  ];
  const typed = (schema.minimum ?? schema.maximum) !== undefined ? [schema.minimum, schema.maximum] : [];
  return [
    ...own,
    ...typed.flatMap((n) => (n === undefined ? [] : [n - 1, n, n + 1])),
    "",
    "a",
    "true",
    "2015-12-16T22:18:37Z",
    "2015-02-30T00:00:00Z",
    "{}",
    "{not json",
    "🚢".repeat(9),
    "\ud83d",
    "x".repeat(257),
    "é".repeat(2049),
    0,
    -1,
    1.5,
    1e21,
    Number.NaN,
    true,
    null,
    [],
    ["a"],
    {},
    { Body: "hi" },
    { Body: 1 },
    { Bodyy: "typo" },
    { Attributes: "{nope" },
    { DateCreated: "yesterday" },
    { MediaSid: "ME123" },
    { Subject: "x".repeat(300) },
  ];
}

describe("src/core/schema.ts agrees with Ajv", () => {
  it.each([...schemas].map(([where, schema]) => [where, schema] as const))("%s", (_, schema) => {
    const validate = ajv.compile(schema);
    for (const value of valuesFor(schema)) {
      const ours = firstError(schema, value);
      const valid = validate(value);
      expect(ours === undefined, `verdict on ${JSON.stringify(value)?.slice(0, 60)}`).toBe(valid);
      if (ours) {
        const theirs = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
        expect(theirs, `the rule named for ${JSON.stringify(value)?.slice(0, 60)}`).toContain(
          `${ours.instancePath} ${ours.keyword}`,
        );
      }
    }
  });

  it("checks many values: the comparison is not empty", () => {
    expect(schemas.size).toBeGreaterThan(15);
    expect([...schemas.values()].reduce((n, s) => n + valuesFor(s).length, 0)).toBeGreaterThan(500);
  });
});

describe("src/core/schema.ts agrees with Ajv beyond the spec's own schemas", () => {
  // Keywords and combinations the interpreter supports that today's spec does not happen to use:
  // a spec change that starts using one must not find it untested.
  const extra: [string, RequestSchema][] = [
    ["a number range", { type: "number", minimum: -1.5, maximum: 10 }],
    ["a string or null", { type: ["string", "null"], maxLength: 3 }],
    ["an array", { type: "array" }],
    ["an enum with no type", { enum: ["a", 1, null] }],
    ["a length in code points", { type: "string", minLength: 2, maxLength: 3 }],
    ["a unicode pattern", { type: "string", pattern: "^\\p{Lu}+$" }],
    [
      "an object whose later field breaks a rule",
      {
        type: "object",
        properties: {
          A: { type: "string" },
          B: { type: "string", maxLength: 1 },
          C: { type: "integer", minimum: 2 },
        },
      },
    ],
  ];
  const values = [
    -2,
    -1.5,
    0,
    9.99,
    10,
    10.5,
    Number.POSITIVE_INFINITY,
    "",
    "a",
    "ab",
    "abcd",
    "🚢🚢",
    "🚢🚢🚢🚢",
    "ABC",
    "Ab",
    "ÉÜ",
    null,
    1,
    [],
    ["x"],
    {},
    { A: "x", B: "long" },
    { A: "x", B: "y", C: 1 },
    { A: 1 },
    { B: "y", C: 3 },
  ];
  it.each(extra)("%s", (_, schema) => {
    const validate = ajv.compile(schema);
    for (const value of values) {
      const ours = firstError(schema, value);
      expect(ours === undefined, `verdict on ${JSON.stringify(value)}`).toBe(validate(value));
      if (ours) {
        const theirs = (validate.errors ?? []).find(
          (e) => e.instancePath === ours.instancePath && e.keyword === ours.keyword,
        );
        expect(theirs, `the rule named for ${JSON.stringify(value)}`).toBeDefined();
        // Ajv lists several types as an array; the client words them joined ("string,null").
        const params =
          ours.keyword === "type" ? { type: [theirs?.params.type].flat().join(",") } : theirs?.params;
        expect(ours.params, `the rule's params for ${JSON.stringify(value)}`).toEqual(params);
      }
    }
  });
});
