// Whether an answer keeps the spec: a status the operation documents (or its `default`), the
// documented media type, and a body that validates against the documented schema (Ajv compiled
// from the spec). Used to hold every answer of the emulator to the spec.
import type { ValidateFunction } from "ajv";
import { createSpecAjv } from "../../scripts/lib/ajv.mjs";
import type { Emulator } from "../../src/emulator/index.js";
import { type Json, loadSpec } from "./spec";

const { deref, operations } = await loadSpec();
const ajv = createSpecAjv();
const compiled = new Map<Json, ValidateFunction>();
const validatorOf = (schema: Json) => {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
};

/** What is wrong with an answer to `operationId` (undefined: a path or method outside the API). */
export function answerViolations(
  operationId: string | undefined,
  status: number,
  contentType: string | null,
  text: string,
): string[] {
  const op = operations.find((o) => o.operationId === operationId);
  // Outside the API, an answer is still Twilio's error body.
  const response = op
    ? (op.operation.responses[String(status)] ?? (status >= 400 ? op.operation.responses.default : undefined))
    : { content: { "application/json": { schema: deref.components.schemas.TwilioError } } };
  const where = `${operationId ?? "(no operation)"} ${status}`;
  if (!response) return [`${where}: status not documented`];
  const media = response.content?.["application/json"];
  if (!media) return text === "" ? [] : [`${where}: a body where none is documented`];
  if (!contentType?.startsWith("application/json")) return [`${where}: content type ${contentType}`];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`${where}: not JSON`];
  }
  const validate = validatorOf(media.schema);
  if (validate(body)) {
    if (status >= 400 && (body as Json).status !== status)
      return [`${where}: error body's status is ${(body as Json).status}`];
    return [];
  }
  return (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || "(root)"} ${e.message}`);
}

/**
 * The emulator's fetch, with every answer checked against the spec as it passes; `problems` holds
 * what was wrong (the test asserts it stays empty).
 */
export function checkedFetch(emulator: Emulator) {
  const problems: string[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const response = await emulator.fetch(input, init);
    const operation = emulator.requests.at(-1)?.operation;
    const text = await response.clone().text();
    problems.push(
      ...answerViolations(operation, response.status, response.headers.get("content-type"), text),
    );
    return response;
  };
  return { fetch: fetchImpl, problems };
}
