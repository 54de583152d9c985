// stateful: what a create sent comes back on fetch and in the list; an update is kept; a deleted
// item is gone. For a resource the run can create, by the links the spec gives from the create.

import { pagingOf } from "../../core/paging.js";
import { type FamilyContext, itemsOf, type Json, ok, safeHeaders } from "../context.js";
import type { Exchange } from "../exchange.js";
import type { ResourceView } from "../resource.js";
import { shortAnswer } from "../run.js";
import {
  answerSchema,
  dateTimeFields,
  echoField,
  fieldNames,
  type OperationView,
  successOf,
} from "../spec.js";

export async function stateful(ctx: FamilyContext, view: ResourceView): Promise<void> {
  if (view !== ctx.root) return;
  const run = ctx.run;
  const create = view.op("create");
  const sent = ctx.ownBody("stateful", true);
  const created = await ctx.create("stateful: create a message", sent);
  if (!created.sid) {
    run.judge("stateful", {
      operation: create.id,
      rule: ok(created) ? "the create's answer has no SID a path can hold" : "the create did not succeed",
      expected: `${successOf(create)} with the new message`,
      got: shortAnswer(created),
      exchange: created,
    });
    return;
  }
  ctx.mine.push({ sid: created.sid, sent, json: created.json as Json });
  const fetch = ctx.followLink("fetch", created);
  const update = ctx.followLink("update", created);
  const remove = ctx.followLink("delete", created);
  if (!fetch || !update || !remove) {
    run.judge("stateful", {
      operation: create.id,
      rule: "the spec's links could not be followed from the create answer",
      expected: "links to fetch, update and delete",
      got: shortAnswer(created),
      exchange: created,
    });
    return;
  }
  const fetched = await run.send({
    op: fetch.op,
    purpose: "stateful: fetch the created message",
    path: fetch.path,
  });
  judgeEcho(ctx, "what the create sent comes back on fetch", fetch.op, sent, fetched);
  const listed = await findInList(ctx, view, created.sid);
  const list = view.op("list");
  const { paging } = pagingOf(list.operation);
  run.judge(
    "stateful",
    listed === true
      ? undefined
      : listed === false
        ? {
            operation: list.id,
            rule: "the created message is not in the list",
            expected: `${created.sid} among the messages`,
            got: "not found on the newest-first pages",
          }
        : {
            operation: list.id,
            rule: `a ${paging.meta.nextPageUrl} that leads away from the target`,
            expected: `${created.sid} among the messages, on pages of the target`,
            got: `${paging.meta.nextPageUrl} ${listed.refused}`,
            exchange: listed.exchange,
          },
  );
  const change = ctx.ownBody("updated", false, "update");
  const updated = await run.send({
    op: update.op,
    purpose: "stateful: update the message",
    path: update.path,
    header: safeHeaders(update.op),
    body: change,
  });
  judgeEcho(ctx, "the update answer has the change", update.op, change, updated);
  const refetched = await run.send({
    op: fetch.op,
    purpose: "stateful: fetch it after the update",
    path: fetch.path,
  });
  judgeEcho(ctx, "an update is kept", fetch.op, { ...sent, ...change }, refetched);
  // An item of its own to delete, so that the others stay for the checks that follow.
  const doomed = await ctx.create("stateful: create a message to delete", ctx.ownBody("to delete"));
  const doomedRemove = doomed.sid ? ctx.followLink("delete", doomed) : undefined;
  const doomedFetch = doomed.sid ? ctx.followLink("fetch", doomed) : undefined;
  if (!doomed.sid || !doomedRemove || !doomedFetch) return;
  const deleted = await run.send({
    op: doomedRemove.op,
    purpose: "stateful: delete it",
    path: doomedRemove.path,
    header: safeHeaders(doomedRemove.op),
  });
  if (ok(deleted)) ctx.forget(doomed.sid);
  const gone = await run.send({
    op: doomedFetch.op,
    purpose: "stateful: fetch the deleted message",
    path: doomedFetch.path,
  });
  run.judge(
    "stateful",
    gone.status === 404
      ? undefined
      : {
          operation: doomedFetch.op.id,
          rule: "a deleted message can still be fetched",
          expected: "404 with Twilio's error body",
          got: shortAnswer(gone),
          exchange: gone,
        },
  );
}

/** Judges that an answer echoes the request fields the answer has a field for. */
function judgeEcho(
  ctx: FamilyContext,
  rule: string,
  op: OperationView,
  sent: Record<string, string>,
  exchange: Exchange,
) {
  if (exchange.status >= 500) return; // no-server-error's to judge
  const schema = answerSchema(op);
  const body = exchange.json as Json | undefined;
  if (!ok(exchange) || !schema || !body) {
    ctx.run.judge("stateful", {
      operation: op.id,
      rule,
      expected: `${successOf(op)} with the message`,
      got: shortAnswer(exchange),
      exchange,
    });
    return;
  }
  const names = fieldNames(schema);
  const dates = dateTimeFields(schema);
  const differing = Object.entries(sent).filter(([name, value]) => {
    const field = echoField(name);
    if (!names.includes(field)) return false;
    const got = body[field];
    return dates.includes(field) ? Date.parse(String(got)) !== Date.parse(value) : got !== value;
  });
  ctx.run.judge(
    "stateful",
    differing.length
      ? {
          operation: op.id,
          rule,
          expected: differing
            .map(([name, value]) => `${echoField(name)} ${JSON.stringify(value)}`)
            .join(", "),
          got: differing
            .map(([name]) => `${echoField(name)} ${JSON.stringify(body[echoField(name)])}`)
            .join(", "),
          exchange,
        }
      : undefined,
  );
}

/**
 * Whether an item is on the first newest-first pages of the list; or the page link that was not
 * followed, and the answer that gave it.
 */
async function findInList(
  ctx: FamilyContext,
  view: ResourceView,
  sid: string,
): Promise<boolean | { refused: string; exchange: Exchange }> {
  const op = view.op("list");
  const { paging, orders } = pagingOf(op.operation);
  let url: string | undefined;
  for (let page = 0; page < 3; page++) {
    const exchange = await ctx.run.send({
      op,
      purpose: "stateful: look for the created message in the list",
      path: ctx.path(view),
      ...(url ? { url } : { query: { [paging.parameters.order as string]: orders[1] as string } }),
    });
    const body = exchange.json as Json | undefined;
    if (itemsOf(body, paging.items)?.some((m) => m[view.sidField as string] === sid)) return true;
    const next = ctx.pageLink((body?.[paging.meta.at] as Json | undefined)?.[paging.meta.nextPageUrl]);
    if (!next) return false;
    if ("refused" in next) return { refused: next.refused, exchange };
    url = next.url;
  }
  return false;
}
