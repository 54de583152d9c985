// The verifier's webhook side (--webhook URL): judges a receiver of Twilio's message webhooks by
// the spec's `webhooks` section. It sends each event as Twilio does (the spec's example bodies,
// form-encoded, signed over the URL and the sorted fields with the account's token), then each
// again forged and unsigned, and reports in the shape of the REST run's report, so that the text,
// JUnit and JSON reports and the exit codes are the same.
import { formFields, type WebhookEvent, webhookEvents, webhookTable } from "../core/webhooks.js";
import { webhookExamples } from "../generated/webhooks.js";
import { getExpectedTwilioSignature } from "../webhooks/signature.js";
import { webhookAccepts } from "./checks/webhook-accepts.js";
import { webhookAnswer } from "./checks/webhook-answer.js";
import { webhookSignature } from "./checks/webhook-signature.js";
import { type Exchange, RunStopped, TargetUnreachable } from "./exchange.js";
import type { Report } from "./index.js";
import { type Progress, WEBHOOK_CHECKS, type WebhookCheckName } from "./run.js";
import { Verdicts } from "./verdicts.js";
import { WebhookSender } from "./webhook-exchange.js";

export interface WebhookVerifyOptions {
  /** The receiver's URL, as configured at Twilio: the string the signature is made over. */
  url: string;
  /** The account's auth token, which signs the events. */
  authToken: string;
  /** The fetch to send with (default: the global one). */
  fetch?: typeof fetch;
  /** Only these checks (default: all). */
  checks?: readonly WebhookCheckName[] | undefined;
  exclude?: readonly WebhookCheckName[] | undefined;
  /** The most bytes of an answer read. Default 8 MiB. */
  maxAnswerBytes?: number | undefined;
  /** Stops the run: no further webhook is sent. */
  signal?: AbortSignal | undefined;
  onProgress?: ((event: Progress) => void) | undefined;
  /**
   * Every event's timeout instead of the spec's, in ms.
   * @internal for tests: a slow receiver is judged without waiting the spec's seconds
   */
  timeoutMs?: number | undefined;
}

/** The wait for an event the spec gives no timeout: the REST requests' own. */
const DEFAULT_TIMEOUT_MS = 30_000;

/** A correctly signed event and its answer: what webhook-accepts and webhook-answer judge. */
export interface Signed {
  event: WebhookEvent;
  /** The name of the spec's example it sent. */
  example: string;
  exchange: Exchange;
  timeoutMs: number;
}

/** What the webhook checks share. */
export interface WebhookContext {
  url: string;
  authToken: string;
  events: readonly WebhookEvent[];
  sender: WebhookSender;
  verdicts: Verdicts;
  timeoutOf(event: WebhookEvent): number;
  /** An event's examples from the spec, by name, as a form sends them. */
  examples(event: WebhookEvent): [string, Record<string, string>][];
}

export async function verifyWebhook(options: WebhookVerifyOptions): Promise<Report> {
  const started = Date.now();
  const selected = WEBHOOK_CHECKS.filter(
    (c) => (!options.checks || options.checks.includes(c)) && !options.exclude?.includes(c),
  );
  // Signed as requested: the URL as fetch sends it ("http://host" asks for "http://host/"), which
  // is the URL a receiver puts together from the request it gets.
  const url = new URL(options.url).href;
  const sender = new WebhookSender({
    url,
    fetch: options.fetch ?? globalThis.fetch,
    maxAnswerBytes: options.maxAnswerBytes,
    signal: options.signal,
  });
  const verdicts = new Verdicts(selected);
  const ctx: WebhookContext = {
    url,
    authToken: options.authToken,
    events: webhookEvents,
    sender,
    verdicts,
    timeoutOf: (event) => options.timeoutMs ?? webhookTable[event].timeoutMs ?? DEFAULT_TIMEOUT_MS,
    examples: (event) =>
      Object.entries(webhookExamples[event]).map(([name, value]) => [name, formFields(value)]),
  };
  const progress = (check: WebhookCheckName) => options.onProgress?.({ kind: "webhook", check });
  try {
    if (verdicts.on("webhook-accepts") || verdicts.on("webhook-answer")) {
      progress(verdicts.on("webhook-accepts") ? "webhook-accepts" : "webhook-answer");
      const signed = await sendSigned(ctx);
      webhookAccepts(ctx, signed);
      webhookAnswer(ctx, signed);
    }
    if (verdicts.on("webhook-signature")) {
      progress("webhook-signature");
      await webhookSignature(ctx);
    }
  } catch (error) {
    if (error instanceof TargetUnreachable)
      throw new TargetUnreachable(`cannot reach the webhook receiver ${options.url}: ${error.message}`);
    if (!(error instanceof RunStopped)) throw error;
    verdicts.stopped = error.message;
  }
  return {
    target: options.url,
    durationMs: Date.now() - started,
    requests: sender.exchanges.length,
    counted: sender.exchanges.length,
    waitedMs: 0,
    checks: verdicts.results(),
    failures: verdicts.failures,
    stopped: verdicts.stopped === undefined ? undefined : { kind: "interrupt", message: verdicts.stopped },
    deleted: [],
    leftBehind: [],
    hints: [],
    exchanges: sender.exchanges,
  };
}

/** Every example of every event, signed as Twilio signs it. */
async function sendSigned(ctx: WebhookContext): Promise<Signed[]> {
  const signed: Signed[] = [];
  for (const event of ctx.events) {
    const examples = ctx.examples(event);
    if (!examples.length) {
      ctx.verdicts.notJudged("webhook-accepts", event, "the spec gives no example body");
      continue;
    }
    for (const [example, fields] of examples) {
      const timeoutMs = ctx.timeoutOf(event);
      const exchange = await ctx.sender.send({
        event,
        purpose: `signed: the "${example}" example`,
        fields,
        signature: getExpectedTwilioSignature(ctx.authToken, ctx.url, fields),
        timeoutMs,
      });
      signed.push({ event, example, exchange, timeoutMs });
    }
  }
  return signed;
}
