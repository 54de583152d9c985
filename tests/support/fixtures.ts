// Values for tests, taken from the spec's own examples so that they always satisfy it, and what the
// global setups provide (the Prism mock, the installed package, the seed).
import { inject } from "vitest";
import { loadDereferencedSpec, responseExample as namedResponseExample } from "../../scripts/lib/spec.mjs";
import type { Json } from "./spec";

export const spec: Json = await loadDereferencedSpec();
const parameterExample = (name: string): string => spec.components.parameters[name].example;
const exampleValue = (name: string): Json => spec.components.examples[name].value;

export const ACCOUNT_SID: string = exampleValue("CreatedMessage").account_sid;
export const AUTH_TOKEN = "test-auth-token-not-a-secret";
export const CONVERSATION_SID = parameterExample("ConversationSid");
export const MESSAGE_SID = parameterExample("Sid");
export const SERVICE_SID = parameterExample("ChatServiceSid");
export const RECEIPT_SID = parameterExample("ReceiptSid");

/** The named response example `name` of the spec (create, fetch, update, list, list-desc). */
export const responseExample = (name: string): Json => namedResponseExample(spec, name);

export const prismUrl = (): string => inject("prismUrl");
/** The folder the packed package is installed in (tests/package/ only: package-setup.ts). */
export const packageApp = (): string => inject("packageApp");
/** Twilio's reference page beside the clone (../shared/seed/), or "" when it is absent: skipIf(!seedDir()). */
export const seedDir = (): string => inject("seedDir");

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
  /** The answer, read from a clone. */
  response?: { status: number; headers: Headers; text: string };
}

/**
 * A fetch that records each request, optionally adds headers (e.g. Prism's `Prefer`), and sends it
 * on with the real fetch.
 */
export function recordingFetch(extraHeaders: Record<string, string> = {}) {
  const requests: Recorded[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [k, v] of Object.entries(extraHeaders)) headers.set(k, v);
    const body = typeof init?.body === "string" ? init.body : undefined;
    const recorded: Recorded = { method: init?.method ?? "GET", url: new URL(String(input)), headers, body };
    requests.push(recorded);
    const response = await fetch(input, { ...init, headers });
    const text = await response.clone().text();
    recorded.response = { status: response.status, headers: response.headers, text };
    return response;
  };
  return { fetch: fetchImpl, requests };
}
