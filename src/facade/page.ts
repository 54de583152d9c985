// Pages and page walks, as twilio-node has them: a Page with `instances`, `nextPage()` and
// `previousPage()`; `list()` that can be awaited (an array) or walked with `for await` one page
// at a time; `each()` with a callback per item.
import { AbortError, InvalidResponseError } from "../core/errors.js";
import { follow } from "../core/links.js";
import type { Pagination } from "../core/paging.js";

/**
 * Where to fetch a page link the API gave: on the base URL's origin, or Twilio's own re-based onto
 * it (src/core/links.ts); refused otherwise, so the credentials never go to another host.
 */
export function pageUrl(baseUrl: string, link: string): URL {
  const followed = follow(baseUrl, link);
  if (typeof followed !== "string") return followed;
  throw new InvalidResponseError(
    `refusing to follow page link ${JSON.stringify(link)}: it ${followed}, so the credentials stay there`,
  );
}

export interface PageLoader<T> {
  /** Fetches and decodes the page at a URL the API gave. */
  load(url: string, signal?: AbortSignal): Promise<Page<T>>;
}

/** A page's meta object, its fields named by the spec's x-pagination. */
export type PageMeta = Record<string, unknown>;

export class Page<T> {
  /** The items of this page, decoded. */
  readonly instances: T[];
  readonly pageNumber: number;
  readonly pageSize: number;
  readonly url: string;
  readonly nextPageUrl: string | null;
  readonly previousPageUrl: string | null;
  readonly #loader: PageLoader<T>;
  /** The caller's signal for the call that fetched this page: it covers the pages that follow. */
  readonly #signal: AbortSignal | undefined;

  constructor(
    loader: PageLoader<T>,
    meta: PageMeta,
    paging: Pagination,
    instances: T[],
    signal?: AbortSignal,
  ) {
    this.#loader = loader;
    this.#signal = signal;
    this.instances = instances;
    const names = paging.meta;
    this.pageNumber = meta[names.page] as number;
    this.pageSize = meta[names.pageSize] as number;
    this.url = meta[names.url] as string;
    this.nextPageUrl = (meta[names.nextPageUrl] as string | null) ?? null;
    this.previousPageUrl = (meta[names.previousPageUrl] as string | null) ?? null;
  }

  /** The next page, or undefined on the last one. */
  async nextPage(): Promise<Page<T> | undefined> {
    return this.nextPageUrl ? this.#loader.load(this.nextPageUrl, this.#signal) : undefined;
  }

  /** The previous page, or undefined on the first one. */
  async previousPage(): Promise<Page<T> | undefined> {
    return this.previousPageUrl ? this.#loader.load(this.previousPageUrl, this.#signal) : undefined;
  }

  toJSON() {
    return {
      pageNumber: this.pageNumber,
      pageSize: this.pageSize,
      url: this.url,
      nextPageUrl: this.nextPageUrl,
      previousPageUrl: this.previousPageUrl,
      instances: this.instances,
    };
  }
}

/**
 * Walks pages lazily from the first, one request at a time, yielding at most `limit` items. A page
 * link seen before stops the walk with an error instead of looping forever; an aborted `signal`
 * stops it at the next item.
 */
export async function* walk<T>(
  first: () => Promise<Page<T>>,
  limit?: number,
  signal?: AbortSignal,
): AsyncGenerator<T, void, undefined> {
  let page = await first();
  const seen = new Set<string>([page.url]);
  let count = 0;
  for (;;) {
    for (const item of page.instances) {
      if (signal?.aborted)
        throw new AbortError("the page walk was aborted by the caller", { cause: signal.reason });
      yield item;
      if (++count === limit) return;
    }
    const next = page.nextPageUrl;
    if (!next) return;
    if (seen.has(next)) {
      throw new InvalidResponseError(
        `pagination loop: the next page link ${next} was already fetched in this walk`,
      );
    }
    seen.add(next);
    const following = await page.nextPage();
    if (!following) return;
    page = following;
  }
}

/**
 * What `list()` returns: await it for an array (twilio-node's behaviour), or `for await` it to walk
 * page by page without holding every item. Nothing is fetched until one of the two starts.
 */
export class PagedList<T> implements PromiseLike<T[]>, AsyncIterable<T> {
  readonly #start: () => AsyncGenerator<T, void, undefined>;
  #array: Promise<T[]> | undefined;

  constructor(start: () => AsyncGenerator<T, void, undefined>) {
    this.#start = start;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.#start();
  }

  #collect(): Promise<T[]> {
    this.#array ??= (async () => {
      const items: T[] = [];
      for await (const item of this.#start()) items.push(item);
      return items;
    })();
    return this.#array;
  }

  // biome-ignore lint/suspicious/noThenProperty: list() is awaited for an array, as in twilio-node.
  then<R1 = T[], R2 = never>(
    onFulfilled?: ((items: T[]) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#collect().then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T[] | R> {
    return this.#collect().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T[]> {
    return this.#collect().finally(onFinally);
  }
}
