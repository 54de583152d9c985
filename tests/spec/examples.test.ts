import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createSpecAjv } from "../../scripts/lib/ajv.mjs";
import { seedDir } from "../support/fixtures";
import { type Json, loadSpec, type SpecOperation } from "../support/spec";

let deref: Json;
let operations: SpecOperation[];
beforeAll(async () => {
  ({ deref, operations } = await loadSpec());
});

interface ExampleCase {
  where: string;
  name: string;
  value: unknown;
  schema: Json;
}

/** Every example the spec states, named or inline, on parameters, request bodies and responses. */
function collectExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromHolder = (where: string, holder: Json, schema: Json) => {
    if (holder.example !== undefined) cases.push({ where, name: "(inline)", value: holder.example, schema });
    for (const [name, example] of Object.entries<Json>(holder.examples ?? {})) {
      cases.push({ where, name, value: example.value, schema });
    }
  };
  for (const op of operations) {
    for (const p of op.parameters) fromHolder(`${op.operationId} ${p.in} ${p.name}`, p, p.schema);
    for (const [type, media] of Object.entries<Json>(op.operation.requestBody?.content ?? {})) {
      fromHolder(`${op.operationId} request ${type}`, media, media.schema);
    }
    for (const [code, response] of Object.entries<Json>(op.operation.responses)) {
      for (const [name, header] of Object.entries<Json>(response.headers ?? {})) {
        fromHolder(`${op.operationId} ${code} header ${name}`, header, header.schema);
      }
      for (const [type, media] of Object.entries<Json>(response.content ?? {})) {
        fromHolder(`${op.operationId} ${code} ${type}`, media, media.schema);
      }
    }
  }
  return cases;
}

describe("examples", () => {
  it("each validate against their own schema (Ajv compiled from the spec)", () => {
    const ajv = createSpecAjv();
    const cases = collectExamples();
    const failures = cases.flatMap(({ where, name, value, schema }) => {
      const validate = ajv.compile(schema);
      return validate(value) ? [] : [`${where} example "${name}": ${ajv.errorsText(validate.errors)}`];
    });
    expect(failures).toEqual([]);
    // Every operation carries examples on both sides: parameters or a body going in, a body coming out.
    for (const op of operations) {
      expect(
        cases.filter((c) => c.where.startsWith(`${op.operationId} `)).length,
        op.operationId,
      ).toBeGreaterThan(0);
    }
  });

  it("would be caught if one broke its schema", () => {
    // Guards the test above against validating nothing: a broken copy of a real example fails.
    const ajv = createSpecAjv();
    const created = deref.components.examples.CreatedMessage.value;
    const validate = ajv.compile(deref.components.schemas.Message);
    expect(validate(created)).toBe(true);
    expect(validate({ ...created, sid: "IMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" })).toBe(false);
    expect(validate({ ...created, attributes: "{ not json" })).toBe(false);
    expect(validate({ ...created, date_created: "yesterday" })).toBe(false);
  });
});

// The seed's example responses, as the reference page gives them (when the seed is beside the clone).
const SEED_EXAMPLES = seedDir() && `${seedDir()}examples/`;
const seedExamples = !SEED_EXAMPLES
  ? []
  : readdirSync(SEED_EXAMPLES)
      .filter((f) => f.endsWith(".response.json"))
      .map(
        (f) =>
          [f.replace(".response.json", ""), JSON.parse(readFileSync(SEED_EXAMPLES + f, "utf8"))] as const,
      );

/**
 * Replaces every SID (and the seed's `ConversationSid` placeholder) by its prefix, since the seed's
 * placeholders are not valid SIDs and the spec uses well-formed ones instead.
 */
function withSidsMasked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSidsMasked);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSidsMasked(v)]));
  }
  if (value === "ConversationSid") return "<CH sid>";
  if (typeof value === "string") return value.replace(/\b([A-Z]{2})[0-9a-zA-Z]{32}\b/g, "<$1 sid>");
  return value;
}

describe.skipIf(!SEED_EXAMPLES)("the seed's example responses", () => {
  it("are five: create, fetch, list, list-desc, update", () => {
    expect(seedExamples.map(([name]) => name).sort()).toEqual([
      "create",
      "fetch",
      "list",
      "list-desc",
      "update",
    ]);
  });

  it.each(seedExamples)("%s is a named response example of the spec, with well-formed SIDs", (name, seed) => {
    const named = operations.flatMap((op) =>
      Object.values<Json>(op.operation.responses).flatMap((r) =>
        Object.values<Json>(r.content ?? {}).flatMap((m) =>
          m.examples?.[name] ? [m.examples[name].value] : [],
        ),
      ),
    );
    expect(named.length, `response example "${name}"`).toBeGreaterThan(0);
    for (const value of named) expect(withSidsMasked(value)).toEqual(withSidsMasked(seed));
  });
});

describe("the reference page's requests", () => {
  it.each(["create", "update"])("the %s request has a named request example", (name) => {
    const bodies = operations
      .filter((op) => op.action === name)
      .map((op) => op.operation.requestBody.content["application/x-www-form-urlencoded"].examples?.[name]);
    expect(bodies).toHaveLength(2);
    expect(bodies.every(Boolean)).toBe(true);
  });
});
