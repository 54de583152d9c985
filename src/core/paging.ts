// How a list pages, as the spec states it (x-pagination on each list operation): the page's item
// array, the field its items are ordered by, the paging parameters and the fields of `meta` that
// answer them. Shared by everything that pages: the emulator and the verifier.
import type { OperationId, operations } from "../generated/operations.js";

export interface Pagination {
  items: string;
  sortedBy: string;
  parameters: { order: string; pageSize: string; page: string; pageToken: string };
  meta: Record<
    "at" | "page" | "pageSize" | "url" | "firstPageUrl" | "previousPageUrl" | "nextPageUrl" | "key",
    string
  >;
}

/** A list operation's paging, and its order parameter's values (ascending first, then descending). */
export function pagingOf(operation: (typeof operations)[OperationId]): {
  paging: Pagination;
  orders: readonly string[];
} {
  const paging = (operation as { pagination: Pagination }).pagination;
  const order = operation.parameters.find((p) => p.name === paging.parameters.order)?.schema as {
    enum: readonly string[];
  };
  return { paging, orders: order.enum };
}
