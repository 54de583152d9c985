// The mock enforces the spec: for each request constraint the spec states (every pattern, length,
// enum, minimum and maximum of a parameter, header or body field), a raw request that breaks it,
// sent straight to the mock (no client-side checks), must be refused with a violation naming the
// field and the rule. The constraints are enumerated from the spec and checked against the seed's
// table, so neither side can lose one silently.
import { describe, expect, it } from "vitest";
import { createConversationsClient, ValidationError } from "../../src/index.js";
import { breaches } from "../../src/verifier/spec.js";
import { ACCOUNT_SID, AUTH_TOKEN, prismUrl } from "../support/fixtures";
import { SEED_CONSTRAINTS } from "../support/seed-constraints";
import { type Json, loadSpec, nonNull, onMessages, type SpecOperation } from "../support/spec";

const { operations } = await loadSpec();
const FORM = "application/x-www-form-urlencoded";
const KEYWORDS = ["pattern", "minLength", "maxLength", "x-max-bytes", "enum", "minimum", "maximum"] as const;
// The spec's own extension keywords: Prism (a JSON Schema validator) does not know them, so the mock
// cannot enforce them; the client and the emulator do.
const UNKNOWN_TO_PRISM: readonly Keyword[] = ["x-max-bytes"];
/** The rule a ValidationError names for a keyword: the keyword, or an extension's camelCase name. */
const ruleOf = (keyword: Keyword) =>
  keyword.startsWith("x-")
    ? keyword.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    : keyword;
type Keyword = (typeof KEYWORDS)[number];
type Location = "path" | "query" | "header" | "body";

interface Constraint {
  op: SpecOperation;
  in: Location;
  name: string;
  keyword: Keyword;
  schema: Json;
}

/** Every request constraint of each of the operations, read from the spec. */
function enumerate(of: SpecOperation[]): Constraint[] {
  const found: Constraint[] = [];
  for (const op of of) {
    const fields: [Location, string, Json][] = [
      ...op.parameters.map((p): [Location, string, Json] => [p.in, p.name, p.schema]),
      ...Object.entries<Json>(op.operation.requestBody?.content?.[FORM]?.schema?.properties ?? {}).map(
        ([name, schema]): [Location, string, Json] => ["body", name, schema],
      ),
    ];
    for (const [location, name, schema] of fields) {
      for (const keyword of KEYWORDS) {
        if (nonNull(schema)[keyword] !== undefined)
          found.push({ op, in: location, name, keyword, schema: nonNull(schema) });
      }
    }
  }
  return found;
}

// A valid value for every parameter and body field of each operation, from the spec's own examples
// (by operation: a message's Sid and a receipt's Sid are one name with two patterns).
const validValues = new Map<SpecOperation, Map<string, unknown>>();
for (const op of operations) {
  const values = new Map<string, unknown>();
  for (const p of op.parameters) values.set(p.name, p.example);
  for (const example of Object.values<Json>(op.operation.requestBody?.content?.[FORM]?.examples ?? {})) {
    for (const [field, value] of Object.entries(example.value))
      if (!values.has(field)) values.set(field, value);
  }
  validValues.set(op, values);
}
const validValue = (op: SpecOperation, name: string) => validValues.get(op)?.get(name);

/** A value that breaks `keyword` (and, where it can, only that): the verifier's own negative value. */
function breaking(c: Constraint): string {
  const breach = breaches(c.schema, validValue(c.op, c.name)).find((b) => b.keyword === c.keyword);
  if (!breach) throw new Error(`the verifier has no value breaking ${c.name} ${c.keyword}`);
  return breach.value;
}

/** Sends the operation's valid example request with one value replaced, straight to the mock. */
async function sendRaw(c: Constraint, bad: string) {
  const value = (location: Location, name: string) =>
    location === c.in && name === c.name ? bad : String(validValue(c.op, name));
  let path = c.op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`,
  };
  for (const p of c.op.parameters) {
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(value("path", p.name)));
    else if (p.in === "query") query.set(p.name, value("query", p.name));
    else if (p.in === "header") headers[p.name] = value("header", p.name);
  }
  let body: string | undefined;
  if (c.in === "body") {
    headers["Content-Type"] = FORM;
    body = new URLSearchParams({ [c.name]: bad }).toString();
  }
  const search = query.toString() ? `?${query}` : "";
  const response = await fetch(`${prismUrl()}${path}${search}`, {
    method: c.op.method.toUpperCase(),
    headers,
    body,
  });
  await response.text();
  return {
    status: response.status,
    violations: JSON.parse(response.headers.get("sl-violations") ?? "[]") as Json[],
  };
}

const constraints = enumerate(operations);
const key = (location: string, name: string, keyword: string) => `${location} ${name} ${keyword}`;

describe("the request constraints of the spec", () => {
  it("of the Message resource are exactly those of the seed's table (tests/support/seed-constraints.ts)", () => {
    // The seed is the Message resource's reference page: its receipts' constraints are not in it.
    const fromSpec = new Set(enumerate(onMessages(operations)).map((c) => key(c.in, c.name, c.keyword)));
    const fromTable = new Set(
      SEED_CONSTRAINTS.flatMap(([where, expected]) => {
        const location = "param" in where ? where.in : "body" in where ? "body" : null;
        const name = "param" in where ? where.param : "body" in where ? where.body : null;
        if (!location || !name) return [];
        return KEYWORDS.filter((k) => expected[k] !== undefined).map((k) => key(location, name, k));
      }),
    );
    const missing = [...fromSpec].filter((k) => !fromTable.has(k));
    const extra = [...fromTable].filter((k) => !fromSpec.has(k));
    expect(
      missing.length + extra.length,
      "tests/support/seed-constraints.ts is out of step with openapi/messages.yaml: " +
        (missing.length
          ? `add the rule to the row for each of ${missing.join("; ")} (if Twilio's documentation states it). `
          : "") +
        (extra.length ? `The spec lacks ${extra.join("; ")}, which the table states.` : "") +
        " tests/spec/seed-constraints.test.ts prints the whole row to add.",
    ).toBe(0);
  });
});

describe("the client refuses each of those requests itself, before sending", () => {
  const client = createConversationsClient({
    username: ACCOUNT_SID,
    password: AUTH_TOKEN,
    baseUrl: "http://127.0.0.1:9",
  });
  it.each(constraints.map((c) => [`${c.op.operationId}: ${c.in} ${c.name} ${c.keyword}`, c] as const))(
    "%s",
    async (_, c) => {
      const raw = breaking(c);
      const bad = c.schema.type === "integer" ? Number(raw) : raw;
      const params: Record<string, Record<string, unknown>> = { path: {}, query: {}, header: {} };
      for (const p of c.op.parameters) {
        (params[p.in] as Record<string, unknown>)[p.name] =
          p.in === c.in && p.name === c.name ? bad : validValue(c.op, p.name);
      }
      const body = c.in === "body" ? { [c.name]: bad } : undefined;
      const method = c.op.method.toUpperCase() as "GET" | "POST" | "DELETE";
      const send = client[method] as (path: string, init: object) => Promise<unknown>;
      const error = await send(c.op.path, { params, body }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: c.name, rule: ruleOf(c.keyword) });
    },
  );
});

describe("the mock enforces every request constraint it knows", () => {
  const known = constraints.filter((c) => !UNKNOWN_TO_PRISM.includes(c.keyword));
  it.each(known.map((c) => [`${c.op.operationId}: ${c.in} ${c.name} ${c.keyword}`, c] as const))(
    "%s",
    async (_, c) => {
      const bad = breaking(c);
      const { status, violations } = await sendRaw(c, bad);
      // Prism answers an invalid request with the spec's documented 400 (Twilio's own status for
      // an invalid parameter) and names each violation, by field and rule, in sl-violations.
      expect(status, `status for ${c.name}=${JSON.stringify(bad)}`).toBe(400);
      expect(
        violations.map((v) => `${v.location.at(-1).toLowerCase()} ${v.code}`),
        `violations for ${c.name}=${JSON.stringify(bad)}`,
      ).toContain(`${c.name.toLowerCase()} ${c.keyword}`);
    },
  );
});
