// delivery: a summary an item holds of a linked list (x-summary-of: a message's `delivery`, of its
// receipts) agrees with that list by the spec's rule, and each item of the list names the item it
// belongs to. Read only: it judges the items the server already holds (and the run's own), through
// the links their answers give. An item whose summary changes while it is read (a receipt arriving
// on a live server) is not judged.
import { pagingOf } from "../../core/paging.js";
import { type FamilyContext, itemsOf, type Json, ok } from "../context.js";
import type { Exchange } from "../exchange.js";
import type { ResourceView } from "../resource.js";
import { answerSchema, echoField, fieldNames, type Summary, summariesOf } from "../spec.js";

/** How many items with a summary are judged, and pages of a linked list read for one. */
const MAX_SUMMARIZED = 3;
const MAX_PAGES = 20;

export async function delivery(ctx: FamilyContext, view: ResourceView): Promise<void> {
  if (view !== ctx.root || !view.has("fetch")) return;
  const schema = answerSchema(view.op("fetch"));
  for (const summary of schema ? summariesOf(schema) : []) {
    const child = view.children.find((c) => c.parent?.link?.field === summary.link);
    if (!child?.has("list")) continue;
    // The items the server holds with a summary, then one without (the run's own, when it made one).
    const held = ctx.held.filter((m) => m[summary.at] !== null && m[summary.at] !== undefined);
    const bare = ctx.held.find((m) => m[summary.at] === null) ?? ctx.mine[0]?.json;
    for (const item of [...held.slice(0, MAX_SUMMARIZED), ...(bare ? [bare] : [])])
      await judgeSummary(ctx, view, child, summary, item);
  }
}

async function judgeSummary(
  ctx: FamilyContext,
  view: ResourceView,
  child: ResourceView,
  summary: Summary,
  item: Json,
) {
  const sid = ctx.sidIn(view, item);
  if (!sid) return;
  const list = child.op("list");
  const { paging } = pagingOf(list.operation);
  const path = ctx.path(child, [sid]);
  // Through the link the item gives; the spec's path when it gives none.
  const link = child.parent?.link ? ctx.linkIn(item, child.parent.link) : undefined;
  const linked = link === undefined ? undefined : ctx.pageLink(link);
  let url = linked && "url" in linked ? linked.url : undefined;
  const listed: Json[] = [];
  let first: Exchange | undefined;
  for (let pages = 0; ; pages++) {
    if (pages >= MAX_PAGES) return;
    const page = await ctx.run.send({
      op: list,
      purpose: `delivery: the ${child.noun}s of a ${view.noun} with ${summary.at} ${item[summary.at] === null ? "null" : "set"}`,
      path,
      ...(url !== undefined && { url }),
    });
    first ??= page;
    const items = itemsOf(page.json, paging.items);
    // An answer that is not a page is for status and response-schema to judge; here nothing is.
    if (!ok(page) || !items) return;
    listed.push(...items);
    const next = ctx.pageLink(
      ((page.json as Json)[paging.meta.at] as Json | undefined)?.[paging.meta.nextPageUrl],
    );
    if (!next || "refused" in next || items.length === 0) break;
    url = next.url;
  }
  // The summary as it is after the list was read: one that changed meanwhile is not judged.
  const fetch = view.op("fetch");
  const again = await ctx.run.send({
    op: fetch,
    purpose: `delivery: the ${view.noun} again`,
    path: ctx.path(view, [sid]),
  });
  const now = (again.json as Json | undefined)?.[summary.at];
  if (!ok(again) || JSON.stringify(now) !== JSON.stringify(item[summary.at])) return;
  const wrong = disagreement(summary, now, listed, child.noun);
  ctx.run.judge(
    "delivery",
    wrong
      ? {
          operation: fetch.id,
          rule: `${summary.at} does not follow from the ${view.noun}'s ${child.noun}s`,
          expected: wrong.expected,
          got: `${summary.at} ${JSON.stringify(now)}`,
          exchange: again,
        }
      : undefined,
  );
  // Each item of the list names the item it belongs to: the field that echoes the path's parameter.
  const owner = echoField(child.lineage.at(-2) as string);
  const itemSchema = child.has("fetch") ? answerSchema(child.op("fetch")) : undefined;
  if (!itemSchema || !fieldNames(itemSchema).includes(owner)) return;
  const strangers = listed.filter((r) => r[owner] !== sid);
  ctx.run.judge(
    "delivery",
    strangers.length
      ? {
          operation: list.id,
          rule: `a ${child.noun} of ${sid} names another ${view.noun}`,
          expected: `${owner} ${sid}`,
          got: strangers
            .slice(0, 3)
            .map((r) => `${String(r[child.sidField ?? owner])}: ${owner} ${JSON.stringify(r[owner])}`)
            .join("; "),
          exchange: first,
        }
      : undefined,
  );
}

/** What the summary should be for these items, by the spec's rule, when it is not that. */
function disagreement(
  summary: Summary,
  got: unknown,
  items: Json[],
  noun: string,
): { expected: string } | undefined {
  // While there are no items, there is no summary.
  if (items.length === 0) return got === null ? undefined : { expected: `null: there are no ${noun}s` };
  const expected: Json = { [summary.total]: items.length };
  for (const [field, statuses] of Object.entries(summary.counts)) {
    const counted = items.filter((r) => statuses.includes(r[summary.field] as string)).length;
    expected[field] = counted === items.length ? summary.all : counted > 0 ? summary.some : summary.none;
  }
  const actual = (got ?? {}) as Json;
  const differing = Object.keys(expected).filter((k) => actual[k] !== expected[k]);
  if (got !== null && differing.length === 0) return undefined;
  return { expected: `${JSON.stringify(expected)} from ${items.length} ${noun}s` };
}
