// What the verifier's tests share: a run against a fetch, the emulator with the fixtures'
// credentials, and the pieces a defect is made of (read a request, change an answer's JSON).
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import { type Report, type VerifyOptions, verify } from "../../src/verifier/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, SERVICE_SID, spec } from "./fixtures";
import type { Json } from "./spec";

export const TARGET = spec.servers[0].url as string;

export function emulatorWithCredentials(options: Parameters<typeof createEmulator>[0] = {}): Emulator {
  return createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, ...options });
}

export function run(fetchImpl: typeof fetch, options: Partial<VerifyOptions> = {}): Promise<Report> {
  return verify({
    target: TARGET,
    fetch: fetchImpl,
    username: ACCOUNT_SID,
    password: AUTH_TOKEN,
    conversation: CONVERSATION_SID,
    service: SERVICE_SID,
    ...options,
  });
}

export const failing = (report: Report): string[] =>
  report.checks.filter((c) => c.status === "failed").map((c) => c.name);

/** Messages left in the fixtures' conversation, in both families. */
export const left = (emulator: Emulator): number =>
  emulator.messages(CONVERSATION_SID).length +
  emulator.messages(CONVERSATION_SID, { service: SERVICE_SID }).length;

/** The emulator behind a wrapper that changes requests or answers in one way. */
export type Defect = (emulator: Emulator) => typeof fetch;

export const answerJson = async (response: Response, change: (body: Json) => Json): Promise<Response> =>
  new Response(JSON.stringify(change(await response.json())), {
    status: response.status,
    headers: response.headers,
  });

export const twilioError = (status: number, message: string): Response =>
  Response.json(
    { code: 20000 + status, message, more_info: "https://www.twilio.com/docs/errors/20001", status },
    { status },
  );

export const request = (input: RequestInfo | URL, init?: RequestInit) => ({
  url: new URL(String(input)),
  method: init?.method ?? "GET",
  body: new URLSearchParams(typeof init?.body === "string" ? init.body : ""),
  headers: new Headers(init?.headers),
});

/** A defect on the pages of the lists check's walk (pages of two): this change to each page's JSON. */
export const onWalk =
  (emulator: Emulator, change: (page: Json, url: URL) => Json): typeof fetch =>
  async (input, init) => {
    const { method, url } = request(input, init);
    const response = await emulator.fetch(input, init);
    const walking =
      method === "GET" && /\/Messages$/.test(url.pathname) && url.searchParams.get("PageSize") === "2";
    if (!walking || response.status !== 200) return response;
    return answerJson(response, (page) => change(page, url));
  };

/** A path that names one message. */
export const ON_MESSAGE = /\/Messages\/[^/]+$/;

/**
 * A text with what changes from run to run (the SIDs the emulator makes, the run's marker) numbered
 * in order of appearance; one numbering per call of `numbering()`.
 */
export function numbering(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) =>
    text
      .replace(/(IM|MB)[0-9a-f]{32}/g, (sid, prefix: string) => {
        if (!seen.has(sid)) seen.set(sid, `${prefix}#${seen.size + 1}`);
        return seen.get(sid) as string;
      })
      .replace(/verify-[0-9a-z]+/g, "verify-#");
}

/**
 * A report's failures as lines, numbered (above), so that a test can compare every word. What came
 * back is cut at `cut` characters (160): its start says which answer it was.
 */
export function failureLines(report: Report, cut = 160): string[] {
  const number = numbering();
  // Numbered before it is cut, so that a SID the cut goes through is numbered all the same.
  return report.failures.map((f) => {
    const start = number(`${f.check} | ${f.operation} | ${f.rule} | ${f.expected} | `);
    return start + number(f.got).slice(0, cut);
  });
}

/** The emulator's clock, fixed: answers carry the same dates in every run. */
export const FIXED_NOW = () => new Date("2026-01-02T03:04:05Z");
