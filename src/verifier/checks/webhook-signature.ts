// webhook-signature: a receiver refuses what Twilio did not sign, or anyone could post it events:
// each event with a forged signature (the right format, made with another token) and with none
// gets a 4xx. twilio-node's webhook() answers 403 and 400 to them; any 4xx is a refusal.
import { getExpectedTwilioSignature } from "../../webhooks/signature.js";
import type { WebhookContext } from "../webhook.js";
import { answerOf } from "./webhook-accepts.js";

const KINDS = [
  { kind: "forged", sent: "a forged signature", accepted: "accepts webhooks with a forged signature" },
  { kind: "unsigned", sent: "no signature", accepted: "accepts unsigned webhooks" },
] as const;

export async function webhookSignature(ctx: WebhookContext): Promise<void> {
  for (const event of ctx.events) {
    const first = ctx.examples(event)[0];
    if (!first) {
      ctx.verdicts.notJudged("webhook-signature", event, "the spec gives no example body");
      continue;
    }
    const [name, fields] = first;
    for (const { kind, sent, accepted } of KINDS) {
      const signature =
        kind === "forged"
          ? getExpectedTwilioSignature(`${ctx.authToken}-forged`, ctx.url, fields)
          : undefined;
      const exchange = await ctx.sender.send({
        event,
        purpose: `webhook-signature: the "${name}" example with ${sent}`,
        fields,
        signature,
        timeoutMs: ctx.timeoutOf(event),
      });
      const refused = exchange.status >= 400 && exchange.status < 500;
      const taken = exchange.status >= 200 && exchange.status < 300;
      ctx.verdicts.judge(
        "webhook-signature",
        refused
          ? undefined
          : {
              operation: event,
              rule: taken ? accepted : `${sent} was not refused with a 4xx`,
              expected: "a 4xx: the signature does not match the request",
              got: answerOf(exchange),
              exchange,
            },
      );
    }
  }
}
