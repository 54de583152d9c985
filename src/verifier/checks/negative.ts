// negative-data: a request breaking one rule of the spec gets a documented 4xx with Twilio's error
// body, for every operation of a resource: each constraint of each parameter and body field
// (a malformed SID in the path, a page size out of range…), broken alone.
import { type FamilyContext, ok, safeHeaders } from "../context.js";
import type { ResourceView } from "../resource.js";
import { shortAnswer } from "../run.js";
import { breaches, parameterExample, requestFields, safeValue } from "../spec.js";
import { head } from "../text.js";

export async function negative(ctx: FamilyContext, view: ResourceView): Promise<void> {
  for (const action of ctx.actions(view)) {
    const op = view.op(action);
    const advisory = new Set(op.operation.body?.schema["x-advisory-keywords"] ?? []);
    for (const field of requestFields(op)) {
      const breaksSid = field.in === "path" && view.lineage.includes(field.name);
      // The value each rule is broken from: the path's own, or the spec's example.
      const valid =
        field.in === "path" && !breaksSid
          ? ctx.path(view)[field.name]
          : parameterExample(op, field.in, field.name);
      for (const breach of breaches(field.schema, valid)) {
        if (advisory.has(breach.keyword)) continue;
        // On Twilio itself, a write always carries the safe value (webhooks off), never a broken one.
        if (ctx.options.live && safeValue(field.in, field.name) !== undefined) continue;
        // The items the path names: real ones; when there are none and a path parameter is
        // broken, the spec's examples (the request is to be refused either way).
        const real = breaksSid ? undefined : await ctx.sidsFor(view, op);
        if (real === undefined && field.in !== "path") {
          ctx.run.notJudged("negative-data", op.id, `no ${view.noun} to address`);
          continue;
        }
        const sids = real ?? ctx.exampleSids(view, op);
        const path = ctx.path(view, sids);
        if (field.in === "path") path[field.name] = breach.value;
        if (Object.values(path).some((v) => v === "" || v === "." || v === "..")) continue;
        const label = `${field.in} ${field.name} breaks ${breach.keyword} (${JSON.stringify(breach.value.length > 40 ? `${head(breach.value, 37)}…` : breach.value)})`;
        const header = { ...safeHeaders(op), ...(field.in === "header" && { [field.name]: breach.value }) };
        const exchange = await ctx.run.send({
          op,
          purpose: `negative-data: ${label}`,
          path,
          header,
          ...(field.in === "query" && { query: { [field.name]: breach.value } }),
          ...(field.in === "body" && { body: { [field.name]: breach.value } }),
          ...(field.in !== "body" &&
            op.operation.body !== undefined && { body: ctx.ownBody("negative", false, action) }),
        });
        // Accepted by mistake: an item made is an item to clean up.
        const made = ctx.sidIn(view, exchange.json);
        if (action === "create" && ok(exchange) && made) ctx.made.add(made, ctx.family);
        const sid = real?.at(-1);
        if (action === "delete" && ok(exchange) && sid) ctx.forget(sid);
        if (exchange.status >= 500) continue;
        const refused = exchange.status >= 400 && exchange.status < 500;
        ctx.run.judge(
          "negative-data",
          refused
            ? undefined
            : {
                operation: op.id,
                rule: `accepted a request that ${label}`,
                expected: "a documented 4xx with Twilio's error body",
                got: shortAnswer(exchange),
                exchange,
              },
        );
      }
    }
  }
}
