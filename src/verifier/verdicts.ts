// The bookkeeping of the webhook checks, as Run keeps it for the REST checks: what each judged and
// found, which operations it could not judge, and its result by the same rules (a check with
// nothing judged, or cut short, is not a pass).
import type { CheckResult, Failure, WebhookCheckName } from "./run.js";
import { WEBHOOK_CHECKS } from "./run.js";

export class Verdicts {
  readonly failures: Failure[] = [];
  readonly #selected: ReadonlySet<WebhookCheckName>;
  readonly #judged = new Map<WebhookCheckName, number>();
  readonly #notJudged = new Map<WebhookCheckName, Map<string, string>>();
  /** Why the run stopped before its end, if it did. */
  stopped: string | undefined;

  constructor(selected: Iterable<WebhookCheckName>) {
    this.#selected = new Set(selected);
  }

  on(check: WebhookCheckName): boolean {
    return this.#selected.has(check);
  }

  /** A verdict: a failure, or a pass when none is given. */
  judge(check: WebhookCheckName, failure?: Omit<Failure, "check">): void {
    if (!this.on(check)) return;
    this.#judged.set(check, (this.#judged.get(check) ?? 0) + 1);
    if (failure) this.failures.push({ check, ...failure });
  }

  /** An event a check could not judge; the report names it under the check. */
  notJudged(check: WebhookCheckName, operation: string, reason: string): void {
    if (!this.on(check)) return;
    const notes = this.#notJudged.get(check) ?? new Map<string, string>();
    if (!notes.has(operation)) notes.set(operation, reason);
    this.#notJudged.set(check, notes);
  }

  results(): CheckResult[] {
    return WEBHOOK_CHECKS.map((name): CheckResult => {
      const judged = this.#judged.get(name) ?? 0;
      const failures = this.failures.filter((f) => f.check === name);
      if (!this.on(name))
        return {
          name,
          status: "skipped",
          reason: "not selected (--checks, --exclude-checks)",
          judged,
          failures,
        };
      const notes = [...(this.#notJudged.get(name) ?? [])].map(([op, why]) => `${op}: ${why}`);
      const notJudged = notes.length ? { notJudged: notes } : {};
      if (failures.length) return { name, status: "failed", judged, failures, ...notJudged };
      const reason = this.stopped
        ? `${this.stopped} before the run finished`
        : judged === 0
          ? "nothing to judge"
          : undefined;
      if (reason) return { name, status: "unjudged", reason, judged, failures, ...notJudged };
      return { name, status: "passed", judged, failures, ...notJudged };
    });
  }
}
