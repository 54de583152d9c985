/// <reference types="node" />
// `npx conversations-message-verify --target URL`: judges a server by the package's spec and prints
// a report a person can act on. Exit code 0 when every check passed, 1 when one failed, 2 on a
// usage error or when the target cannot be reached.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parameterAfter } from "../core/operations.js";
import { stableSid } from "../core/sids.js";
import { servers } from "../generated/operations.js";
import { CHECK_DESCRIPTIONS, CHECKS, type CheckName, Unreachable, verify } from "./index.js";
import { jsonReport, junitReport, textReport } from "./report.js";
import { operationOf, parameterExample } from "./spec.js";

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

const USAGE = `Usage: ${NAME} --target URL [options]
       ${NAME} --live [--allow-writes] [options]

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

What:
  --checks a,b              only these checks
  --exclude-checks a,b      all checks but these
  --stateless               for a mock without state: skip stateful, identity and lists
  --max-requests N          a budget of requests (default 500; 429 waits and clean-up not counted)

Reports:
  --junit FILE              JUnit XML, a test case per check
  --json FILE               JSON: checks, failures, every request and answer (token masked)
  --help                    this text

Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (test values when absent, which a
fake takes and Twilio does not). The token never appears in the output, the reports or the curl
commands, which read it from $TWILIO_AUTH_TOKEN.

Checks:
${CHECKS.map((c) => `  ${c.padEnd(16)}  ${CHECK_DESCRIPTIONS[c]}`).join("\n")}

With --live, on your own account:
  - Nothing is written unless --allow-writes is given.
  - A message goes to every participant of the conversation: use a conversation with no SMS or
    WhatsApp participants. Writes carry X-Twilio-Webhook-Enabled: false.
  - Only the messages the run created are deleted.
  - 429 answers are waited out (Retry-After), not counted as failures.

Exit codes: 0 every check passed, 1 a check failed, 2 a usage error or the target cannot be reached.`;

function usage(message: string): never {
  console.error(`${NAME}: ${message}\nRun ${NAME} --help for the options.`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      target: { type: "string" },
      live: { type: "boolean", default: false },
      "allow-writes": { type: "boolean", default: false },
      conversation: { type: "string" },
      service: { type: "string" },
      "no-service": { type: "boolean", default: false },
      checks: { type: "string" },
      "exclude-checks": { type: "string" },
      stateless: { type: "boolean", default: false },
      "max-requests": { type: "string" },
      junit: { type: "string" },
      json: { type: "string" },
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
if (!live && !values.target) usage("give --target URL (or --live for Twilio itself)");
if (values["allow-writes"] && !live)
  usage("--allow-writes goes with --live (other targets are written to anyway)");
const target = live ? (servers[0] as string) : String(values.target);
if (!/^https?:\/\/[^/]/.test(target)) usage(`--target must be an http(s) URL, got ${target}`);
const checkList = (flag: string): CheckName[] | undefined => {
  const text = values[flag];
  if (typeof text !== "string") return undefined;
  const names = text
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(CHECKS as readonly string[]).includes(n));
  if (unknown.length)
    usage(`--${flag}: no check named ${unknown.join(", ")} (the checks: ${CHECKS.join(", ")})`);
  return names as CheckName[];
};
const checks = checkList("checks");
const exclude = checkList("exclude-checks");
const maxRequests = values["max-requests"] === undefined ? undefined : Number(values["max-requests"]);
if (maxRequests !== undefined && (!Number.isInteger(maxRequests) || maxRequests < 1)) {
  usage(`--max-requests must be a whole number of at least 1, got ${values["max-requests"]}`);
}
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

console.log(
  `${NAME}: ${target}${live ? ` (Twilio, ${values["allow-writes"] ? "writes allowed" : "read-only"})` : ""}\n` +
    `  conversation ${conversation}${service ? `, service ${service}` : ", no service family"}\n`,
);
try {
  const report = await verify({
    target,
    username,
    password,
    conversation,
    service,
    checks,
    exclude,
    maxRequests,
    live,
    allowWrites: values["allow-writes"] === true,
    stateless: values.stateless === true,
  });
  console.log(textReport(report));
  if (typeof values.junit === "string") await writeFile(values.junit, junitReport(report));
  if (typeof values.json === "string") await writeFile(values.json, jsonReport(report));
  process.exit(report.failures.length ? 1 : 0);
} catch (error) {
  if (!(error instanceof Unreachable)) throw error;
  const refused = /ECONNREFUSED/.test(error.message) ? " (connection refused: is the server running?)" : "";
  console.error(`${NAME}: ${error.message}${refused}`);
  process.exit(2);
}
