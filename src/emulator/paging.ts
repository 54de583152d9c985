// One page of any list, as Twilio forms it: a page size of items, from the page token (PA<sid>:
// after that item; PB<sid>: before it) or else from page × page size; and the meta object with the
// page's own URL, the first page's, and the previous and next pages' (null at either end). The
// names of all of these are the spec's (x-pagination). A list whose x-pagination has an order
// (sortedBy and an order parameter) is ordered by that field as asked; any other pages its items in
// the order they were made.
import type { Operation } from "../core/operations.js";
import { pagingOf } from "../core/paging.js";
import type { WireRequest } from "../core/validate.js";
import type { Json } from "./records.js";
import type { Collection } from "./store.js";

// Twilio's page tokens: after (PA) or before (PB) the item whose SID follows.
const AFTER = "PA";
const BEFORE = "PB";

/** The default of a list parameter, from the spec. */
function parameterDefault(operation: Operation, name: string): unknown {
  // Stryker disable next-line OptionalChaining: called with the list's own paging parameters only
  return (operation.parameters.find((p) => p.name === name)?.schema as { default?: unknown } | undefined)
    ?.default;
}

/** A page of a collection's items; `base` is the list's URL without its query, `wire` shapes an item. */
export function listPage<T extends { sid: string }>(
  collection: Collection<T>,
  operation: Operation,
  params: WireRequest,
  base: string,
  wire: (item: T) => Json,
): Json {
  const { paging, orders } = pagingOf(operation);
  const names = paging.parameters;
  const query = params.query;
  const orderName = names.order;
  const order =
    orderName === undefined ? undefined : (query[orderName] ?? parameterDefault(operation, orderName));
  const pageSize = (query[names.pageSize] ?? parameterDefault(operation, names.pageSize)) as number;
  const page = (query[names.page] as number | undefined) ?? 0;
  const token = query[names.pageToken] as string | undefined;
  // The order parameter's enum is ascending, then descending.
  const descending = orders.length > 1 && order === orders[1];
  const sortedBy = paging.sortedBy;
  const keyOf = (item: T) =>
    sortedBy === undefined
      ? (collection.added(item.sid)?.position as number)
      : ((item as unknown as Record<string, number>)[sortedBy] as number);
  const all = collection.values();
  // Stryker disable next-line ConditionalExpression: items are kept in the order made, so the ascending sort moves nothing
  if (sortedBy !== undefined) all.sort((a, b) => (descending ? keyOf(b) - keyOf(a) : keyOf(a) - keyOf(b)));
  const precedes = (a: number, b: number) => (descending ? a > b : a < b);

  let start = page * pageSize;
  let end = start + pageSize;
  const known =
    token?.startsWith(AFTER) || token?.startsWith(BEFORE) ? collection.added(token.slice(2)) : undefined;
  if (known) {
    const anchor = keyOf(known.item);
    if ((token as string).startsWith(AFTER)) {
      start = all.findIndex((item) => precedes(anchor, keyOf(item)));
      if (start === -1) start = all.length;
      end = start + pageSize;
    } else {
      end = all.findIndex((item) => !precedes(keyOf(item), anchor));
      if (end === -1) end = all.length;
      start = Math.max(0, end - pageSize);
    }
  }
  const items = all.slice(start, end);
  const link = (pageNumber: number, pageToken?: string) => {
    const search = new URLSearchParams();
    if (orderName !== undefined && query[orderName] !== undefined) search.set(orderName, order as string);
    search.set(names.pageSize, String(pageSize));
    search.set(names.page, String(pageNumber));
    if (pageToken) search.set(names.pageToken, pageToken);
    return `${base}?${search}`;
  };
  const first = items[0];
  const last = items.at(-1);
  const meta = paging.meta;
  return {
    [meta.at]: {
      [meta.page]: page,
      [meta.pageSize]: pageSize,
      [meta.firstPageUrl]: link(0),
      [meta.previousPageUrl]:
        start > 0 && first ? link(Math.max(0, page - 1), `${BEFORE}${first.sid}`) : null,
      [meta.url]: link(page, token),
      [meta.nextPageUrl]: end < all.length && last ? link(page + 1, `${AFTER}${last.sid}`) : null,
      [meta.key]: paging.items,
    },
    [paging.items]: items.map(wire),
  };
}
