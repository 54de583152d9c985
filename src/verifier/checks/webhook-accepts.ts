// webhook-accepts: every event the spec's webhooks describe, sent as Twilio sends it (the spec's
// example body, signed with the account's token), gets a 2xx within the event's timeout. Twilio
// takes anything else from a pre-event as a refusal of the action, and a timeout as no answer.
import type { Exchange } from "../exchange.js";
import { shortAnswer } from "../run.js";
import type { Signed, WebhookContext } from "../webhook.js";

export function webhookAccepts(ctx: WebhookContext, signed: readonly Signed[]): void {
  for (const { event, example, exchange, timeoutMs } of signed) {
    const ok = exchange.status >= 200 && exchange.status < 300;
    ctx.verdicts.judge(
      "webhook-accepts",
      ok
        ? undefined
        : {
            operation: event,
            rule: exchange.failed
              ? `the correctly signed "${example}" example got no answer in time`
              : `the correctly signed "${example}" example was refused`,
            expected: `a 2xx within ${timeoutMs} ms`,
            got: answerOf(exchange),
            exchange,
          },
    );
  }
}

/** An answer in short, or why none came. */
export const answerOf = (exchange: Exchange): string => exchange.failed ?? shortAnswer(exchange);
