/// <reference types="node" />
// `npx conversations-message-verify --target URL`: judges a server by the package's spec and prints
// a report a person can act on; with `--webhook URL`, a receiver of Twilio's webhooks too (or alone). Exit code 0 when every check passed, 1 when one failed, 2 when the
// run could not be made (a usage error, a target that cannot be reached, refused credentials, a
// report that cannot be written), 3 when a check could not be judged (the budget spent, say), 130
// when interrupted (after deleting what the run made).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { parameterAfter } from "../core/operations.js";
import { checkBaseUrl } from "../core/options.js";
import { stableSid } from "../core/sids.js";
import { servers } from "../generated/operations.js";
import { TargetUnreachable } from "./exchange.js";
import {
  type AnyCheckName,
  CHECK_DESCRIPTIONS,
  CHECKS,
  CredentialsRefused,
  DEFAULT_MAX_ANSWER_BYTES,
  DEFAULT_MAX_REQUESTS,
  DEFAULT_MAX_TIME_MS,
  type Progress,
  type Report,
  STATEFUL_CHECKS,
  verify,
  verifyWebhook,
  WEBHOOK_CHECK_DESCRIPTIONS,
  WEBHOOK_CHECKS,
} from "./index.js";
import { combinedReport, jsonReport, junitReport, textReport } from "./report.js";
import { operationOf, parameterExample } from "./spec.js";
import { head, printable } from "./text.js";

const NAME = "conversations-message-verify";
/** The spec's example for the parameter after a segment of a family's list path. */
function exampleAfter(family: "default" | "service", segment: string): string {
  const op = operationOf(family, "list");
  return String(parameterExample(op, "path", parameterAfter(op.operation.path, segment) as string));
}
const EXAMPLE_CONVERSATION = exampleAfter("default", "Conversations");
const EXAMPLE_SERVICE = exampleAfter("service", "Services");
// Credentials when none are set: what a fake or a mock takes (Twilio does not).
const TEST_USERNAME = stableSid("AccountSid", NAME);
const TEST_PASSWORD = "verify-test-token";

const USAGE = `Usage: ${NAME} --target URL [--webhook URL] [options]
       ${NAME} --live [--allow-writes] [--webhook URL] [options]
       ${NAME} --webhook URL [options]

Judges a server that claims to implement Twilio's Conversations Message API (a proxy, a gateway, a
fake, or Twilio itself) by the OpenAPI description this package is built from. It makes the
messages it needs in the conversation, checks what the server does with them, and deletes them
again at the end, also when checks fail.

Where:
  --target URL              the server's base URL
  --live                    Twilio itself (${servers[0]}); read-only unless --allow-writes
  --allow-writes            with --live: create, update and delete the run's own messages
  --conversation SID|NAME   the conversation to work in (default: $TWILIO_CONVERSATION_SID, else
                            the spec's example ${EXAMPLE_CONVERSATION}; required with --live)
  --service IS…             the Conversation Service of the service family (default:
                            $TWILIO_CHAT_SERVICE_SID, else the spec's example; with --live only
                            when given)
  --no-service              skip the service family
  --webhook URL             a receiver of Twilio's message webhooks, as configured at Twilio: each
                            event of the spec, signed with TWILIO_AUTH_TOKEN (which must be set),
                            then forged and unsigned (the webhook checks); alone, or with a server

What:
  --checks a,b              only these checks
  --exclude-checks a,b      all checks but these
  --stateless               for a mock without state: skip ${STATEFUL_CHECKS.join(", ")}
  --max-requests N          a budget of requests (default ${DEFAULT_MAX_REQUESTS}; 429 waits and clean-up not counted)
  --max-time SECONDS        no further request of the checks after this long (default ${DEFAULT_MAX_TIME_MS / 1000}; the
                            clean-up still runs)
  --max-answer-bytes N      the most of an answer read (default ${DEFAULT_MAX_ANSWER_BYTES}); a larger one is a
                            failure (a page of 1,000 long messages can take more)

Reports:
  --junit FILE              JUnit XML, a test case per check (folders are made as needed)
  --json FILE               JSON: checks, failures, every request and answer (token masked)
  --progress                each check as it starts, and each 429 waited out, on stderr (the
                            default when stderr is a terminal)
  --help                    this text

Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (test values when absent, which a
fake takes and Twilio does not). The token never appears in the output, the reports or the curl
commands, which read it from $TWILIO_AUTH_TOKEN.

Checks:
${CHECKS.map((c) => `  ${c.padEnd(17)}  ${CHECK_DESCRIPTIONS[c]}`).join("\n")}

Webhook checks (with --webhook; --checks and --exclude-checks take these names too):
${WEBHOOK_CHECKS.map((c) => `  ${c.padEnd(17)}  ${WEBHOOK_CHECK_DESCRIPTIONS[c]}`).join("\n")}

With --live, on your own account:
  - Nothing is written unless --allow-writes is given.
  - A message goes to every participant of the conversation: use a conversation with no SMS or
    WhatsApp participants. Writes carry X-Twilio-Webhook-Enabled: false.
  - Only the messages the run created are deleted.
  - 429 answers are waited out (Retry-After), not counted as failures; one that cannot be (a
    wait over 60 s, or ten in a row) stops the run, and what is left is not judged.

Ctrl-C (or SIGTERM) stops the run, deletes the messages it made, lists them, and exits 130; a
second one exits at once, listing the messages left behind.

Exit codes: 0 every check passed; 1 a check failed; 2 the run could not be made (a usage error,
the target or the webhook receiver cannot be reached, the credentials were refused, a report
cannot be written); 3 a check
could not be judged (the budget or time spent, nothing to judge); 130 interrupted.`;

function usage(message: string): never {
  console.error(`${NAME}: ${message}\nRun ${NAME} --help for the options.`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      target: { type: "string" },
      webhook: { type: "string" },
      live: { type: "boolean", default: false },
      "allow-writes": { type: "boolean", default: false },
      conversation: { type: "string" },
      service: { type: "string" },
      "no-service": { type: "boolean", default: false },
      checks: { type: "string" },
      "exclude-checks": { type: "string" },
      stateless: { type: "boolean", default: false },
      "max-requests": { type: "string" },
      "max-time": { type: "string" },
      "max-answer-bytes": { type: "string" },
      junit: { type: "string" },
      json: { type: "string" },
      progress: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const env = process.env;
const live = values.live === true;
if (live && values.target) usage("--target and --live exclude each other");
/** A REST server to judge; without one, only the webhook receiver is. */
const rest = live || values.target !== undefined;
const webhook = values.webhook as string | undefined;
if (!rest && webhook === undefined)
  usage("give --target URL (or --live for Twilio itself), or --webhook URL for a webhook receiver");
if (!rest) {
  // What only a REST run reads: given with --webhook alone, it would silently do nothing.
  for (const flag of ["conversation", "service", "no-service", "stateless", "max-requests", "max-time"]) {
    if (values[flag] !== undefined && values[flag] !== false)
      usage(`--${flag} goes with --target or --live (a webhook receiver has no use for it)`);
  }
}
if (webhook !== undefined) {
  // Twilio signs the URL as configured; fetch cannot send one with credentials in it.
  let parsed: URL | undefined;
  try {
    parsed = new URL(webhook);
  } catch {}
  if (!parsed || !/^https?:$/.test(parsed.protocol))
    usage(`--webhook must be an absolute http(s) URL, got ${JSON.stringify(webhook)}`);
  if (parsed.username || parsed.password)
    usage("--webhook: a URL with a user name or password is not supported");
  if (!env.TWILIO_AUTH_TOKEN)
    usage("--webhook needs TWILIO_AUTH_TOKEN in the environment: it signs the webhooks");
}
if (values["allow-writes"] && !live)
  usage("--allow-writes goes with --live (other targets are written to anyway)");
let target = servers[0] as string;
if (values.target !== undefined) {
  // The client's own rule for a base URL: absolute http(s), no credentials, no query.
  try {
    target = checkBaseUrl(values.target);
  } catch (error) {
    const why = (error as Error).message
      .replace(/^baseUrl /, "")
      .replace(/; pass them as .*$/, ": they come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN");
    usage(`--target ${why}`);
  }
}
/** The checks of the servers given: the REST server's, the webhook receiver's, or both. */
const available: readonly AnyCheckName[] = [
  ...(rest ? CHECKS : []),
  ...(webhook !== undefined ? WEBHOOK_CHECKS : []),
];
const checkList = (flag: string): AnyCheckName[] | undefined => {
  const text = values[flag];
  if (typeof text !== "string") return undefined;
  const names = text
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const all: readonly string[] = [...CHECKS, ...WEBHOOK_CHECKS];
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length)
    usage(`--${flag}: no check named ${unknown.join(", ")} (the checks: ${all.join(", ")})`);
  const elsewhere = names.filter((n) => !(available as readonly string[]).includes(n));
  if (elsewhere.length)
    usage(
      `--${flag}: ${elsewhere.join(", ")} ${(WEBHOOK_CHECKS as readonly string[]).includes(elsewhere[0] as string) ? "needs --webhook URL" : "needs --target URL or --live"}`,
    );
  return names as AnyCheckName[];
};
const checks = checkList("checks");
const exclude = checkList("exclude-checks");
const chosen = available.filter((c) => (!checks || checks.includes(c)) && !exclude?.includes(c));
if (!chosen.length) usage("no check is left to run: --checks and --exclude-checks leave none");
const restChecks = CHECKS.filter((c) => chosen.includes(c));
const webhookChecks = WEBHOOK_CHECKS.filter((c) => chosen.includes(c));
/** A whole number flag of at least 1, or undefined when not given. */
const count = (flag: string): number | undefined => {
  const text = values[flag];
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(String(text)) || !Number.isSafeInteger(n) || n < 1)
    usage(`--${flag} must be a whole number of at least 1, got ${text}`);
  return n;
};
const maxRequests = count("max-requests");
const maxTime = count("max-time");
const maxAnswerBytes = count("max-answer-bytes");
const username = env.TWILIO_ACCOUNT_SID || (live ? undefined : TEST_USERNAME);
const password = env.TWILIO_AUTH_TOKEN || (live ? undefined : TEST_PASSWORD);
if (!username || !password) usage("--live needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in the environment");
const conversation =
  (values.conversation as string | undefined) ??
  env.TWILIO_CONVERSATION_SID ??
  (live ? undefined : EXAMPLE_CONVERSATION);
if (!conversation)
  usage(
    "--live needs --conversation (or TWILIO_CONVERSATION_SID): a conversation with no SMS or WhatsApp participants",
  );
const service = values["no-service"]
  ? undefined
  : ((values.service as string | undefined) ??
    env.TWILIO_CHAT_SERVICE_SID ??
    (live ? undefined : EXAMPLE_SERVICE));

/** Whose credentials the run sends: the environment's, or the test values where it has none. */
const credentialsFrom = (() => {
  const sid = env.TWILIO_ACCOUNT_SID;
  const token = env.TWILIO_AUTH_TOKEN;
  if (sid && token) return `the credentials from TWILIO_ACCOUNT_SID (${sid}) and TWILIO_AUTH_TOKEN`;
  if (sid) return `TWILIO_ACCOUNT_SID (${sid}) with the verifier's test token (TWILIO_AUTH_TOKEN is not set)`;
  if (token) return "the verifier's test Account SID with TWILIO_AUTH_TOKEN (TWILIO_ACCOUNT_SID is not set)";
  return "the verifier's test credentials (TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set)";
})();

// Progress goes to stderr, so that stdout keeps the report alone.
const progress = values.progress === true || process.stderr.isTTY === true;
/** The messages the run made and has not deleted: what a second Ctrl-C leaves behind. */
const outstanding = new Set<string>();
function onProgress(event: Progress) {
  if (event.kind === "made") outstanding.add(event.sid);
  if (event.kind === "gone") outstanding.delete(event.sid);
  if (!progress) return;
  if (event.kind === "check") console.error(`${NAME}: ${event.check} (${event.family} family)`);
  if (event.kind === "webhook") console.error(`${NAME}: ${event.check} (webhook receiver)`);
  if (event.kind === "wait")
    console.error(`${NAME}: 429 from ${event.operation}: waiting ${(event.ms / 1000).toFixed(1)} s`);
  if (event.kind === "cleanup")
    console.error(`${NAME}: clean-up: deleting the ${event.sids.length} message(s) the run made`);
}

// The first Ctrl-C (or SIGTERM) stops the checks and lets the clean-up run; a second exits at once.
// The same signal twice within REPEAT_MS is one: npm (npx) forwards the terminal's Ctrl-C to a
// process that has it from the terminal already.
const REPEAT_MS = 200;
const interrupt = new AbortController();
let interruptedAt = 0;
let finished = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // After the run, there is nothing to delete: stop at once.
    if (finished) process.exit(130);
    if (!interrupt.signal.aborted) {
      interruptedAt = Date.now();
      console.error(
        `${NAME}: interrupted: the run stops, and deletes the messages it made (${outstanding.size} so far; ${signal} again to leave them)`,
      );
      interrupt.abort();
      return;
    }
    if (Date.now() - interruptedAt < REPEAT_MS) return;
    console.error(
      outstanding.size
        ? `${NAME}: interrupted again: left behind ${[...outstanding].join(", ")}`
        : `${NAME}: interrupted again: nothing left behind`,
    );
    process.exit(130);
  });
}

/** Writes a report file, making its folder; a failure is one line and exit 2. */
async function writeReport(kind: string, file: string, text: string): Promise<boolean> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    return true;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    console.error(`${NAME}: cannot write the ${kind} report to ${file}: ${code ?? message}`);
    return false;
  }
}

console.log(
  (rest
    ? `${NAME}: ${target}${live ? ` (Twilio, ${values["allow-writes"] ? "writes allowed" : "read-only"})` : ""}\n` +
      `  conversation ${conversation}${service ? `, service ${service}` : ", no service family"}\n`
    : "") + (webhook !== undefined ? `${rest ? "  " : `${NAME}: `}webhook receiver ${webhook}\n` : ""),
);
/** The run, and what it prints; resolves the exit code. */
async function main(): Promise<number> {
  let report: Report | undefined;
  try {
    if (restChecks.length)
      report = await verify({
        target,
        username: username as string,
        password: password as string,
        conversation: conversation as string,
        service,
        checks: restChecks,
        maxRequests,
        maxTimeMs: maxTime === undefined ? undefined : maxTime * 1000,
        maxAnswerBytes,
        live,
        allowWrites: values["allow-writes"] === true,
        stateless: values.stateless === true,
        signal: interrupt.signal,
        onProgress,
      });
    if (webhookChecks.length && !interrupt.signal.aborted) {
      const hooks = await verifyWebhook({
        url: webhook as string,
        authToken: env.TWILIO_AUTH_TOKEN as string,
        checks: webhookChecks,
        maxAnswerBytes,
        signal: interrupt.signal,
        onProgress,
      });
      report = report ? combinedReport(report, hooks) : hooks;
    }
  } catch (error) {
    if (error instanceof CredentialsRefused) {
      // Nothing can be judged with credentials the server refuses; the token is never shown, and
      // the server's words are cut short and made printable.
      const { status } = error.exchange;
      const message = (error.exchange.json as { message?: unknown } | undefined)?.message;
      const said = typeof message === "string" ? ` (${JSON.stringify(printable(head(message, 200)))})` : "";
      console.error(
        `${NAME}: the server answered ${status} to the run's first request: it refused ${credentialsFrom}${said}. Nothing was judged.`,
      );
      return 2;
    }
    // The REST target's (Unreachable) or the webhook receiver's.
    if (error instanceof TargetUnreachable) {
      const refused = /ECONNREFUSED/.test(error.message)
        ? " (connection refused: is the server running?)"
        : "";
      console.error(`${NAME}: ${printable(error.message)}${refused}`);
      return 2;
    }
    console.error(`${NAME}: the run failed: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
  // Stryker disable next-line ConditionalExpression: a run with a check chosen makes a report
  if (!report) return 2;
  if (interrupt.signal.aborted) {
    console.log(
      report.deleted.length
        ? `Interrupted. Deleted the ${report.deleted.length} message(s) the run made: ${report.deleted.join(", ")}`
        : "Interrupted. The run had made no message to delete.",
    );
    if (report.leftBehind.length)
      console.log(`Left behind (could not be deleted): ${report.leftBehind.join(", ")}`);
    return 130;
  }
  finished = true;
  console.log(textReport(report));
  let written = true;
  if (typeof values.junit === "string")
    written = (await writeReport("JUnit", values.junit, junitReport(report))) && written;
  if (typeof values.json === "string")
    written = (await writeReport("JSON", values.json, jsonReport(report))) && written;
  const unjudged = report.checks.some((c) => c.status === "unjudged");
  return !written ? 2 : report.failures.length ? 1 : unjudged ? 3 : 0;
}

const code = await main();
finished = true;
// Exit once what was printed is out: a pipe may take it in pieces, and exit() at once would cut it.
process.exitCode = code;
process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
