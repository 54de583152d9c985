// How a list pages, as the spec states it (x-pagination on each list operation): the page's item
// array, the field its items are ordered by (when the list documents an order), the paging
// parameters and the fields of `meta` that answer them. Shared by everything that pages: the
// facade, the emulator and the verifier.
import type { PaginationEntry } from "../generated/operations.js";
import type { Operation } from "./operations.js";

export type Pagination = PaginationEntry;

/**
 * A list operation's paging, and its order parameter's values (ascending first, then descending;
 * none when the list takes no order).
 */
export function pagingOf(operation: Operation): { paging: Pagination; orders: readonly string[] } {
  const paging = operation.pagination as Pagination;
  const order = operation.parameters.find((p) => p.name === paging.parameters.order)?.schema.enum;
  return { paging, orders: (order as readonly string[] | undefined) ?? [] };
}

/** The largest page size a list operation takes (its page-size parameter's maximum). */
export function maxPageSize(operation: Operation): number {
  const { paging } = pagingOf(operation);
  const schema = operation.parameters.find((p) => p.name === paging.parameters.pageSize)?.schema;
  return typeof schema?.maximum === "number" ? schema.maximum : Number.POSITIVE_INFINITY;
}
