// The verifier: judges any server that claims to implement openapi/messages.yaml (Twilio itself, a
// proxy, a fake) by the spec, and reports no failure for a correct one. It never assumes server
// state: it makes the messages it needs (webhooks off, by the spec's safe value), finds them by
// the SIDs in the answers and the spec's links, and deletes them at the end, also when checks fail.

import { ConversationsError } from "../core/errors.js";
import { follow } from "../core/links.js";
import { type Action, type Family, parameterAfter } from "../core/operations.js";
import { pagingOf } from "../core/paging.js";
import { firstError, type RequestSchema } from "../core/schema.js";
import { type Exchange, RunStopped, Sender, type StopKind, TargetUnreachable } from "./exchange.js";
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
import {
  answerSchema,
  bodyExamples,
  boundaryValues,
  breaches,
  dateTimeFields,
  echoedFields,
  echoField,
  fieldNames,
  fieldPattern,
  itemParameterOf,
  linksOf,
  type OperationView,
  operationOf,
  parameterExample,
  requestFields,
  safeValue,
  selfField,
  successOf,
} from "./spec.js";
import { head } from "./text.js";

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

type Json = Record<string, unknown>;

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

/** The messages a run made and has not deleted, by SID: what the clean-up deletes. */
class Made {
  readonly #messages = new Map<string, Family>();
  /** Made, but with a SID no path can hold (a server's answer is never put in a path unchecked). */
  readonly #stranded: string[] = [];
  readonly #run: Run;
  constructor(run: Run) {
    this.#run = run;
  }
  add(sid: string, family: Family) {
    this.#messages.set(sid, family);
    this.#run.report({ kind: "made", sid, family });
  }
  gone(sid: string) {
    const family = this.#messages.get(sid);
    if (family && this.#messages.delete(sid)) this.#run.report({ kind: "gone", sid, family });
  }
  /** A message made that cannot be deleted: its SID cannot be put in a path. It is left behind. */
  strand(sid: string, family: Family) {
    this.#stranded.push(sid);
    this.#run.report({ kind: "made", sid, family });
  }
  entries() {
    return [...this.#messages];
  }
  /** What is left: not deleted yet, or never to be. */
  sids() {
    return [...this.#messages.keys(), ...this.#stranded];
  }
}

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
      const context = new FamilyRun(run, options, family, made, writes);
      await context.probe(!reached);
      reached = true;
      await context.all();
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
  if (!run.failures.some((f) => STATEFUL_CHECKS.includes(f.check))) return [];
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

/**
 * A family's path values: the conversation (and service) the run was given, by the parameters that
 * follow those segments in the spec's paths, and a message's SID by the item parameter.
 */
function pathOf(options: VerifyOptions, family: Family, sid?: string): Record<string, string> {
  const template = operationOf(family, "fetch").operation.path;
  const path: Record<string, string> = {
    [parameterAfter(template, "Conversations") as string]: options.conversation,
  };
  // Stryker disable next-line ConditionalExpression: a value the family's paths do not name is never read (urlFor takes the template's names)
  if (family === "service") path[parameterAfter(template, "Services") as string] = options.service as string;
  // Stryker disable next-line ConditionalExpression: the same: an undefined item SID is never read
  if (sid !== undefined) path[itemParameterOf(family)] = sid;
  return path;
}

/** The header values a checker always sends so that its requests have no side effect. */
function safeHeaders(op: OperationView): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const p of op.operation.parameters) {
    const value = safeValue(p.in as "header", p.name);
    if (p.in === "header" && value !== undefined) headers[p.name] = value;
  }
  return headers;
}

const ok = (exchange: Exchange) => exchange.status >= 200 && exchange.status < 300;
const ACTIONS = ["list", "fetch", "create", "update", "delete"] as const;
/** The actions that change state, and those that act on one message (its Sid in the path). */
const WRITES: readonly string[] = ["create", "update", "delete"];
const ON_MESSAGE: readonly string[] = ["fetch", "update", "delete"];

/** A page's items, those that are objects: a null or a text there is response-schema's to judge. */
function itemsOf(body: unknown, key: string): Json[] | undefined {
  const items = (body as Json | undefined)?.[key];
  return Array.isArray(items)
    ? items.filter((m): m is Json => typeof m === "object" && m !== null && !Array.isArray(m))
    : undefined;
}

/** The checks of one path family, in order: they share the messages they make. */
class FamilyRun {
  readonly #run: Run;
  readonly #options: VerifyOptions;
  readonly #family: Family;
  readonly #made: Made;
  readonly #writes: boolean;
  /** Messages made here and not deleted, oldest first, with the fields their create sent. */
  readonly #mine: { sid: string; sent: Record<string, string> }[] = [];
  #marker = `verify-${Date.now().toString(36)}`;
  /** The answer's field that holds a message's SID: the one that echoes the item parameter. */
  readonly #sidField: string;

  constructor(run: Run, options: VerifyOptions, family: Family, made: Made, writes: boolean) {
    this.#run = run;
    this.#options = options;
    this.#family = family;
    this.#made = made;
    this.#writes = writes;
    this.#sidField = echoField(itemParameterOf(family));
  }

  #op(action: Parameters<typeof operationOf>[1]) {
    return operationOf(this.#family, action);
  }

  #path(sid?: string) {
    return pathOf(this.#options, this.#family, sid);
  }

  /**
   * The first request of a family: a plain list. For the run's first, a connection error ends the
   * run (exit 2), and so does a 401: every check after it would be judged on refused credentials.
   */
  async probe(first: boolean) {
    const exchange = await this.#run.send({
      op: this.#op("list"),
      purpose: "probe: list the conversation's messages",
      path: this.#path(),
    });
    if (first && exchange.status === 401) throw new CredentialsRefused(exchange);
  }

  async all() {
    const run = this.#run;
    const family = this.#family;
    await run.part("auth", family, () => this.auth());
    await run.part("stateful", family, () => this.stateful());
    await run.part("identity", family, () => this.identity());
    await run.part("lists", family, () => this.lists());
    await run.part("positive-data", family, () => this.positive());
    await run.part("negative-data", family, () => this.negative());
  }

  /**
   * A message SID from an answer, if it is one this family's paths can address (the item
   * parameter's schema): a server's answer is never put into a path unchecked.
   */
  #sidIn(json: unknown): string | undefined {
    const sid = (json as Json | undefined)?.[this.#sidField];
    return this.#addressable(this.#op("fetch"), itemParameterOf(this.#family), sid)
      ? (sid as string)
      : undefined;
  }

  /** Whether a value from an answer keeps the schema of an operation's path parameter. */
  #addressable(op: OperationView, name: string, value: unknown): boolean {
    const schema = requestFields(op).find((f) => f.in === "path" && f.name === name)?.schema;
    return (
      typeof value === "string" &&
      value !== "" &&
      value !== "." &&
      value !== ".." &&
      schema !== undefined &&
      firstError(schema as RequestSchema, value) === undefined
    );
  }

  /** Creates a message with these fields (webhooks off), and keeps its SID for clean-up. */
  async #create(
    purpose: string,
    body: Record<string, string>,
    header?: Record<string, string>,
  ): Promise<Exchange & { sid?: string }> {
    const op = this.#op("create");
    const exchange = await this.#run.send({
      op,
      purpose,
      path: this.#path(),
      header: header ?? safeHeaders(op),
      body,
    });
    if (!ok(exchange)) return exchange;
    const sid = this.#sidIn(exchange.json);
    if (sid) {
      this.#made.add(sid, this.#family);
      return Object.assign(exchange, { sid });
    }
    const given = (exchange.json as Json | undefined)?.[this.#sidField];
    if (typeof given === "string") this.#made.strand(given, this.#family);
    return exchange;
  }

  /** The operations the run may send: all of them, or the reads only when writes are off. */
  #actions() {
    return this.#writes ? ACTIONS : ACTIONS.filter((action) => !WRITES.includes(action));
  }

  /**
   * A body of the run's own for a create (or another action): its marker in every free-text field
   * the answer echoes, and with `json`, a small JSON document in the JSON-text ones.
   */
  #ownBody(label: string, json = false, action: Action = "create"): Record<string, string> {
    const { text, json: jsonFields } = echoedFields(this.#op(action));
    const body: Record<string, string> = {};
    for (const name of text) body[name] = `${this.#marker} ${label}`;
    if (json) for (const name of jsonFields) body[name] = JSON.stringify({ check: label });
    return body;
  }

  /** A message of this run is gone (deleted on purpose, or by mistake). */
  #forget(sid: string) {
    this.#made.gone(sid);
    const i = this.#mine.findIndex((m) => m.sid === sid);
    if (i !== -1) this.#mine.splice(i, 1);
  }

  /**
   * A message to work on: one of this run's that still exists, made now if there is none; without
   * writes, the first message the conversation already has.
   */
  async #subject(): Promise<string | undefined> {
    const existing = this.#mine[0];
    if (existing) return existing.sid;
    if (!this.#writes) {
      const op = this.#op("list");
      const { paging } = pagingOf(op.operation);
      const page = await this.#run.send({
        op,
        purpose: "set-up: find a message to work on",
        path: this.#path(),
      });
      return this.#sidIn(itemsOf(page.json, paging.items)?.[0]);
    }
    const sent = this.#ownBody("subject");
    const created = await this.#create("set-up: a message to work on", sent);
    if (!created.sid) return undefined;
    this.#mine.push({ sid: created.sid, sent });
    return created.sid;
  }

  /** The operation a link from the create answer leads to, with its parameters filled from the exchange. */
  #follow(
    action: "fetch" | "update" | "delete",
    created: Exchange,
  ): { op: OperationView; path: Record<string, string> } | undefined {
    const target = this.#op(action);
    const link = linksOf(this.#op("create")).find((l) => l.operationId === target.id);
    if (!link) return undefined;
    const path: Record<string, string> = {};
    const requestPath = this.#path();
    for (const [name, expression] of Object.entries(link.parameters)) {
      const fromBody = /^\$response\.body#\/(.+)$/.exec(expression);
      const fromPath = /^\$request\.path\.(.+)$/.exec(expression);
      const value = fromBody
        ? (created.json as Json | undefined)?.[fromBody[1] as string]
        : fromPath
          ? requestPath[fromPath[1] as string]
          : undefined;
      if (!this.#addressable(target, name, value)) return undefined;
      path[name] = value as string;
    }
    return { op: target, path };
  }

  async auth() {
    const op = this.#op("list");
    for (const credentials of ["none", "wrong"] as const) {
      const exchange = await this.#run.send({
        op,
        purpose: `auth: ${credentials} credentials`,
        path: this.#path(),
        credentials,
      });
      this.#run.judge(
        "auth",
        exchange.status === 401 && typeof (exchange.json as Json | undefined)?.code === "number"
          ? undefined
          : {
              operation: op.id,
              rule: `${credentials === "none" ? "no" : "wrong"} credentials were not refused`,
              expected: "401 with Twilio's error body",
              got: shortAnswer(exchange),
              exchange,
            },
      );
    }
  }

  /** What a create sent comes back on fetch and in the list; an update is kept; a deleted message is gone. */
  async stateful() {
    const run = this.#run;
    const sent = this.#ownBody("stateful", true);
    const created = await this.#create("stateful: create a message", sent);
    if (!created.sid) {
      run.judge("stateful", {
        operation: this.#op("create").id,
        rule: ok(created) ? "the create's answer has no SID a path can hold" : "the create did not succeed",
        expected: `${successOf(this.#op("create"))} with the new message`,
        got: shortAnswer(created),
        exchange: created,
      });
      return;
    }
    this.#mine.push({ sid: created.sid, sent });
    const fetch = this.#follow("fetch", created);
    const update = this.#follow("update", created);
    const remove = this.#follow("delete", created);
    if (!fetch || !update || !remove) {
      run.judge("stateful", {
        operation: this.#op("create").id,
        rule: "the spec's links could not be followed from the create answer",
        expected: "links to fetch, update and delete",
        got: shortAnswer(created),
        exchange: created,
      });
      return;
    }
    const fetched = await run.send({
      op: fetch.op,
      purpose: "stateful: fetch the created message",
      path: fetch.path,
    });
    this.#judgeEcho("what the create sent comes back on fetch", fetch.op, sent, fetched);
    const listed = await this.#findInList(created.sid);
    const { paging } = pagingOf(this.#op("list").operation);
    run.judge(
      "stateful",
      listed === true
        ? undefined
        : listed === false
          ? {
              operation: this.#op("list").id,
              rule: "the created message is not in the list",
              expected: `${created.sid} among the messages`,
              got: "not found on the newest-first pages",
            }
          : {
              operation: this.#op("list").id,
              rule: `a ${paging.meta.nextPageUrl} that leads away from the target`,
              expected: `${created.sid} among the messages, on pages of the target`,
              got: `${paging.meta.nextPageUrl} ${listed.refused}`,
              exchange: listed.exchange,
            },
    );
    const change = this.#ownBody("updated", false, "update");
    const updated = await run.send({
      op: update.op,
      purpose: "stateful: update the message",
      path: update.path,
      header: safeHeaders(update.op),
      body: change,
    });
    this.#judgeEcho("the update answer has the change", update.op, change, updated);
    const refetched = await run.send({
      op: fetch.op,
      purpose: "stateful: fetch it after the update",
      path: fetch.path,
    });
    this.#judgeEcho("an update is kept", fetch.op, { ...sent, ...change }, refetched);
    // A message of its own to delete, so that the others stay for the checks that follow.
    const doomed = await this.#create("stateful: create a message to delete", this.#ownBody("to delete"));
    const doomedRemove = doomed.sid ? this.#follow("delete", doomed) : undefined;
    const doomedFetch = doomed.sid ? this.#follow("fetch", doomed) : undefined;
    if (!doomed.sid || !doomedRemove || !doomedFetch) return;
    const deleted = await run.send({
      op: doomedRemove.op,
      purpose: "stateful: delete it",
      path: doomedRemove.path,
      header: safeHeaders(doomedRemove.op),
    });
    if (ok(deleted)) this.#forget(doomed.sid);
    const gone = await run.send({
      op: doomedFetch.op,
      purpose: "stateful: fetch the deleted message",
      path: doomedFetch.path,
    });
    run.judge(
      "stateful",
      gone.status === 404
        ? undefined
        : {
            operation: doomedFetch.op.id,
            rule: "a deleted message can still be fetched",
            expected: "404 with Twilio's error body",
            got: shortAnswer(gone),
            exchange: gone,
          },
    );
  }

  /** Judges that an answer echoes the request fields the answer has a field for. */
  #judgeEcho(rule: string, op: OperationView, sent: Record<string, string>, exchange: Exchange) {
    if (exchange.status >= 500) return; // no-server-error's to judge
    const schema = answerSchema(op);
    const body = exchange.json as Json | undefined;
    if (!ok(exchange) || !schema || !body) {
      this.#run.judge("stateful", {
        operation: op.id,
        rule,
        expected: `${successOf(op)} with the message`,
        got: shortAnswer(exchange),
        exchange,
      });
      return;
    }
    const names = fieldNames(schema);
    const dates = dateTimeFields(schema);
    const differing = Object.entries(sent).filter(([name, value]) => {
      const field = echoField(name);
      if (!names.includes(field)) return false;
      const got = body[field];
      return dates.includes(field) ? Date.parse(String(got)) !== Date.parse(value) : got !== value;
    });
    this.#run.judge(
      "stateful",
      differing.length
        ? {
            operation: op.id,
            rule,
            expected: differing
              .map(([name, value]) => `${echoField(name)} ${JSON.stringify(value)}`)
              .join(", "),
            got: differing
              .map(([name]) => `${echoField(name)} ${JSON.stringify(body[echoField(name)])}`)
              .join(", "),
            exchange,
          }
        : undefined,
    );
  }

  /**
   * Whether a message is on the first newest-first pages of the list; or the page link that was
   * not followed, and the answer that gave it.
   */
  async #findInList(sid: string): Promise<boolean | { refused: string; exchange: Exchange }> {
    const op = this.#op("list");
    const { paging, orders } = pagingOf(op.operation);
    let url: string | undefined;
    for (let page = 0; page < 3; page++) {
      const exchange = await this.#run.send({
        op,
        purpose: "stateful: look for the created message in the list",
        path: this.#path(),
        ...(url ? { url } : { query: { [paging.parameters.order as string]: orders[1] as string } }),
      });
      const body = exchange.json as Json | undefined;
      if (itemsOf(body, paging.items)?.some((m) => m[this.#sidField] === sid)) return true;
      const next = this.#pageLink((body?.[paging.meta.at] as Json | undefined)?.[paging.meta.nextPageUrl]);
      if (!next) return false;
      if ("refused" in next) return { refused: next.refused, exchange };
      url = next.url;
    }
    return false;
  }

  /**
   * A page link to follow on the target (src/core/links.ts: on its origin, or Twilio's re-based
   * onto it). Any other link is never followed, so the credentials never leave the target's
   * origin: `refused` says why, for the check's finding.
   */
  #pageLink(link: unknown): { url: string } | { refused: string } | undefined {
    if (typeof link !== "string") return undefined;
    const followed = follow(this.#options.target.replace(/\/+$/, ""), link);
    // A user name or password in it would be sent as credentials of its own (fetch would refuse it).
    const reason =
      typeof followed === "string"
        ? followed
        : followed.username || followed.password
          ? "holds a user name or password"
          : undefined;
    if (!reason) return { url: (followed as URL).href };
    return {
      refused: `${JSON.stringify(head(link, 200))} ${reason}: not followed, so the credentials stay on the target`,
    };
  }

  /** A fetch answers the SID it asked for, in the conversation (and service) of the path, at its own url. */
  async identity() {
    const sid = await this.#subject();
    if (!sid) {
      this.#run.cannotJudge(
        "identity",
        "the conversation has no message to fetch, and writes are off (--allow-writes makes one)",
      );
      return;
    }
    const op = this.#op("fetch");
    const path = this.#path(sid);
    const exchange = await this.#run.send({ op, purpose: "identity: fetch a message", path });
    if (exchange.status >= 500) return;
    const body = exchange.json as Json | undefined;
    const schema = answerSchema(op);
    if (!ok(exchange) || !body || !schema) {
      this.#run.judge("identity", {
        operation: op.id,
        rule: "the message could not be fetched",
        expected: `${successOf(op)} with the message`,
        got: shortAnswer(exchange),
        exchange,
      });
      return;
    }
    this.#judgeIdentity(op, path, body, exchange);
  }

  /** Path parameters are echoed by the fields of the same name (a unique name aside); the url addresses the message. */
  #judgeIdentity(op: OperationView, path: Record<string, string>, body: Json, exchange: Exchange) {
    const schema = answerSchema(op) as Parameters<typeof fieldNames>[0];
    const wrong: string[] = [];
    for (const [name, value] of Object.entries(path)) {
      const field = echoField(name);
      if (!fieldNames(schema).includes(field)) continue;
      // A conversation named by its unique name answers with its SID: only a SID must match.
      const pattern = fieldPattern(schema, field);
      if (pattern && !pattern.test(value)) continue;
      if (body[field] !== value)
        wrong.push(`${field} ${JSON.stringify(body[field])} (the path has ${JSON.stringify(value)})`);
    }
    const self = selfField(schema);
    if (self) {
      const url = body[self];
      const canonical = Object.fromEntries(
        Object.keys(path).map((name) => [name, String(body[echoField(name)] ?? path[name])]),
      );
      const expectedPath = op.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(canonical[name] as string),
      );
      let addressed = false;
      try {
        const parsed = new URL(String(url));
        addressed = /^https?:$/.test(parsed.protocol) && parsed.pathname === expectedPath;
      } catch {}
      if (!addressed)
        wrong.push(`${self} ${JSON.stringify(url)} (expected an absolute URL of ${expectedPath})`);
    }
    this.#run.judge(
      "identity",
      wrong.length
        ? {
            operation: op.id,
            rule: "the answer is not the message the path names",
            expected: "the path's SIDs and the message's own url",
            got: wrong.join("; "),
            exchange,
          }
        : undefined,
    );
  }

  /** PageSize and Order are honoured, meta agrees with the request, next_page_url visits every message once. */
  async lists() {
    const run = this.#run;
    if (this.#writes) {
      // At least three messages of this run, so that pages of two page.
      while (this.#mine.length < 3) {
        const sent = this.#ownBody(`list ${this.#mine.length}`);
        const created = await this.#create("lists: a message to list", sent);
        if (!created.sid) {
          run.judge("lists", {
            operation: this.#op("create").id,
            rule: "a message to list could not be made",
            expected: `${successOf(this.#op("create"))}`,
            got: shortAnswer(created),
            exchange: created,
          });
          return;
        }
        this.#mine.push({ sid: created.sid, sent });
      }
    }
    const op = this.#op("list");
    const { paging, orders } = pagingOf(op.operation);
    const names = paging.parameters;
    const sortKey = (m: Json) => m[paging.sortedBy as string] as number;
    const pageSize = 2;
    for (const direction of orders) {
      const query = { [names.order as string]: direction as string, [names.pageSize]: pageSize };
      const first = await run.send({
        op,
        purpose: `lists: ${direction}, ${pageSize} a page`,
        path: this.#path(),
        query,
      });
      if (first.status >= 500) return;
      const body = first.json as Json | undefined;
      const items = itemsOf(body, paging.items);
      const meta = body?.[paging.meta.at] as Json | undefined;
      if (!ok(first) || !items || !meta) {
        run.judge("lists", {
          operation: op.id,
          rule: "the list could not be read",
          expected: `${successOf(op)} with a page`,
          got: shortAnswer(first),
          exchange: first,
        });
        continue;
      }
      const problems: string[] = [];
      if (items.length > pageSize) problems.push(`${items.length} items on a page of ${pageSize}`);
      if (meta[paging.meta.pageSize] !== pageSize)
        problems.push(`meta.${paging.meta.pageSize} ${meta[paging.meta.pageSize]}, asked ${pageSize}`);
      if (meta[paging.meta.page] !== 0)
        problems.push(`meta.${paging.meta.page} ${meta[paging.meta.page]} on the first page`);
      if (meta[paging.meta.previousPageUrl] !== null)
        problems.push(`meta.${paging.meta.previousPageUrl} on the first page`);
      if (meta[paging.meta.key] !== paging.items)
        problems.push(`meta.${paging.meta.key} ${JSON.stringify(meta[paging.meta.key])}`);
      let own: URL | undefined;
      try {
        own = new URL(String(meta[paging.meta.url]), this.#options.target);
      } catch {}
      if (own?.searchParams.get(names.pageSize) !== String(pageSize))
        problems.push(
          `meta.${paging.meta.url} ${meta[paging.meta.url]} does not ask for ${names.pageSize}=${pageSize}`,
        );
      // Walk the pages: each message once, in order by the sort field, to the end.
      const seen = new Set<string>();
      const keys: number[] = [];
      let page: Json[] = items;
      let pageMeta: Json = meta;
      let expectedPage = 0;
      /** The walk was stopped before its end: what it did not reach is not judged missing. */
      let cut = false;
      for (let pages = 1; ; pages++) {
        for (const m of page) {
          const sid = String(m[this.#sidField]);
          if (seen.has(sid)) problems.push(`${sid} twice in the walk`);
          seen.add(sid);
          keys.push(sortKey(m));
        }
        const next = this.#pageLink(pageMeta[paging.meta.nextPageUrl]);
        if (!next) break;
        if ("refused" in next) {
          problems.push(`${paging.meta.nextPageUrl} ${next.refused}`);
          break;
        }
        if (pages >= 100) {
          cut = true;
          run.cannotJudge(
            "lists",
            `the walk at ${names.pageSize}=${pageSize} was longer than 100 pages: use a conversation of fewer than ${100 * pageSize} messages`,
          );
          break;
        }
        const following = await run.send({
          op,
          purpose: `lists: follow ${paging.meta.nextPageUrl} (${direction})`,
          path: this.#path(),
          url: next.url,
        });
        const nextBody = following.json as Json | undefined;
        const nextItems = itemsOf(nextBody, paging.items);
        if (!ok(following) || !nextItems) {
          problems.push(`${paging.meta.nextPageUrl} ${next.url} answered ${following.status}`);
          break;
        }
        page = nextItems;
        pageMeta = (nextBody?.[paging.meta.at] as Json) ?? {};
        expectedPage++;
        if (pageMeta[paging.meta.page] !== expectedPage)
          problems.push(`meta.${paging.meta.page} ${pageMeta[paging.meta.page]} on page ${expectedPage}`);
        if (page.length > pageSize) problems.push(`${page.length} items on a following page of ${pageSize}`);
      }
      const ascending = direction === orders[0];
      const sorted = keys.every(
        (key, i) => i === 0 || (ascending ? key > (keys[i - 1] as number) : key < (keys[i - 1] as number)),
      );
      if (!sorted)
        problems.push(
          `${names.order}=${direction} walked ${paging.sortedBy} ${keys.slice(0, 8).join(", ")}${keys.length > 8 ? ", …" : ""}`,
        );
      const missing = cut ? [] : this.#mine.filter((m) => !seen.has(m.sid));
      if (missing.length) problems.push(`the walk missed ${missing.map((m) => m.sid).join(", ")}`);
      run.judge(
        "lists",
        problems.length
          ? {
              operation: op.id,
              rule: `${names.order}=${direction}, ${names.pageSize}=${pageSize}`,
              expected: "pages as asked, in order, every message once",
              got: problems.join("; "),
              exchange: first,
            }
          : undefined,
      );
    }
  }

  /** Valid requests get a documented 2xx: the spec's examples and every boundary value. */
  async positive() {
    const cases: {
      op: OperationView;
      label: string;
      query?: Record<string, string | number>;
      header?: Record<string, string>;
      body?: Record<string, string>;
      sid?: boolean;
    }[] = [];
    for (const action of this.#actions()) {
      const op = this.#op(action);
      const onMessage = ON_MESSAGE.includes(action);
      for (const [name, example] of bodyExamples(op)) {
        const body = this.#withoutReferences(op, example as Record<string, string>);
        cases.push({ op, label: `the spec's "${name}" example`, body, sid: onMessage });
      }
      for (const field of requestFields(op)) {
        if (field.in === "path") continue;
        // A free string (a page token) is only valid as the server gave it: the lists check follows those.
        const example = field.in === "body" ? undefined : parameterExample(op, field.in, field.name);
        for (const { label, value } of boundaryValues(field.schema, example)) {
          if (
            this.#options.live &&
            field.in === "header" &&
            safeValue(field.in, field.name) !== undefined &&
            value !== safeValue(field.in, field.name)
          )
            continue;
          if (field.in === "body" && this.#isReference(field.schema)) continue;
          const entry = { [field.name]: String(value) };
          cases.push({
            op,
            label: `${field.in} ${field.name}: ${label}`,
            sid: onMessage,
            ...(field.in === "query" && { query: { [field.name]: value as string | number } }),
            ...(field.in === "header" && { header: entry }),
            ...(field.in === "body" && { body: entry }),
          });
        }
      }
      if (!cases.some((c) => c.op === op)) cases.push({ op, label: "a plain request", sid: onMessage });
    }
    for (const c of cases) {
      let sid: string | undefined;
      if (c.sid) {
        // Each delete takes a message of its own; the others work on the run's subject.
        sid =
          c.op.action === "delete"
            ? (await this.#create("positive-data: a message to delete", this.#ownBody("positive"))).sid
            : await this.#subject();
        if (!sid) continue;
      }
      const exchange =
        c.op.action === "create"
          ? await this.#create(`positive-data: ${c.label}`, c.body ?? {}, {
              ...safeHeaders(c.op),
              ...c.header,
            })
          : await this.#run.send({
              op: c.op,
              purpose: `positive-data: ${c.label}`,
              path: this.#path(sid),
              query: c.query,
              header: { ...safeHeaders(c.op), ...c.header },
              body: c.body,
            });
      if (c.op.action === "delete" && ok(exchange) && sid) this.#forget(sid);
      if (exchange.status >= 500) continue;
      // Which 2xx is the status check's to judge: here, accepted is what counts.
      this.#run.judge(
        "positive-data",
        ok(exchange)
          ? undefined
          : {
              operation: c.op.id,
              rule: `a valid request was refused: ${c.label}`,
              expected: `a 2xx (the spec documents ${successOf(c.op)})`,
              got: shortAnswer(exchange),
              exchange,
            },
      );
    }
  }

  /** A field that references another resource by SID: on Twilio itself, a made-up one does not exist. */
  #isReference(schema: { pattern?: string }): boolean {
    return this.#options.live === true && schema.pattern !== undefined;
  }

  #withoutReferences(op: OperationView, body: Record<string, string>): Record<string, string> {
    const fields = new Map(requestFields(op).map((f) => [f.name, f.schema]));
    return Object.fromEntries(
      Object.entries(body).filter(([name]) => !this.#isReference(fields.get(name) ?? {})),
    );
  }

  /** A request breaking one rule of the spec gets a documented 4xx with Twilio's error body. */
  async negative() {
    for (const action of this.#actions()) {
      const op = this.#op(action);
      const onMessage = ON_MESSAGE.includes(action);
      const advisory = new Set(op.operation.body?.schema["x-advisory-keywords"] ?? []);
      for (const field of requestFields(op)) {
        const breaksSid = field.in === "path" && field.name === itemParameterOf(this.#family);
        // The value each rule is broken from: the path's own, or the spec's example.
        const valid =
          field.in === "path" && !breaksSid
            ? this.#path()[field.name]
            : parameterExample(op, field.in, field.name);
        for (const breach of breaches(field.schema, valid)) {
          if (advisory.has(breach.keyword)) continue;
          // On Twilio itself, a write always carries the safe value (webhooks off), never a broken one.
          if (this.#options.live && safeValue(field.in, field.name) !== undefined) continue;
          const sid = onMessage && !breaksSid ? await this.#subject() : undefined;
          if (onMessage && !breaksSid && sid === undefined) continue;
          const path = this.#path(onMessage ? (sid ?? breach.value) : undefined);
          if (field.in === "path") path[field.name] = breach.value;
          if (Object.values(path).some((v) => v === "" || v === "." || v === "..")) continue;
          const label = `${field.in} ${field.name} breaks ${breach.keyword} (${JSON.stringify(breach.value.length > 40 ? `${head(breach.value, 37)}…` : breach.value)})`;
          const header = { ...safeHeaders(op), ...(field.in === "header" && { [field.name]: breach.value }) };
          const plan = {
            op,
            purpose: `negative-data: ${label}`,
            path,
            header,
            ...(field.in === "query" && { query: { [field.name]: breach.value } }),
            ...(field.in === "body" && { body: { [field.name]: breach.value } }),
            ...(field.in !== "body" &&
              op.operation.body !== undefined && { body: this.#ownBody("negative", false, action) }),
          };
          const exchange = await this.#run.send(plan);
          // Accepted by mistake: a message made is a message to clean up.
          const made = this.#sidIn(exchange.json);
          if (action === "create" && ok(exchange) && made) this.#made.add(made, this.#family);
          if (action === "delete" && ok(exchange) && sid) this.#forget(sid);
          if (exchange.status >= 500) continue;
          const refused = exchange.status >= 400 && exchange.status < 500;
          this.#run.judge(
            "negative-data",
            refused
              ? undefined
              : {
                  operation: op.id,
                  rule: `accepted a request that ${label}`,
                  expected: "a documented 4xx with Twilio's error body",
                  got: shortAnswer(exchange),
                  exchange,
                },
          );
        }
      }
    }
  }
}
