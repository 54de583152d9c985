// The signature checks agree with twilio-node 6 (the devDependency `twilio`, its own code) on a
// few hundred generated requests: the same expected signature, and the same answer from
// validateRequest and validateRequestWithBody, whether the signature is Twilio's for the URL as
// given, for another form of it (its port added or removed, normalized, its query re-encoded), or
// forged (a character changed, another token, another URL's). Where twilio-node throws, so must
// these (a TypeError both).
import { createHash } from "node:crypto";
import { parse, stringify } from "node:querystring";
import { describe, expect, it } from "vitest";
import { getExpectedTwilioSignature, validateRequest, validateRequestWithBody } from "../../src/index.js";
import { addPort, removePort } from "../../src/webhooks/url-variants.js";
import twilio from "../support/twilio-node";
import { oneCharChanged, prng, randomParams, randomUrl } from "./generated.js";

const CASES = 400;
const TOKEN = "12345678901234567890123456789012";

type Outcome = { value: unknown } | { threw: string };
function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

/** The URL normalized, its query re-encoded by Node's own querystring (undefined if unparseable). */
function legacyForm(url: string): string | undefined {
  let normalized: string;
  try {
    normalized = new URL(url).toString();
  } catch {
    return undefined;
  }
  const q = normalized.indexOf("?");
  return q === -1 ? normalized : `${normalized.slice(0, q)}?${stringify(parse(normalized.slice(q + 1)))}`;
}

/** The URL Twilio is taken to have signed, for case n: the URL itself, or one of its forms. */
function signedForm(r: ReturnType<typeof prng>, url: string, other: string): string {
  return r.pick([
    () => url,
    () => url,
    () => removePort(url),
    () => addPort(url),
    () => legacyForm(url) ?? url,
    () => addPort(legacyForm(url) ?? url),
    () => other, // another request's URL: a signature for somewhere else
  ])();
}

describe("agreement with twilio-node 6 on generated requests", () => {
  const r = prng(20261202);
  const counts = { valid: 0, invalid: 0, threw: 0, legacyOnly: 0 };
  const cases = Array.from({ length: CASES }, (_, n) => {
    const url = randomUrl(r);
    const params = randomParams(r);
    const signed = signedForm(r, url, randomUrl(r));
    const genuine = twilio.getExpectedTwilioSignature(TOKEN, signed, params);
    const header = r.pick([
      () => genuine,
      () => genuine,
      () => oneCharChanged(r, genuine),
      () => twilio.getExpectedTwilioSignature(`${TOKEN.slice(1)}x`, signed, params), // another token
      () => genuine.slice(0, -1), // shorter
    ])();
    // Twilio's signature for the re-encoded query and for no earlier form: only the last forms match.
    const legacy = legacyForm(url);
    const earlier = [url, removePort(url), addPort(url)].concat(
      legacy === undefined ? [] : [new URL(url).toString()],
    );
    const legacyOnly =
      legacy !== undefined &&
      (signed === legacy || signed === addPort(legacy)) &&
      header === genuine &&
      earlier.every((form) => form !== signed && removePort(form) !== signed && addPort(form) !== signed);
    return { n, url, params, header, legacyOnly };
  });

  it.each(cases)(
    "case $n: the expected signature and validateRequest's answer",
    ({ url, params, header, legacyOnly }) => {
      expect(getExpectedTwilioSignature(TOKEN, url, params)).toBe(
        twilio.getExpectedTwilioSignature(TOKEN, url, params),
      );
      const theirs = outcome(() => twilio.validateRequest(TOKEN, header, url, params));
      expect(outcome(() => validateRequest(TOKEN, header, url, params))).toEqual(theirs);
      if ("threw" in theirs) counts.threw++;
      else if (theirs.value) counts.valid++;
      else counts.invalid++;
      if (legacyOnly && "value" in theirs && theirs.value) counts.legacyOnly++;
    },
  );

  it("met valid and forged signatures both, in numbers", () => {
    // Not a vacuous agreement: many of each answer (and few URLs that neither can parse).
    expect(counts.valid).toBeGreaterThan(CASES / 4);
    expect(counts.invalid).toBeGreaterThan(CASES / 4);
    expect(counts.valid + counts.invalid + counts.threw).toBe(CASES);
    // Some valid only through the query string as Node's legacy querystring re-encodes it.
    expect(counts.legacyOnly).toBeGreaterThan(5);
  });
});

describe("agreement with twilio-node 6 on generated JSON webhooks (validateRequestWithBody)", () => {
  const r = prng(4403669397);
  const counts = { valid: 0, invalid: 0 };
  const sha256 = (body: string) => createHash("sha256").update(body, "utf8").digest("hex");
  const cases = Array.from({ length: CASES / 2 }, (_, n) => {
    const body = JSON.stringify(randomParams(r));
    const hash = r.pick([
      () => sha256(body),
      () => sha256(body),
      () => sha256(body).toUpperCase(), // Twilio's are lower case; twilio-node compares exactly
      () => sha256(`${body} `), // another body's
      () => "", // bodySHA256= with nothing
    ])();
    const url = randomUrl(r, hash);
    const signed = signedForm(r, url, randomUrl(r, hash));
    const genuine = twilio.getExpectedTwilioSignature(TOKEN, signed, {});
    const header = r.chance(0.75) ? genuine : oneCharChanged(r, genuine);
    const sent = r.chance(0.85) ? body : `${body}\n`;
    return { n, url, header, body: sent };
  });

  it.each(cases)("case $n: validateRequestWithBody's answer", ({ url, header, body }) => {
    const theirs = outcome(() => twilio.validateRequestWithBody(TOKEN, header, url, body));
    expect(outcome(() => validateRequestWithBody(TOKEN, header, url, body))).toEqual(theirs);
    // The body as its bytes (a raw body reader's Buffer or Uint8Array) answers the same.
    const bytes = new TextEncoder().encode(body);
    expect(outcome(() => validateRequestWithBody(TOKEN, header, url, bytes))).toEqual(theirs);
    if ("value" in theirs) counts[theirs.value ? "valid" : "invalid"]++;
  });

  it("met valid and forged requests both, in numbers", () => {
    expect(counts.valid).toBeGreaterThan(CASES / 20);
    expect(counts.invalid).toBeGreaterThan(CASES / 20);
  });
});
