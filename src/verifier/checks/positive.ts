// positive-data: valid requests get a documented 2xx, for every operation of a resource: the spec's
// examples and every boundary value of its parameters and body fields.
import { type FamilyContext, ok, onItem, safeHeaders } from "../context.js";
import type { ResourceView } from "../resource.js";
import { shortAnswer } from "../run.js";
import {
  bodyExamples,
  boundaryValues,
  type OperationView,
  parameterExample,
  requestFields,
  safeValue,
  successOf,
} from "../spec.js";

interface Case {
  op: OperationView;
  label: string;
  query?: Record<string, string | number>;
  header?: Record<string, string>;
  body?: Record<string, string>;
}

export async function positive(ctx: FamilyContext, view: ResourceView): Promise<void> {
  const cases: Case[] = [];
  for (const action of ctx.actions(view)) {
    const op = view.op(action);
    for (const [name, example] of bodyExamples(op)) {
      const body = withoutReferences(ctx, op, example as Record<string, string>);
      cases.push({ op, label: `the spec's "${name}" example`, body });
    }
    for (const field of requestFields(op)) {
      if (field.in === "path") continue;
      // A free string (a page token) is only valid as the server gave it: the lists check follows those.
      const example = field.in === "body" ? undefined : parameterExample(op, field.in, field.name);
      for (const { label, value } of boundaryValues(field.schema, example)) {
        if (
          ctx.options.live &&
          field.in === "header" &&
          safeValue(field.in, field.name) !== undefined &&
          value !== safeValue(field.in, field.name)
        )
          continue;
        if (field.in === "body" && isReference(ctx, field.schema)) continue;
        const entry = { [field.name]: String(value) };
        cases.push({
          op,
          label: `${field.in} ${field.name}: ${label}`,
          ...(field.in === "query" && { query: { [field.name]: value as string | number } }),
          ...(field.in === "header" && { header: entry }),
          ...(field.in === "body" && { body: entry }),
        });
      }
    }
    if (!cases.some((c) => c.op === op)) cases.push({ op, label: "a plain request" });
  }
  for (const c of cases) {
    // Each delete takes an item of its own; the others work on the run's subjects.
    const sids = c.op.action === "delete" ? await ownToDelete(ctx) : await ctx.sidsFor(view, c.op);
    if (!sids) {
      ctx.run.notJudged("positive-data", c.op.id, `no ${view.noun} to address`);
      continue;
    }
    const exchange =
      c.op.action === "create"
        ? await ctx.create(`positive-data: ${c.label}`, c.body ?? {}, { ...safeHeaders(c.op), ...c.header })
        : await ctx.run.send({
            op: c.op,
            purpose: `positive-data: ${c.label}`,
            path: ctx.path(view, sids),
            query: c.query,
            header: { ...safeHeaders(c.op), ...c.header },
            body: c.body,
          });
    const sid = onItem(c.op) ? sids.at(-1) : undefined;
    if (c.op.action === "delete" && ok(exchange) && sid) ctx.forget(sid);
    if (exchange.status >= 500) continue;
    // Which 2xx is the status check's to judge: here, accepted is what counts.
    ctx.run.judge(
      "positive-data",
      ok(exchange)
        ? undefined
        : {
            operation: c.op.id,
            rule: `a valid request was refused: ${c.label}`,
            expected: `a 2xx (the spec documents ${successOf(c.op)})`,
            got: shortAnswer(exchange),
            exchange,
          },
    );
  }
}

/** An item of the run's own, made to be deleted. */
async function ownToDelete(ctx: FamilyContext): Promise<string[] | undefined> {
  const { sid } = await ctx.create("positive-data: a message to delete", ctx.ownBody("positive"));
  return sid === undefined ? undefined : [sid];
}

/** A field that references another resource by SID: on Twilio itself, a made-up one does not exist. */
function isReference(ctx: FamilyContext, schema: { pattern?: string }): boolean {
  return ctx.options.live === true && schema.pattern !== undefined;
}

function withoutReferences(
  ctx: FamilyContext,
  op: OperationView,
  body: Record<string, string>,
): Record<string, string> {
  const fields = new Map(requestFields(op).map((f) => [f.name, f.schema]));
  return Object.fromEntries(
    Object.entries(body).filter(([name]) => !isReference(ctx, fields.get(name) ?? {})),
  );
}
