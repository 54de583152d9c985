// lists: for every list the spec pages (x-pagination), PageSize is honoured, meta agrees with the
// request, and next_page_url visits every item once; in order where the list has an order; a page
// shorter than its page_size is the last one; a walk never runs on past an empty page.
import { pagingOf } from "../../core/paging.js";
import { type FamilyContext, itemsOf, type Json, ok, type Place } from "../context.js";
import type { Exchange } from "../exchange.js";
import type { ResourceView } from "../resource.js";
import { shortAnswer } from "../run.js";
import { successOf } from "../spec.js";

/** Pages of two: three items page. */
const PAGE_SIZE = 2;
/** The longest walk followed: a longer one is not judged (a conversation too large to walk). */
const MAX_PAGES = 100;

export async function lists(ctx: FamilyContext, view: ResourceView): Promise<void> {
  if (!view.has("list")) return;
  const run = ctx.run;
  if (view === ctx.root && ctx.writes) {
    // At least three items of this run, so that pages of two page.
    while (ctx.mine.length < 3) {
      const created = await ctx.keep(`lists: a ${view.noun} to list`, `list ${ctx.mine.length}`);
      if (!created?.sid) {
        const create = view.op("create");
        run.judge("lists", {
          operation: create.id,
          rule: `a ${view.noun} to list could not be made`,
          expected: `${successOf(create)}`,
          got: created ? shortAnswer(created) : "nothing",
          ...(created && { exchange: created }),
        });
        return;
      }
    }
  }
  const op = view.op("list");
  const place = await ctx.collection(view);
  if (!place) {
    run.notJudged("lists", op.id, `no ${view.parent?.view.noun ?? view.noun} to list the ${view.noun}s of`);
    return;
  }
  const { orders } = pagingOf(op.operation);
  // A list that takes no order is walked once, in whatever order the server keeps.
  for (const direction of orders.length ? orders : [undefined])
    if ((await walk(ctx, view, place, direction)) === "server error") return;
}

/** One walk of a list's pages; a server error on its first page ends the check (no-server-error's to judge). */
async function walk(
  ctx: FamilyContext,
  view: ResourceView,
  place: Place,
  direction: string | undefined,
): Promise<"server error" | undefined> {
  const run = ctx.run;
  const op = view.op("list");
  const { paging, orders } = pagingOf(op.operation);
  const names = paging.parameters;
  const path = ctx.path(view, place.sids);
  const query = {
    ...(direction !== undefined && { [names.order as string]: direction }),
    [names.pageSize]: PAGE_SIZE,
  };
  const asked = `${direction === undefined ? "" : `${names.order}=${direction}, `}${names.pageSize}=${PAGE_SIZE}`;
  const first = await run.send({
    op,
    purpose: `lists: ${direction === undefined ? "" : `${direction}, `}${PAGE_SIZE} a page`,
    path,
    query,
  });
  if (first.status >= 500) return "server error";
  const body = first.json as Json | undefined;
  const items = itemsOf(body, paging.items);
  const meta = body?.[paging.meta.at] as Json | undefined;
  if (!ok(first) || !items || !meta) {
    run.judge("lists", {
      operation: op.id,
      rule: "the list could not be read",
      expected: `${successOf(op)} with a page`,
      got: shortAnswer(first),
      exchange: first,
    });
    return undefined;
  }
  const problems: string[] = [];
  if (items.length > PAGE_SIZE) problems.push(`${items.length} items on a page of ${PAGE_SIZE}`);
  if (meta[paging.meta.pageSize] !== PAGE_SIZE)
    problems.push(`meta.${paging.meta.pageSize} ${meta[paging.meta.pageSize]}, asked ${PAGE_SIZE}`);
  if (meta[paging.meta.page] !== 0)
    problems.push(`meta.${paging.meta.page} ${meta[paging.meta.page]} on the first page`);
  if (meta[paging.meta.previousPageUrl] !== null)
    problems.push(`meta.${paging.meta.previousPageUrl} on the first page`);
  if (meta[paging.meta.key] !== paging.items)
    problems.push(`meta.${paging.meta.key} ${JSON.stringify(meta[paging.meta.key])}`);
  let own: URL | undefined;
  try {
    own = new URL(String(meta[paging.meta.url]), ctx.options.target);
  } catch {}
  if (own?.searchParams.get(names.pageSize) !== String(PAGE_SIZE))
    problems.push(
      `meta.${paging.meta.url} ${meta[paging.meta.url]} does not ask for ${names.pageSize}=${PAGE_SIZE}`,
    );
  // Walk the pages: each item once, in order by the sort field where there is one, to the end.
  const seen = new Set<string>();
  const keys: number[] = [];
  let page: Json[] = items;
  let pageMeta: Json = meta;
  let expectedPage = 0;
  /** The walk was stopped before its end: what it did not reach is not judged missing. */
  let cut = false;
  for (let pages = 1; ; pages++) {
    for (const item of page) {
      if (view.sidField !== undefined) {
        const sid = String(item[view.sidField]);
        if (seen.has(sid)) problems.push(`${sid} twice in the walk`);
        seen.add(sid);
      }
      if (paging.sortedBy !== undefined) keys.push(item[paging.sortedBy] as number);
    }
    const next = ctx.pageLink(pageMeta[paging.meta.nextPageUrl]);
    if (!next) break;
    // A page shorter than its page size is the last: a next link after it leads past the end.
    const size =
      typeof pageMeta[paging.meta.pageSize] === "number"
        ? (pageMeta[paging.meta.pageSize] as number)
        : PAGE_SIZE;
    if (page.length < size) {
      problems.push(
        page.length === 0
          ? `${paging.meta.nextPageUrl} after the empty page ${expectedPage}: the walk stops there`
          : `${paging.meta.nextPageUrl} after page ${expectedPage} of ${page.length}, fewer than its ${paging.meta.pageSize} ${size}`,
      );
      if (page.length === 0) break;
    }
    if ("refused" in next) {
      problems.push(`${paging.meta.nextPageUrl} ${next.refused}`);
      break;
    }
    if (pages >= MAX_PAGES) {
      cut = true;
      run.cannotJudge(
        "lists",
        `the walk at ${names.pageSize}=${PAGE_SIZE} was longer than ${MAX_PAGES} pages: use a conversation of fewer than ${MAX_PAGES * PAGE_SIZE} messages`,
      );
      break;
    }
    const following = await run.send({
      op,
      purpose: `lists: follow ${paging.meta.nextPageUrl}${direction === undefined ? "" : ` (${direction})`}`,
      path,
      url: next.url,
    });
    const nextBody = following.json as Json | undefined;
    const nextItems = itemsOf(nextBody, paging.items);
    if (!ok(following) || !nextItems) {
      problems.push(`${paging.meta.nextPageUrl} ${next.url} answered ${following.status}`);
      break;
    }
    page = nextItems;
    pageMeta = (nextBody?.[paging.meta.at] as Json) ?? {};
    expectedPage++;
    if (pageMeta[paging.meta.page] !== expectedPage)
      problems.push(`meta.${paging.meta.page} ${pageMeta[paging.meta.page]} on page ${expectedPage}`);
    if (page.length > PAGE_SIZE) problems.push(`${page.length} items on a following page of ${PAGE_SIZE}`);
  }
  if (direction !== undefined) {
    const ascending = direction === orders[0];
    const sorted = keys.every(
      (key, i) => i === 0 || (ascending ? key > (keys[i - 1] as number) : key < (keys[i - 1] as number)),
    );
    if (!sorted)
      problems.push(
        `${names.order}=${direction} walked ${paging.sortedBy} ${keys.slice(0, 8).join(", ")}${keys.length > 8 ? ", …" : ""}`,
      );
  }
  const missing = cut || view !== ctx.root ? [] : ctx.mine.filter((m) => !seen.has(m.sid));
  if (missing.length) problems.push(`the walk missed ${missing.map((m) => m.sid).join(", ")}`);
  judgeWalk(ctx, op.id, asked, problems, first, view);
  return undefined;
}

function judgeWalk(
  ctx: FamilyContext,
  operation: string,
  asked: string,
  problems: string[],
  exchange: Exchange,
  view: ResourceView,
) {
  ctx.run.judge(
    "lists",
    problems.length
      ? {
          operation,
          rule: asked,
          expected: `pages as asked, ${orderedText(view)}every ${view.noun} once`,
          got: problems.join("; "),
          exchange,
        }
      : undefined,
  );
}

/** "in order, " for a list with an order. */
const orderedText = (view: ResourceView) =>
  pagingOf(view.op("list").operation).orders.length ? "in order, " : "";
