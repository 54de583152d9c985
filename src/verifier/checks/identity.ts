// identity: a fetch answers the item it asked for, in the conversation (and service, and parent
// item) of its path, at its own url (x-self). For every resource the spec fetches.
import { type FamilyContext, type Json, ok } from "../context.js";
import type { Exchange } from "../exchange.js";
import type { ResourceView } from "../resource.js";
import { shortAnswer } from "../run.js";
import { answerSchema, echoField, fieldNames, fieldPattern, selfField, successOf } from "../spec.js";

export async function identity(ctx: FamilyContext, view: ResourceView): Promise<void> {
  if (!view.has("fetch")) return;
  const op = view.op("fetch");
  const sids = await ctx.item(view);
  if (!sids) {
    if (view === ctx.root)
      ctx.run.cannotJudge(
        "identity",
        "the conversation has no message to fetch, and writes are off (--allow-writes makes one)",
      );
    else ctx.run.notJudged("identity", op.id, `no ${view.noun} was found to fetch`);
    return;
  }
  const path = ctx.path(view, sids);
  const exchange = await ctx.run.send({ op, purpose: `identity: fetch a ${view.noun}`, path });
  if (exchange.status >= 500) return;
  const body = exchange.json as Json | undefined;
  const schema = answerSchema(op);
  if (!ok(exchange) || !body || !schema) {
    ctx.run.judge("identity", {
      operation: op.id,
      rule: `the ${view.noun} could not be fetched`,
      expected: `${successOf(op)} with the ${view.noun}`,
      got: shortAnswer(exchange),
      exchange,
    });
    return;
  }
  judgeIdentity(ctx, view, path, body, exchange);
}

/** Path parameters are echoed by the fields of the same name (a unique name aside); the url addresses the item. */
function judgeIdentity(
  ctx: FamilyContext,
  view: ResourceView,
  path: Record<string, string>,
  body: Json,
  exchange: Exchange,
) {
  const op = view.op("fetch");
  const schema = answerSchema(op) as Parameters<typeof fieldNames>[0];
  const wrong: string[] = [];
  for (const [name, value] of Object.entries(path)) {
    const field = echoField(name);
    if (!fieldNames(schema).includes(field)) continue;
    // A conversation named by its unique name answers with its SID: only a SID must match.
    const pattern = fieldPattern(schema, field);
    if (pattern && !pattern.test(value)) continue;
    if (body[field] !== value)
      wrong.push(`${field} ${JSON.stringify(body[field])} (the path has ${JSON.stringify(value)})`);
  }
  const self = selfField(schema);
  if (self) {
    const url = body[self];
    const canonical = Object.fromEntries(
      Object.keys(path).map((name) => [name, String(body[echoField(name)] ?? path[name])]),
    );
    const expectedPath = op.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(canonical[name] as string),
    );
    let addressed = false;
    try {
      const parsed = new URL(String(url));
      addressed = /^https?:$/.test(parsed.protocol) && parsed.pathname === expectedPath;
    } catch {}
    if (!addressed)
      wrong.push(`${self} ${JSON.stringify(url)} (expected an absolute URL of ${expectedPath})`);
  }
  ctx.run.judge(
    "identity",
    wrong.length
      ? {
          operation: op.id,
          rule: `the answer is not the ${view.noun} the path names`,
          expected: `the path's SIDs and the ${view.noun}'s own url`,
          got: wrong.join("; "),
          exchange,
        }
      : undefined,
  );
}
