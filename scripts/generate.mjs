#!/usr/bin/env node
// Writes src/generated/ from openapi/messages.yaml.
//   npm run generate          rewrites the generated files
//   npm run check:generated   changes nothing; fails when the committed files differ from what
//                             the spec generates now (or when a file is missing or extra)
//   --spec FILE --out DIR     another spec, or another folder (a test regenerates the spec with
//                             its paths reordered and compares what the package would do)
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { _ } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import openapiTS, { astToString } from "openapi-typescript";
import { createSpecAjv, VALIDATION_EXTENSIONS } from "./lib/ajv.mjs";
import {
  HTTP_METHODS,
  listOperations,
  loadBundledSpec,
  loadDereferencedSpec,
  objectMembers,
  propertyKind,
  SPEC_PATH,
  schemaRefName,
  successStatuses,
} from "./lib/spec.mjs";
import { holdsJson, isDateTime, isUri, ucs2length, utf8Length } from "./lib/validation-runtime.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// strict: an unknown flag is an error, not ignored.
const args = (() => {
  try {
    return parseArgs({
      options: { check: { type: "boolean" }, spec: { type: "string" }, out: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`generate: ${error.message} (options: --check, --spec FILE, --out DIR)`);
    process.exit(2);
  }
})();
const SPEC = args.spec ? resolve(args.spec) : SPEC_PATH;
const OUT_DIR = args.out ? resolve(args.out) : join(ROOT, "src/generated");
const SOURCE = relative(ROOT, SPEC);
const OUT = relative(ROOT, OUT_DIR);

const header = (what) =>
  `// GENERATED FILE - DO NOT EDIT. ${what}\n` +
  `// Source: ${SOURCE}. Regenerate with \`npm run generate\`; \`npm run check:generated\` fails when this\n` +
  `// file is out of step with the spec.\n\n`;

// Keys that document a schema or parameter but constrain nothing, and x- extensions other than
// those that constrain a value (x-max-bytes) or say which rules bind callers only: left out of the
// runtime tables.
const DOC_KEYS = new Set(["description", "summary", "example", "examples", "externalDocs", "title"]);
const KEPT_EXTENSIONS = new Set([...VALIDATION_EXTENSIONS, "x-advisory-keywords"]);

function withoutDocs(value) {
  if (Array.isArray(value)) return value.map(withoutDocs);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !DOC_KEYS.has(key) && (!key.startsWith("x-") || KEPT_EXTENSIONS.has(key)))
      .map(([key, inner]) => [key, withoutDocs(inner)]),
  );
}

const asConst = (name, value) => `export const ${name} = ${JSON.stringify(value, null, 2)} as const;\n`;

/** TypeScript types of paths, operations and components, by openapi-typescript. */
async function typesFile() {
  // defaultNonNullable: false: a request field with a default (Author defaults to "system") stays
  // optional for the caller; the default is what the server fills in.
  const ast = await openapiTS(pathToFileURL(SPEC), { defaultNonNullable: false });
  return header("TypeScript types of the API, by openapi-typescript.") + astToString(ast);
}

/** The component schema of an operation's success answer (bundled spec), if it has a body. */
function successSchema(bundled, operation) {
  const [status] = successStatuses(operation);
  let response = operation.responses[String(status)];
  const name = /^#\/components\/responses\/([^/]+)$/.exec(response?.$ref ?? "")?.[1];
  if (name) response = bundled.components.responses[name];
  const media = Object.values(response?.content ?? {})[0];
  if (media && !schemaRefName(media.schema?.$ref))
    throw new Error("a success answer's schema must be a component schema (so the client can name it)");
  return schemaRefName(media?.schema?.$ref);
}

/** The first example of Twilio's error body for each status, from the spec's error responses. */
function errorBodies(bundled) {
  const byStatus = {};
  for (const response of Object.values(bundled.components?.responses ?? {})) {
    const media = response.content?.["application/json"];
    if (schemaRefName(media?.schema?.$ref) !== "TwilioError") continue;
    for (const example of Object.values(media.examples ?? {})) {
      const { status, code, message, more_info } = example.value;
      byStatus[status] ??= { code, message, more_info };
    }
  }
  return Object.fromEntries(Object.entries(byStatus).sort(([a], [b]) => Number(a) - Number(b)));
}

/**
 * Each operation's method, path, success status, the component schema its success answer holds,
 * and request constraints (parameters and body schemas, `$ref`s resolved, documentation dropped):
 * what the client needs at run time to route, encode and check a call and its answer.
 */
async function operationsFile() {
  const spec = await loadDereferencedSpec(SPEC);
  const bundled = await loadBundledSpec(SPEC);
  const bundledOperations = new Map(listOperations(bundled).map((op) => [op.operationId, op.operation]));
  const table = {};
  for (const { operationId, method, path, operation, parameters } of listOperations(spec)) {
    const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
    const returns = successSchema(bundled, bundledOperations.get(operationId));
    table[operationId] = {
      method: method.toUpperCase(),
      path,
      success: successStatuses(operation)[0],
      ...(returns && { returns }),
      ...(operation["x-pagination"] && { pagination: operation["x-pagination"] }),
      parameters: parameters.map(({ name, in: location, required = false, schema }) => ({
        name,
        in: location,
        required,
        schema: withoutDocs(schema),
      })),
      ...(contentType && { body: { contentType, schema: withoutDocs(media.schema) } }),
    };
  }
  return (
    header(
      "Request constraints of every operation, the servers they are served from, and Twilio's error bodies.",
    ) +
    'import type { fields } from "./fields.js";\n\n' +
    asConst("operations", table) +
    "\n/** Schemas the client checks outside a request: the account a client acts for. */\n" +
    asConst("namedSchemas", { AccountSid: withoutDocs(spec.components.schemas.AccountSid) }) +
    "\n" +
    asConst(
      "servers",
      (spec.servers ?? []).map((server) => server.url),
    ) +
    "\n/** Twilio's answer to an invalid request (the spec's example of its 400): status, code, page. */\n" +
    asConst(
      "invalidRequest",
      (({ code, more_info }) => ({ status: 400, code, more_info }))(errorBodies(bundled)[400]),
    ) +
    "\nexport type OperationId = keyof typeof operations;\n" +
    OPERATION_TYPES
  );
}

// The operation table as code that reads any operation sees it: every entry has these fields, and
// the optional ones are there when the spec gives them. The literal table keeps each entry's own
// types for the type-level code (the facade's option types); `operationTable` is the same object.
const OPERATION_TYPES = `
/** A JSON Schema of a parameter or body field, documentation dropped. */
export type SchemaEntry = { readonly [keyword: string]: unknown };
export interface ParameterEntry {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly schema: SchemaEntry;
}
/** How a list pages (the spec's x-pagination): which names its items, order, parameters and meta have. */
export interface PaginationEntry {
  readonly items: string;
  /** The field the items are ordered by; absent when the list documents no order. */
  readonly sortedBy?: string;
  readonly parameters: {
    readonly order?: string;
    readonly pageSize: string;
    readonly page: string;
    readonly pageToken: string;
  };
  readonly meta: {
    readonly [K in "at" | "page" | "pageSize" | "url" | "firstPageUrl" | "previousPageUrl" | "nextPageUrl" | "key"]: string;
  };
}
export interface OperationEntry {
  readonly method: string;
  readonly path: string;
  readonly success: number;
  /** The component schema the success answer holds. */
  readonly returns?: keyof typeof fields;
  readonly pagination?: PaginationEntry;
  readonly parameters: readonly ParameterEntry[];
  readonly body?: {
    readonly contentType: string;
    readonly schema: SchemaEntry & {
      readonly properties: { readonly [field: string]: SchemaEntry };
      readonly "x-advisory-keywords"?: readonly string[];
    };
  };
}
/** Every operation, typed as OperationEntry. */
export const operationTable: { readonly [K in OperationId]: OperationEntry } = operations;
`;

/** components.schemas as written (internal `$ref`s kept), documentation dropped. */
async function schemasFile() {
  const spec = await loadBundledSpec(SPEC);
  return (
    header("The spec's component schemas (JSON Schema 2020-12), for validation.") +
    asConst("schemas", withoutDocs(spec.components?.schemas ?? {}))
  );
}

/**
 * For each object schema (`allOf` branches merged): its property names (wire order), the ones it
 * requires, which hold a date-time, and which hold another object schema (`objects`) or an array
 * of them (`arrays`). Decoders turn the right fields into Dates, and check that an answer has the
 * shape the spec promises, without restating the spec.
 */
async function fieldsFile() {
  const spec = await loadBundledSpec(SPEC);
  // The schemas of the answers, and the object schemas they hold: what the client decodes.
  const answered = new Set(
    listOperations(spec)
      .map((op) => successSchema(spec, op.operation))
      .filter(Boolean),
  );
  const table = {};
  for (const name of answered) {
    const schema = spec.components.schemas[name];
    const { properties, required } = objectMembers(spec, schema);
    const entries = Object.entries(properties).map(([key, s]) => [key, propertyKind(spec, s)]);
    if (!entries.length) continue;
    const pick = (what) =>
      Object.fromEntries(entries.filter(([, k]) => k[what]).map(([key, k]) => [key, k[what]]));
    table[name] = {
      names: entries.map(([key]) => key),
      required,
      dateTime: entries.filter(([, k]) => k.dateTime).map(([key]) => key),
      objects: pick("object"),
      arrays: pick("items"),
    };
    for (const inner of [...Object.values(table[name].objects), ...Object.values(table[name].arrays)]) {
      answered.add(inner);
    }
  }
  // Schemas that summarize a list another resource holds (x-summary-of): the rule, as the spec states it.
  const summaries = Object.fromEntries(
    Object.entries(spec.components.schemas)
      .filter(([, schema]) => schema["x-summary-of"])
      .map(([name, schema]) => [name, schema["x-summary-of"]]),
  );
  // Link fields (x-path-segment): the path segment each one adds to the URL of what holds it.
  const linkSegments = {};
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      if (!property["x-path-segment"]) continue;
      linkSegments[name] ??= {};
      linkSegments[name][field] = property["x-path-segment"];
    }
  }
  return (
    header("Property names of each object schema: required ones, date-times, nested object schemas.") +
    asConst("fields", table) +
    "\n/** Object schemas that summarize the items of a linked list (x-summary-of), and the rule they follow. */\n" +
    asConst("summaries", summaries) +
    "\n/** Link fields: the path segment each adds to the URL of the object that holds it (x-path-segment). */\n" +
    asConst("linkSegments", linkSegments)
  );
}

/**
 * Ajv standalone code for a set of schemas, compiled with the same Ajv set-up as the tests, with
 * the few helpers the code calls copied in, so the package needs no Ajv at run time.
 * @param {{ messages: boolean, dialect?: "draft-07" | "2020-12", allErrors?: boolean }} options
 *   messages: whether errors carry Ajv's own wording; dialect: draft-07 for schemas with every $ref
 *   resolved (smaller code), 2020-12 where schemas keep $refs whose sibling keywords must count
 *   (x-max-bytes); allErrors: false stops at the first error (smaller code, enough to refuse)
 */
function standalone({ messages, dialect = "draft-07", allErrors = true }) {
  const ajv = createSpecAjv(
    { messages, allErrors, code: { source: true, esm: true, lines: false, formats: _`FORMATS` } },
    dialect,
  );
  const ids = new Map(); // schema JSON → export name, so shared schemas compile once
  return {
    /** The export name of a schema's validator. */
    idFor(schema) {
      const json = JSON.stringify(withoutDocs(schema));
      if (!ids.has(json)) {
        const id = `v${ids.size}`;
        ids.set(json, id);
        ajv.addSchema(JSON.parse(json), id);
      }
      return ids.get(json);
    },
    /** Adds schemas that others reach by `$ref` ("<id>#/$defs/<name>"), compiled once and shared. */
    addDefinitions(id, definitions) {
      ajv.addSchema({ $id: id, $defs: withoutDocs(definitions) });
    },
    /** The module's code: the helpers, then one exported validator per schema. */
    code() {
      const exportsMap = Object.fromEntries([...ids.values()].map((id) => [id, id]));
      let code = standaloneCode.default(ajv, exportsMap).replace(/^"use strict";/, "");
      code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, "ucs2length");
      // The package reads instancePath, keyword, params (and message) only: schemaPath is dead weight.
      code = code.replace(/schemaPath:"[^"]*",/g, "");
      if (/require\(|import /.test(code))
        throw new Error("Ajv's standalone code still imports a module at run time");
      return (
        "// @ts-nocheck: Ajv emits plain JavaScript; the modules that use it give it types.\n" +
        "/* eslint-disable */\n\n" +
        `const FORMATS = { "date-time": isDateTime, uri: isUri };\n${isDateTime}\n${isUri}\n${holdsJson}\n${ucs2length}\n${utf8Length}\n\n` +
        code.replace(/;(?=(const|function|export) )/g, ";\n")
      );
    },
  };
}

/**
 * The few helpers that judge a value as the spec's keywords do (date-time, JSON text, lengths in
 * characters and in bytes), copied from scripts/lib/validation-runtime.mjs so that the package
 * checks exactly as the tests' Ajv does, with no Ajv at run time.
 */
function runtimeFile() {
  const exported = (fn) => `export ${fn}`;
  return (
    header("The helpers that check values as the spec's keywords do.") +
    "// @ts-nocheck: plain JavaScript, copied; src/core/schema.ts calls it.\n\n" +
    [isDateTime, isUri, holdsJson, ucs2length, utf8Length].map(exported).join("\n\n") +
    "\n"
  );
}

/**
 * What a contract checker needs beyond the request tables: each operation's documented answers
 * (status → media type and a validator of its body, with Ajv's own messages), the links from its
 * answers to other operations, the spec's examples of its parameters and bodies, the values of
 * parameters a checker sends to have no side effects (x-safe-value), and which field of each
 * schema is the resource's own URL (x-self).
 */
async function contractFile() {
  const spec = await loadDereferencedSpec(SPEC);
  const bundled = await loadBundledSpec(SPEC);
  // Answers are checked against the component schemas by reference: each is compiled once.
  const compiled = standalone({ messages: true, dialect: "2020-12" });
  const byReference = (value) =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"spec#/$defs/'));
  compiled.addDefinitions("spec", byReference(bundled.components.schemas));
  const bundledOperations = new Map(listOperations(bundled).map((op) => [op.operationId, op.operation]));
  const responses = {};
  const links = {};
  const examples = {};
  const safeValues = {};
  for (const { operationId, operation, parameters } of listOperations(spec)) {
    responses[operationId] = {};
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const [media] = Object.keys(response.content ?? {});
      let written = bundledOperations.get(operationId).responses[status];
      if (written.$ref) written = bundled.components.responses[written.$ref.split("/").at(-1)];
      responses[operationId][status] = media
        ? { media, validate: compiled.idFor(byReference(written.content[media].schema)) }
        : { media: null };
      for (const [name, link] of Object.entries(response.links ?? {})) {
        links[operationId] ??= {};
        links[operationId][name] = { operationId: link.operationId, parameters: link.parameters };
      }
    }
    const bodyExamples = Object.values(operation.requestBody?.content ?? {})[0]?.examples ?? {};
    examples[operationId] = {
      parameters: Object.fromEntries(
        parameters.filter((p) => p.example !== undefined).map((p) => [`${p.in} ${p.name}`, p.example]),
      ),
      bodies: Object.fromEntries(
        Object.entries(bodyExamples).map(([name, example]) => [name, example.value]),
      ),
    };
    for (const p of parameters)
      if (p["x-safe-value"] !== undefined) safeValues[`${p.in} ${p.name}`] = p["x-safe-value"];
  }
  const selfLinks = Object.fromEntries(
    Object.entries(spec.components.schemas)
      .filter(([, schema]) => schema["x-self"])
      .map(([name, schema]) => [name, schema["x-self"]]),
  );
  const validators = Object.values(responses)
    .flatMap((byStatus) => Object.values(byStatus))
    .filter((r) => r.validate);
  const asTable = (name, value) =>
    asConst(name, value)
      .replace(/"validate": "(v\d+)"/g, (_, id) => `"validate": ${id}`)
      .replace(/ as const;/, ";");
  if (!validators.length) throw new Error("no response has a body to validate");
  return (
    header("Documented answers, links, examples and safe values of every operation, for contract checks.") +
    compiled.code() +
    "\n\n/** Each operation's documented answers: status (or default) → media type and body validator. */\n" +
    asTable("responses", responses) +
    "\n/** Links from an operation's answers to other operations (OpenAPI links). */\n" +
    asConst("links", links) +
    "\n/** The spec's examples of each operation's parameters (`<in> <name>`) and request bodies. */\n" +
    asConst("examples", examples) +
    "\n/** Parameters a checker sends with these values, so that its requests have no side effects. */\n" +
    asConst("safeValues", safeValues) +
    "\n/** The field of each schema that holds the resource's own URL. */\n" +
    asConst("selfLinks", selfLinks) +
    "\n/** Twilio's error body for each status the spec gives an example of (code, message, more_info). */\n" +
    asConst("errorBodies", errorBodies(bundled))
  );
}

/**
 * The spec's webhooks (OpenAPI 3.1 `webhooks`): for each event, how Twilio sends it (method, media
 * type), when (`x-event`: before or after which action on which resource), how long Twilio waits
 * (`x-timeout-ms`), its fields (`allOf` merged, `$ref`s resolved, documentation dropped) and which
 * are required, what an answer may hold (a pre-event's JSON), and the spec's example bodies. A module of its own, so that code
 * that neither sends nor reads webhooks bundles none of it.
 */
async function webhooksFile() {
  const spec = await loadDereferencedSpec(SPEC);
  const table = {};
  const examples = {};
  const schemes = spec.components?.securitySchemes ?? {};
  const signature = Object.values(schemes).find((scheme) => scheme["x-signature"]);
  for (const [event, item] of Object.entries(spec.webhooks ?? {})) {
    const methods = HTTP_METHODS.filter((m) => item[m]);
    if (methods.length !== 1) throw new Error(`webhook ${event}: one method, not ${methods.length}`);
    const [method] = methods;
    const operation = item[method];
    const on = operation["x-event"];
    if (!["pre", "post"].includes(on?.phase) || !on.resource || !on.actions?.length)
      throw new Error(`webhook ${event}: x-event must give phase (pre or post), resource and actions`);
    const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
    if (!media) throw new Error(`webhook ${event}: no request body`);
    const { properties, required } = objectMembers(spec, media.schema);
    const signedWith = (operation.security ?? []).flatMap((s) => Object.keys(s)).map((n) => schemes[n]);
    if (!signature || !signedWith.includes(signature))
      throw new Error(`webhook ${event}: its security must be the scheme with x-signature`);
    const responses = Object.entries(operation.responses ?? {});
    const answer = responses
      .filter(([status]) => /^2/.test(status))
      .map(([, response]) => response.content?.["application/json"]?.schema)
      .find(Boolean);
    const restAnswer = responses.map(([, response]) => response["x-rest-answer"]).find(Boolean);
    // Which field of the resource each event field carries (x-resource-field).
    const resourceFields = Object.fromEntries(
      Object.entries(properties)
        .filter(([, schema]) => schema["x-resource-field"])
        .map(([name, schema]) => [name, schema["x-resource-field"]]),
    );
    table[event] = {
      method: method.toUpperCase(),
      phase: on.phase,
      resource: on.resource,
      actions: on.actions,
      ...(operation["x-timeout-ms"] !== undefined && { timeoutMs: operation["x-timeout-ms"] }),
      ...(operation["x-on-timeout"] && { onTimeout: operation["x-on-timeout"] }),
      contentType,
      fields: withoutDocs(properties),
      required,
      resourceFields,
      ...(answer && { answer: answerOf(spec, answer) }),
      ...(restAnswer && { rejectedAnswer: restAnswer }),
    };
    // The request bodies the spec gives as examples, by name: what a checker sends a receiver.
    // A table of their own, so that code reading webhooks (parseWebhook) bundles none of them.
    examples[event] = Object.fromEntries(
      Object.entries(media.examples ?? {}).map(([name, example]) => [name, example.value]),
    );
  }
  if (Object.keys(table).length && signature?.in !== "header")
    throw new Error("the webhooks' signature scheme must be a header (x-signature)");
  return (
    header("The webhooks Twilio sends: when, how, their fields and what an answer may hold.") +
    asConst("webhooks", table) +
    "\n/** The spec's examples of each event's request body, by name (fields as the schema types them). */\n" +
    asConst("webhookExamples", examples) +
    "\n/** How webhooks are signed: the header, and the algorithm (the security scheme with x-signature). */\n" +
    asConst("signature", signature ? { header: signature.name, algorithm: signature["x-signature"] } : null) +
    "\nexport type WebhookEvent = keyof typeof webhooks;\n" +
    WEBHOOK_TYPES
  );
}

/** A pre-event answer's fields, and which field of the resource each one sets. */
function answerOf(spec, schema) {
  const { properties } = objectMembers(spec, schema);
  return {
    fields: withoutDocs(properties),
    resourceFields: Object.fromEntries(
      Object.entries(properties).map(([name, s]) => [name, s["x-resource-field"] ?? name]),
    ),
  };
}

// The webhook table as code that reads any event sees it (as OPERATION_TYPES does for operations).
const WEBHOOK_TYPES = `
type FieldSchema = { readonly [keyword: string]: unknown };
export interface WebhookEntry {
  readonly method: string;
  /** "pre": sent before the action, which waits for the answer; "post": sent after it. */
  readonly phase: "pre" | "post";
  /** The resource (literal path segments below the version) whose actions fire it. */
  readonly resource: string;
  readonly actions: readonly string[];
  /** How long Twilio waits for the answer, when the spec says. */
  readonly timeoutMs?: number;
  /** What happens when no answer comes in time: "proceed", the action goes ahead unchanged (pre-events). */
  readonly onTimeout?: string;
  readonly contentType: string;
  readonly fields: { readonly [field: string]: FieldSchema };
  readonly required: readonly string[];
  /** The field of the resource each event field carries (x-resource-field). */
  readonly resourceFields: { readonly [field: string]: string };
  /** What a 2xx answer's JSON body may set (pre-events), and the resource field each sets. */
  readonly answer?: {
    readonly fields: { readonly [field: string]: FieldSchema };
    readonly resourceFields: { readonly [field: string]: string };
  };
  /** What the REST caller gets when a pre-event rejects its action (the spec's x-rest-answer). */
  readonly rejectedAnswer?: { readonly status: number; readonly code: number; readonly message: string; readonly more_info: string };
}
/** Every webhook, typed as WebhookEntry. */
export const webhookTable: { readonly [K in WebhookEvent]: WebhookEntry } = webhooks;
`;

async function generate() {
  return {
    "api.ts": await typesFile(),
    "contract.ts": await contractFile(),
    "fields.ts": await fieldsFile(),
    "operations.ts": await operationsFile(),
    "schemas.ts": await schemasFile(),
    "runtime.ts": runtimeFile(),
    "webhooks.ts": await webhooksFile(),
  };
}

async function main() {
  const check = args.check === true;
  const files = await generate();
  const present = (await readdir(OUT_DIR).catch(() => [])).filter((f) => !f.startsWith("."));

  if (check) {
    const problems = [];
    for (const [name, content] of Object.entries(files)) {
      const onDisk = await readFile(join(OUT_DIR, name), "utf8").catch(() => null);
      if (onDisk === null) problems.push(`${name}: missing`);
      else if (onDisk !== content)
        problems.push(`${name}: differs from the spec (${firstDifference(onDisk, content)})`);
    }
    for (const name of present) if (!(name in files)) problems.push(`${name}: not generated from the spec`);
    if (problems.length) {
      console.error(`${OUT}/ is out of step with ${SOURCE}:`);
      for (const p of problems) console.error(`  - ${p}`);
      console.error("Run `npm run generate` and commit the result.");
      process.exit(1);
    }
    console.log(`${OUT}/ matches ${SOURCE} (${Object.keys(files).length} files).`);
    return;
  }

  await mkdir(OUT_DIR, { recursive: true });
  for (const name of present) if (!(name in files)) await rm(join(OUT_DIR, name));
  for (const [name, content] of Object.entries(files)) await writeFile(join(OUT_DIR, name), content);
  console.log(
    `Wrote ${Object.keys(files)
      .map((f) => `${OUT}/${f}`)
      .join(", ")} from ${SOURCE}.`,
  );
}

function firstDifference(a, b) {
  const left = a.split("\n");
  const right = b.split("\n");
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line === -1 ? left.length : line;
  return `first at line ${at + 1}: committed ${JSON.stringify(left[at] ?? "<end>")}, spec gives ${JSON.stringify(right[at] ?? "<end>")}`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
