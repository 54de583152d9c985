// One verification run's bookkeeping: which checks are on, what each judged and found, which could
// not be judged and why, and the checks every answer goes through (status, content type, response
// schema, no server error). A check is passed only when it ran to its end in every family.
import type { Family } from "../core/operations.js";
import type { OperationId } from "../generated/operations.js";
import type { Exchange, RequestPlan, Sender, StopKind } from "./exchange.js";
import { documentedAnswer, type OperationView } from "./spec.js";
import { head } from "./text.js";

export const CHECKS = [
  "status",
  "content-type",
  "response-schema",
  "no-server-error",
  "positive-data",
  "negative-data",
  "auth",
  "stateful",
  "identity",
  "lists",
  "delivery",
] as const;
export type CheckName = (typeof CHECKS)[number];

/** What each check asks of a server, for --help and the report. */
export const CHECK_DESCRIPTIONS: Record<CheckName, string> = {
  status: "every answer has a status its operation documents (a success only one it names)",
  "content-type": "every answer has the documented media type, or no body where none is documented",
  "response-schema": "every answer's body validates against the spec's schema for it, errors included",
  "no-server-error": "nothing the checks send gets a 5xx",
  "positive-data": "valid requests (the spec's examples, every boundary value) get a documented 2xx",
  "negative-data": "a request breaking one rule of the spec gets a documented 4xx with Twilio's error body",
  auth: "no credentials, and wrong ones, get 401 with Twilio's error body",
  stateful:
    "what a create sent comes back on fetch and in the list; an update is kept; a deleted message is 404",
  identity:
    "a fetch answers the SID it asked for, in the conversation (and service) of the path, at its own url",
  lists:
    "PageSize and Order are honoured, meta agrees with the request, next_page_url visits every item once and ends at a short page",
  delivery:
    "a message's delivery summary agrees with its receipts by the spec's rule, and each receipt names that message",
};

/**
 * The checks of a webhook receiver (--webhook URL): apart from CHECKS, since they judge another
 * server, by the spec's `webhooks` rather than its paths; a run reports those of the servers it was given.
 */
export const WEBHOOK_CHECKS = ["webhook-accepts", "webhook-answer", "webhook-signature"] as const;
export type WebhookCheckName = (typeof WEBHOOK_CHECKS)[number];

export const WEBHOOK_CHECK_DESCRIPTIONS: Record<WebhookCheckName, string> = {
  "webhook-accepts":
    "every event of the spec's webhooks, signed with TWILIO_AUTH_TOKEN, gets a 2xx within the event's timeout",
  "webhook-answer":
    "a pre-event's 2xx answer, when a JSON object, sets only fields the spec's answer allows, each valid",
  "webhook-signature": "every event with a forged signature, and with none, gets a 4xx",
};

/** Any check a run can report: the REST server's or the webhook receiver's. */
export type AnyCheckName = CheckName | WebhookCheckName;

export interface Failure {
  check: AnyCheckName;
  operation: string;
  rule: string;
  expected: string;
  got: string;
  exchange?: Exchange | undefined;
}

/** The checks every answer goes through: they are done when the run is. */
const PER_ANSWER: readonly CheckName[] = ["status", "content-type", "response-schema", "no-server-error"];
/** The checks that need a server to keep state: what --stateless leaves out. */
export const STATEFUL_CHECKS: readonly CheckName[] = ["stateful", "identity", "lists", "delivery"];

export interface CheckResult {
  name: AnyCheckName;
  /**
   * `skipped`: as asked (not selected, --stateless, read-only); `unjudged`: it could not be judged
   * to its end (the budget or time spent, the run interrupted, nothing to judge). A run with an
   * unjudged check is not a pass.
   */
  status: "passed" | "failed" | "skipped" | "unjudged";
  /** Why it was skipped or not judged. */
  reason?: string | undefined;
  /** How many answers or cases it judged. */
  judged: number;
  failures: Failure[];
  /** Operations it could not judge, and why (a list with no item to fetch), when it judged others. */
  notJudged?: string[] | undefined;
}

/** A short form of an answer: status and the start of the body. */
export function shortAnswer(exchange: Exchange): string {
  const length = exchange.fullLength ?? exchange.text.length;
  const size = exchange.oversize ? `more than ${exchange.oversize.limit} bytes` : `${length} characters`;
  const body = length > 300 ? `${head(exchange.text, 300)}… (${size})` : exchange.text;
  return `${exchange.status}${body ? ` ${body}` : ""}`;
}

/** What a run reports as it goes: each check as it starts, each 429 waited out, messages made and gone. */
export type Progress =
  | { kind: "check"; check: CheckName; family: Family }
  | { kind: "webhook"; check: WebhookCheckName }
  | { kind: "wait"; ms: number; operation: OperationId; purpose: string }
  | { kind: "made"; sid: string; family: Family }
  | { kind: "gone"; sid: string; family: Family }
  | { kind: "cleanup"; sids: string[] };

export class Run {
  readonly sender: Sender;
  readonly #enabled: Set<CheckName>;
  readonly #families: readonly Family[];
  readonly #judged = new Map<CheckName, number>();
  readonly #skipped = new Map<CheckName, string>();
  readonly #unjudged = new Map<CheckName, string>();
  /** Operations a check could not judge (nothing to address), by check: said in the report, never passed. */
  readonly #operationsNotJudged = new Map<CheckName, Map<string, string>>();
  /** The families each check ran to its end in, and the checks that began in any. */
  readonly #finished = new Map<CheckName, Set<Family>>();
  readonly #started = new Set<CheckName>();
  readonly #progress: ((event: Progress) => void) | undefined;
  /** Why the run stopped before its end, if it did. */
  stopped: { kind: StopKind; message: string } | undefined;
  readonly failures: Failure[] = [];

  constructor(
    sender: Sender,
    enabled: Iterable<CheckName>,
    families: readonly Family[] = ["default"],
    progress?: (event: Progress) => void,
  ) {
    this.sender = sender;
    this.#enabled = new Set(enabled);
    this.#families = families;
    this.#progress = progress;
  }

  on(check: CheckName): boolean {
    return this.#enabled.has(check) && !this.#skipped.has(check) && !this.#unjudged.has(check);
  }

  /** Leaves a check out, as the user asked (--stateless, a read-only run). */
  skip(check: CheckName, reason: string): void {
    if (this.on(check)) this.#skipped.set(check, reason);
  }

  /** A check that cannot be judged here (no message to fetch, a walk too long): not a pass. */
  cannotJudge(check: CheckName, reason: string): void {
    if (this.on(check)) this.#unjudged.set(check, reason);
  }

  /**
   * An operation a check could not judge (no item of its resource to address); the check's
   * verdict stands for the others, and the report names this one.
   */
  notJudged(check: CheckName, operation: string, reason: string): void {
    if (!this.on(check)) return;
    const notes = this.#operationsNotJudged.get(check) ?? new Map<string, string>();
    if (!notes.has(operation)) notes.set(operation, reason);
    this.#operationsNotJudged.set(check, notes);
  }

  /** Counts a verdict of a check (a failure, or a pass when none is given); a check not chosen has none. */
  judge(check: CheckName, failure?: Omit<Failure, "check">): void {
    if (!this.#enabled.has(check)) return;
    this.#judged.set(check, (this.#judged.get(check) ?? 0) + 1);
    if (failure) {
      // What the report keeps of the exchange: a long answer is not held whole for its failure.
      const { exchange } = failure;
      this.failures.push({ check, ...failure, ...(exchange && { exchange: this.sender.keptOf(exchange) }) });
    }
  }

  report(event: Progress): void {
    this.#progress?.(event);
  }

  /** Sends a request and puts its answer through the checks every answer goes through. */
  async send(plan: RequestPlan, options?: { counted?: boolean }): Promise<Exchange> {
    const exchange = await this.sender.send(plan, options);
    this.#judgeAnswer(plan.op, exchange);
    return exchange;
  }

  #judgeAnswer(op: OperationView, exchange: Exchange): void {
    const documented = documentedAnswer(op, exchange.status);
    const operation = op.id;
    if (this.on("status")) {
      this.judge(
        "status",
        documented
          ? undefined
          : {
              operation,
              rule: `status ${exchange.status} is not documented for ${operation}`,
              expected: "a status the operation documents",
              got: shortAnswer(exchange),
              exchange,
            },
      );
    }
    if (this.on("no-server-error")) {
      this.judge(
        "no-server-error",
        exchange.status >= 500
          ? { operation, rule: "a server error", expected: "not a 5xx", got: shortAnswer(exchange), exchange }
          : undefined,
      );
    }
    if (!documented) return;
    if (exchange.oversize && this.on("response-schema")) {
      const { limit, declared } = exchange.oversize;
      this.judge("response-schema", {
        operation,
        rule: `the answer is larger than the ${limit} bytes the verifier reads; the rest was not read`,
        expected: `a body valid against the spec's schema for ${operation} ${documented.status}`,
        got: `${exchange.status}, ${declared === undefined ? `more than ${limit} bytes` : `Content-Length: ${declared}`}`,
        exchange,
      });
    }
    const contentType = (exchange.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (this.on("content-type")) {
      const wrong = documented.media ? contentType !== documented.media : exchange.text !== "";
      this.judge(
        "content-type",
        wrong
          ? {
              operation,
              rule: documented.media
                ? `Content-Type ${contentType || "(none)"}`
                : "a body where the spec documents none",
              expected: documented.media ?? "no body",
              got: `${exchange.status} Content-Type: ${exchange.headers["content-type"] ?? "(none)"}`,
              exchange,
            }
          : undefined,
      );
    }
    if (this.on("response-schema") && documented.validate && !exchange.oversize) {
      const valid = exchange.json !== undefined && documented.validate(exchange.json);
      const errors = documented.validate.errors ?? [];
      this.judge(
        "response-schema",
        valid
          ? undefined
          : {
              operation,
              rule:
                exchange.json === undefined
                  ? "the body is not JSON"
                  : errors
                      .slice(0, 3)
                      .map((e) => `${e.instancePath || "(root)"} ${e.message}`)
                      .join("; "),
              expected: `a body valid against the spec's schema for ${operation} ${documented.status}`,
              got: shortAnswer(exchange),
              exchange,
            },
      );
    }
  }

  /** Runs one check in a family; it counts as run to its end there only when it returns. */
  async part(check: CheckName, family: Family, run: () => Promise<void>): Promise<void> {
    if (!this.on(check)) return;
    this.#started.add(check);
    this.report({ kind: "check", check, family });
    await run();
    const finished = this.#finished.get(check) ?? new Set<Family>();
    finished.add(family);
    this.#finished.set(check, finished);
  }

  /**
   * Why a check did not run to its end, when the run stopped before its end: the per-answer checks
   * end with the run; the others in every family.
   */
  #cutShort(check: CheckName, judged: number): string | undefined {
    if (this.stopped === undefined) return undefined;
    const why = this.stopped.message;
    if (PER_ANSWER.includes(check)) return `${why} before the run finished`;
    const finished = this.#finished.get(check);
    const missing = this.#families.find((family) => !finished?.has(family));
    if (missing === undefined) return undefined;
    if (finished?.size) return `${why} before the ${missing} family`;
    return `${why} before it ${this.#started.has(check) || judged ? "finished" : "started"}`;
  }

  results(): CheckResult[] {
    return CHECKS.filter((name) => this.#enabled.has(name)).map((name): CheckResult => {
      const failures = this.failures.filter((f) => f.check === name);
      const judged = this.#judged.get(name) ?? 0;
      const notes = [...(this.#operationsNotJudged.get(name) ?? [])].map(([op, why]) => `${op}: ${why}`);
      const notJudged = notes.length ? { notJudged: notes } : {};
      if (failures.length) return { name, status: "failed", judged, failures, ...notJudged };
      const skipped = this.#skipped.get(name);
      if (skipped) return { name, status: "skipped", reason: skipped, judged, failures };
      const reason =
        this.#unjudged.get(name) ??
        this.#cutShort(name, judged) ??
        (judged === 0 ? "nothing to judge" : undefined);
      if (reason) return { name, status: "unjudged", reason, judged, failures, ...notJudged };
      return { name, status: "passed", judged, failures, ...notJudged };
    });
  }
}
