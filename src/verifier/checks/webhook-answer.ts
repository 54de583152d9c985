// webhook-answer: a pre-event's 2xx answer may change the message through a JSON body; it must set
// only the fields the spec's answer has (src/generated/webhooks.ts `answer`), each valid by its
// schema, since Twilio checks them as it checks a REST request and fails the action otherwise. An
// empty body or one that is not a JSON object changes nothing and is fine; an event whose answer
// the spec does not describe (Twilio reads no body) is not judged here.
import { firstError, type RequestSchema } from "../../core/schema.js";
import { ruleText } from "../../core/validate.js";
import { webhookTable } from "../../core/webhooks.js";
import { shortAnswer } from "../run.js";
import type { Signed, WebhookContext } from "../webhook.js";

export function webhookAnswer(ctx: WebhookContext, signed: readonly Signed[]): void {
  for (const { event, example, exchange } of signed) {
    const allowed = webhookTable[event].answer?.fields;
    if (!allowed) continue;
    if (exchange.status < 200 || exchange.status >= 300) {
      ctx.verdicts.notJudged("webhook-answer", event, "no 2xx to its signed event (webhook-accepts)");
      continue;
    }
    if (exchange.oversize) {
      ctx.verdicts.notJudged(
        "webhook-answer",
        event,
        `an answer larger than ${exchange.oversize.limit} bytes`,
      );
      continue;
    }
    const body = exchange.json;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      ctx.verdicts.judge("webhook-answer");
      continue;
    }
    const wrong: string[] = [];
    for (const [field, value] of Object.entries(body)) {
      const schema = allowed[field];
      if (!schema) {
        wrong.push(`it sets ${field}, which no answer to ${event} may set`);
        continue;
      }
      const error = firstError(schema as RequestSchema, value);
      if (error) wrong.push(`its ${field} ${ruleText(error)}`);
    }
    ctx.verdicts.judge(
      "webhook-answer",
      wrong.length
        ? {
            operation: event,
            rule: `the answer to the "${example}" example: ${wrong.join("; ")}`,
            expected: `a JSON body setting only ${Object.keys(allowed).join(", ")}, each valid (or no JSON body)`,
            got: shortAnswer(exchange),
            exchange,
          }
        : undefined,
    );
  }
}
