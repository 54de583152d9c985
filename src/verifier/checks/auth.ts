// auth: no credentials, and wrong ones, get 401 with Twilio's error body, on a read of each
// resource (its list, or its fetch when it has no list).
import type { FamilyContext, Json } from "../context.js";
import type { ResourceView } from "../resource.js";
import { shortAnswer } from "../run.js";

export async function auth(ctx: FamilyContext, view: ResourceView): Promise<void> {
  const op = view.op(view.has("list") ? "list" : "fetch");
  // A request without credentials is refused before anything is looked up: until the run knows
  // an item to put in the path, the spec's examples stand in (nothing is made for this check).
  const known = ctx.mine.length > 0 || ctx.held.length > 0 || !view.parent;
  const sids = known ? await ctx.sidsFor(view, op) : ctx.exampleSids(view, op);
  if (!sids) {
    ctx.run.notJudged("auth", op.id, `no ${view.noun} to address`);
    return;
  }
  for (const credentials of ["none", "wrong"] as const) {
    const exchange = await ctx.run.send({
      op,
      purpose: `auth: ${credentials} credentials`,
      path: ctx.path(view, sids),
      credentials,
    });
    ctx.run.judge(
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
