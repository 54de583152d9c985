// What failNext() takes, checked as strictly as the client's options: a fault that could never fire
// as asked (an operation misspelt, a status that is no error, a count of 0) is refused when it is
// asked for, with a ValidationError naming the field and the rule, rather than queued to wait forever.
import { ValidationError } from "../core/errors.js";
import { type Action, allRoutes } from "../core/operations.js";
import { checkOptionNames, MAX_DELAY_MS, nearName, optionNames } from "../core/options.js";
import { shown } from "../core/validate.js";
import type { OperationId } from "../generated/operations.js";
import { isPositiveInteger } from "./options.js";

/** A fault to inject into the next matching request (see Emulator.failNext). */
export interface Fault {
  /** Answer with this HTTP error status (400 to 599) and Twilio's error body for it. */
  status?: number;
  /** With a status: the Retry-After header, in whole seconds. */
  retryAfter?: number;
  /** Wait this long (ms) before answering (then answer normally, or with `status`). */
  delay?: number;
  /** Drop the connection instead of answering. */
  reset?: boolean;
  /** Only for this operation: an action (`"create"`, `"list"`, …) or an operationId of the spec. */
  operation?: Action | OperationId;
  /** How many matching requests it applies to (default 1; Infinity: every one). */
  times?: number;
}

/** The names failNext() takes, checked at run time; the compiler holds them to Fault. */
const FAULT_FIELDS = optionNames<Fault>()("status", "retryAfter", "delay", "reset", "operation", "times");

/** What `operation` may name: every routed operation's action, then every operationId. */
const OPERATIONS: readonly string[] = [
  ...new Set<string>([...allRoutes.map((r) => r.action), ...allRoutes.map((r) => r.operationId)]),
];

const WHERE = "failNext";

function refuse(field: string, rule: string, text: string): never {
  throw new ValidationError(field, rule, `${WHERE}: ${field} ${text}`);
}

/** The fault as queued (`times` filled in), or a ValidationError for the first thing wrong with it. */
export function checkFault(fault: unknown): Fault & { times: number } {
  checkOptionNames(WHERE, fault, FAULT_FIELDS, "fault");
  const { status, retryAfter, delay, reset, operation, times = 1 } = fault as Fault;
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599))
    refuse("status", "error status", `must be an HTTP error status, 400 to 599 (got ${shown(status)})`);
  if (retryAfter !== undefined && !(Number.isInteger(retryAfter) && retryAfter >= 0))
    refuse(
      "retryAfter",
      "whole seconds",
      `must be a whole number of seconds, 0 or more (got ${shown(retryAfter)})`,
    );
  if (retryAfter !== undefined && status === undefined)
    refuse("retryAfter", "needs status", "needs a status: it is the Retry-After header of that answer");
  if (delay !== undefined && !(typeof delay === "number" && delay >= 0 && delay <= MAX_DELAY_MS))
    refuse("delay", "range", `must be a number of milliseconds, 0 to ${MAX_DELAY_MS} (got ${shown(delay)})`);
  if (reset !== undefined && typeof reset !== "boolean")
    refuse("reset", "type", `must be true or false (got ${shown(reset)})`);
  if (reset && status !== undefined)
    refuse(
      "reset",
      "conflict",
      "drops the connection, so the status would never be answered: give one or the other",
    );
  if (operation !== undefined && !OPERATIONS.includes(operation)) {
    const near = typeof operation === "string" ? nearName(operation, OPERATIONS) : undefined;
    refuse(
      "operation",
      "enum",
      `must be an action or an operationId: ${OPERATIONS.join(", ")} (got ${shown(operation)}${near ? `; did you mean ${near}?` : ""})`,
    );
  }
  if (!(times === Number.POSITIVE_INFINITY || isPositiveInteger(times)))
    refuse(
      "times",
      "positive integer",
      `must be a positive integer, or Infinity for every matching request (got ${shown(times)})`,
    );
  if (!(status || delay || reset))
    throw new ValidationError(
      "fault",
      "required",
      `${WHERE}: give a status, a delay (of more than 0 ms) or reset: true`,
    );
  return { ...(fault as Fault), times };
}
