// One verification run's bookkeeping: which checks are on, what each judged and found, and the
// checks every answer goes through (status, content type, response schema, no server error).
import { BudgetSpent, type Exchange, type RequestPlan, type Sender } from "./exchange.js";
import { documentedAnswer, type OperationView } from "./spec.js";

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
    "PageSize and Order are honoured, meta agrees with the request, next_page_url visits every message once",
};

export interface Failure {
  check: CheckName;
  operation: string;
  rule: string;
  expected: string;
  got: string;
  exchange?: Exchange | undefined;
}

export interface CheckResult {
  name: CheckName;
  status: "passed" | "failed" | "skipped";
  /** Why it was skipped. */
  reason?: string | undefined;
  /** How many answers or cases it judged. */
  judged: number;
  failures: Failure[];
}

/** A short form of an answer: status and the start of the body. */
export function shortAnswer(exchange: Exchange): string {
  const body =
    exchange.text.length > 300
      ? `${exchange.text.slice(0, 300)}… (${exchange.text.length} characters)`
      : exchange.text;
  return `${exchange.status}${body ? ` ${body}` : ""}`;
}

export class Run {
  readonly sender: Sender;
  readonly #enabled: Set<CheckName>;
  readonly #judged = new Map<CheckName, number>();
  readonly #skipped = new Map<CheckName, string>();
  readonly failures: Failure[] = [];

  constructor(sender: Sender, enabled: Iterable<CheckName>) {
    this.sender = sender;
    this.#enabled = new Set(enabled);
  }

  on(check: CheckName): boolean {
    return this.#enabled.has(check) && !this.#skipped.has(check);
  }

  skip(check: CheckName, reason: string): void {
    if (this.#enabled.has(check) && !this.#skipped.has(check)) this.#skipped.set(check, reason);
  }

  judge(check: CheckName, failure?: Omit<Failure, "check">): void {
    this.#judged.set(check, (this.#judged.get(check) ?? 0) + 1);
    if (failure) this.failures.push({ check, ...failure });
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
    if (this.on("response-schema") && documented.validate) {
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

  /** Runs one check's part; a spent budget skips what is left of it. */
  async part(check: CheckName, run: () => Promise<void>): Promise<void> {
    if (!this.on(check)) return;
    try {
      await run();
    } catch (error) {
      if (!(error instanceof BudgetSpent)) throw error;
      this.skip(check, `the budget of ${error.message} was spent before it finished`);
    }
  }

  results(): CheckResult[] {
    return CHECKS.filter((name) => this.#enabled.has(name)).map((name) => {
      const failures = this.failures.filter((f) => f.check === name);
      const judged = this.#judged.get(name) ?? 0;
      const skipped = this.#skipped.get(name);
      if (failures.length) return { name, status: "failed", judged, failures };
      if (skipped) return { name, status: "skipped", reason: skipped, judged, failures };
      if (judged === 0) return { name, status: "skipped", reason: "nothing to judge", judged, failures };
      return { name, status: "passed", judged, failures };
    });
  }
}
