// The verifier: judges any server that claims to implement openapi/messages.yaml (Twilio itself, a
// proxy, a fake) by the spec, and reports no failure for a correct one. It never assumes server
// state: it makes the messages it needs (webhooks off, by the spec's safe value), finds them by
// the SIDs in the answers and the spec's links, and deletes them at the end, also when checks fail.

import { ConversationsError } from "../core/errors.js";
import type { Family } from "../core/operations.js";
import { pagingOf } from "../core/paging.js";
import { auth } from "./checks/auth.js";
import { delivery } from "./checks/delivery.js";
import { identity } from "./checks/identity.js";
import { lists } from "./checks/lists.js";
import { negative } from "./checks/negative.js";
import { positive } from "./checks/positive.js";
import { stateful } from "./checks/stateful.js";
import { FamilyContext, itemsOf, type Json, Made, ok, pathOf, safeHeaders } from "./context.js";
import { type Exchange, RunStopped, Sender, type StopKind, TargetUnreachable } from "./exchange.js";
import type { ResourceView } from "./resource.js";
import {
  CHECKS,
  type CheckName,
  type CheckResult,
  type Failure,
  type Progress,
  Run,
  STATEFUL_CHECKS,
  shortAnswer,
} from "./run.js";
import { echoField, itemParameterOf, operationOf, parameterExample } from "./spec.js";

export { curlOf, DEFAULT_MAX_ANSWER_BYTES, type Exchange } from "./exchange.js";
export {
  CHECK_DESCRIPTIONS,
  CHECKS,
  type CheckName,
  type CheckResult,
  type Failure,
  type Progress,
  STATEFUL_CHECKS,
} from "./run.js";

export interface VerifyOptions {
  /** The server's base URL. */
  target: string;
  /** The fetch to send with (default: the global one); tests give an emulator's. */
  fetch?: typeof fetch;
  username: string;
  password: string;
  /** The conversation to work in: a CH SID or a unique name. */
  conversation: string;
  /** A Conversation Service to check the service family in; undefined skips that family. */
  service?: string | undefined;
  /** Only these checks (default: all). */
  checks?: readonly CheckName[] | undefined;
  /** Not these checks. */
  exclude?: readonly CheckName[] | undefined;
  /** At most this many requests (429 retries and the clean-up not counted). Default 500. */
  maxRequests?: number | undefined;
  /** No further request of the checks after this long, in ms (the clean-up still runs). Default 15 min. */
  maxTimeMs?: number | undefined;
  /** The most bytes of an answer read; a larger answer is a failure, and the run goes on. Default 8 MiB. */
  maxAnswerBytes?: number | undefined;
  /** Twilio itself: no fabricated references (media, templates), and writes only with allowWrites. */
  live?: boolean;
  allowWrites?: boolean;
  /** A stateless mock: skip the checks that need state (stateful, identity, lists). */
  stateless?: boolean;
  /** The longest Retry-After to wait out, in ms. Default 60 s. */
  maxWaitMs?: number;
  /** Stops the run (Ctrl-C): no further request of the checks; the clean-up still runs. */
  signal?: AbortSignal | undefined;
  /** Told as the run goes: each check as it starts, each 429 waited out, messages made and gone. */
  onProgress?: ((event: Progress) => void) | undefined;
}

export interface Report {
  target: string;
  durationMs: number;
  /** Requests answered (the clean-up's included; a 429 waited out and sent again is one). */
  requests: number;
  /** Requests counted against the budget. */
  counted: number;
  waitedMs: number;
  checks: CheckResult[];
  failures: Failure[];
  /** Why the run stopped before its end (the budget, the time limit, an interrupt…), if it did. */
  stopped?: { kind: StopKind; message: string } | undefined;
  /** When the budget ran out: the requests a full run with these options takes against a correct server. */
  requestsNeeded?: number | undefined;
  /** Messages the clean-up deleted (SIDs). */
  deleted: string[];
  /** Messages the run made and could not delete again (SIDs). */
  leftBehind: string[];
  /** What to try, when the answers suggest it (a mock without state: --stateless). */
  hints: string[];
  exchanges: Exchange[];
}

/** A verification run whose target could not be reached at all. */
export class Unreachable extends TargetUnreachable {
  override name = "Unreachable";
}

/** The target answered the run's first request, with the run's credentials, 401: nothing can be judged. */
export class CredentialsRefused extends ConversationsError {
  override name = "CredentialsRefused";
  readonly exchange: Exchange;
  constructor(exchange: Exchange) {
    super(`the server refused the credentials: ${shortAnswer(exchange)}`);
    this.exchange = exchange;
  }
}

export const DEFAULT_MAX_REQUESTS = 500;
export const DEFAULT_MAX_TIME_MS = 15 * 60_000;

export async function verify(options: VerifyOptions): Promise<Report> {
  const started = Date.now();
  const selected = CHECKS.filter(
    (c) => (!options.checks || options.checks.includes(c)) && !options.exclude?.includes(c),
  );
  const maxTimeMs = options.maxTimeMs ?? DEFAULT_MAX_TIME_MS;
  const families: Family[] = ["default", ...(options.service === undefined ? [] : (["service"] as const))];
  const sender = new Sender({
    target: options.target.replace(/\/+$/, ""),
    fetch: options.fetch ?? globalThis.fetch,
    username: options.username,
    password: options.password,
    maxRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
    maxWaitMs: options.maxWaitMs ?? 60_000,
    timeoutMs: 30_000,
    maxAnswerBytes: options.maxAnswerBytes,
    deadline: started + maxTimeMs,
    deadlineText: `${maxTimeMs / 1000} s`,
    signal: options.signal,
    onWait: (wait) => options.onProgress?.({ kind: "wait", ...wait }),
  });
  const run = new Run(sender, selected, families, options.onProgress);
  const writes = !options.live || options.allowWrites === true;
  if (!writes)
    run.skip(
      "stateful",
      "it needs writes: add --allow-writes (it creates, updates and deletes its own messages)",
    );
  if (options.stateless) {
    for (const check of STATEFUL_CHECKS) run.skip(check, "--stateless: a mock without state cannot keep it");
  }
  const made = new Made(run);
  let reached = false;
  let deleted: string[] = [];
  try {
    for (const family of families) {
      const context = new FamilyContext(run, options, family, made, writes);
      await probe(context, !reached);
      reached = true;
      await runFamily(context);
    }
  } catch (error) {
    if (error instanceof RunStopped) run.stopped = { kind: error.kind, message: error.message };
    else if (!(error instanceof TargetUnreachable)) throw error;
    else if (!reached) throw new Unreachable(`cannot reach ${options.target}: ${error.message}`);
    else {
      run.stopped = { kind: "connection", message: "the connection to the target failed" };
      run.judge("no-server-error", {
        operation: "(connection)",
        rule: "the connection failed mid-run",
        expected: "an answer",
        got: error.message,
      });
    }
  } finally {
    // Whatever ended the run, what it made is deleted again.
    // Stryker disable next-line ConditionalExpression: until the first answer nothing is made, so a clean-up then deletes nothing
    if (reached) deleted = await cleanUp(run, options, made);
  }
  const judged = run.results();
  const results = CHECKS.map((name): CheckResult => {
    const result = judged.find((r) => r.name === name);
    return (
      result ?? {
        name,
        status: "skipped",
        reason: "not selected (--checks, --exclude-checks)",
        judged: 0,
        failures: [],
      }
    );
  });
  const spent = run.stopped?.kind === "budget";
  return {
    target: options.target,
    durationMs: Date.now() - started,
    requests: sender.exchanges.length,
    counted: sender.counted,
    waitedMs: sender.waitedMs,
    checks: results,
    failures: run.failures,
    stopped: run.stopped,
    requestsNeeded: spent ? await requestsForFullRun(options) : undefined,
    deleted,
    leftBehind: made.sids(),
    hints: hintsFor(run, sender.exchanges, families),
    exchanges: sender.exchanges,
  };
}

/**
 * Deletes every message the run made and did not delete already (404: it is gone anyway); returns
 * the SIDs it deleted.
 */
async function cleanUp(run: Run, options: VerifyOptions, made: Made): Promise<string[]> {
  const deleted: string[] = [];
  const entries = made.entries();
  if (entries.length) run.report({ kind: "cleanup", sids: entries.map(([sid]) => sid) });
  for (const [sid, family] of entries) {
    const op = operationOf(family, "delete");
    try {
      const exchange = await run.sender.send(
        {
          op,
          purpose: "clean-up: delete a message the run made",
          path: pathOf(options, family, sid),
          header: safeHeaders(op),
        },
        { counted: false },
      );
      if (exchange.status < 300 || exchange.status === 404) {
        made.gone(sid);
        deleted.push(sid);
      }
    } catch {
      // Left behind; the report lists it.
    }
  }
  return deleted;
}

/**
 * The requests a full run with these options takes against a correct server: the same run against
 * the package's emulator, in this process, with no budget.
 */
async function requestsForFullRun(options: VerifyOptions): Promise<number> {
  const { createEmulator } = await import("../emulator/index.js");
  const emulator = createEmulator();
  const report = await verify({
    ...options,
    fetch: emulator.fetch,
    maxRequests: Number.MAX_SAFE_INTEGER,
    maxTimeMs: undefined,
    signal: undefined,
    onProgress: undefined,
  });
  return report.counted;
}

/**
 * Hints from the answers: a message the run created that the server gave the spec's own example
 * SID, where a stateful check failed, is what a mock without state does.
 */
function hintsFor(run: Run, exchanges: readonly Exchange[], families: readonly Family[]): string[] {
  if (!run.failures.some((f) => (STATEFUL_CHECKS as readonly string[]).includes(f.check))) return [];
  for (const family of families) {
    const create = operationOf(family, "create");
    const item = itemParameterOf(family);
    const example = parameterExample(operationOf(family, "fetch"), "path", item);
    const mocked = exchanges.find(
      (x) => x.operation === create.id && (x.json as Json | undefined)?.[echoField(item)] === example,
    );
    if (mocked)
      return [
        `The server gave a message the run created the spec's own example SID (${String(example)}), as a mock without state does: --stateless skips the checks that need state (${STATEFUL_CHECKS.join(", ")}).`,
      ];
  }
  return [];
}

/** The checks of a family, in order, each over every resource of the spec: they share what they make. */
const FAMILY_CHECKS: [CheckName, (ctx: FamilyContext, view: ResourceView) => Promise<void>][] = [
  ["auth", auth],
  ["stateful", stateful],
  ["identity", identity],
  ["lists", lists],
  ["delivery", delivery],
  ["positive-data", positive],
  ["negative-data", negative],
];

/**
 * The first request of a family: a plain list, whose items are the ones the server already holds.
 * For the run's first, a connection error ends the run (exit 2), and so does a 401: every check
 * after it would be judged on refused credentials.
 */
async function probe(ctx: FamilyContext, first: boolean) {
  const op = ctx.root.op("list");
  const exchange = await ctx.run.send({
    op,
    purpose: "probe: list the conversation's messages",
    path: ctx.path(ctx.root),
  });
  if (first && exchange.status === 401) throw new CredentialsRefused(exchange);
  ctx.held = (ok(exchange) && itemsOf(exchange.json, pagingOf(op.operation).paging.items)) || [];
}

async function runFamily(ctx: FamilyContext) {
  for (const [check, judge] of FAMILY_CHECKS)
    await ctx.run.part(check, ctx.family, async () => {
      for (const view of ctx.views) await judge(ctx, view);
    });
}

export {
  type AnyCheckName,
  WEBHOOK_CHECK_DESCRIPTIONS,
  WEBHOOK_CHECKS,
  type WebhookCheckName,
} from "./run.js";
export { verifyWebhook, type WebhookVerifyOptions } from "./webhook.js";
