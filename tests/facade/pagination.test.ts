// Page walks against an in-process fake API: lazy, exact limits, safe links.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { pageUrl } from "../../src/facade/page.js";
import twilio, {
  AbortError,
  ConversationsError,
  InvalidResponseError,
  ValidationError,
} from "../../src/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, responseExample, spec } from "../support/fixtures";
import type { Json } from "../support/spec";

setFlagsFromString("--expose-gc");
const collectGarbage: () => void = runInNewContext("gc");

const BASE = "http://mock.test";
const TWILIO = "https://conversations.twilio.com";
const LIST_PATH = `/v1/Conversations/${CONVERSATION_SID}/Messages`;

/** Serves `pages` pages of `perPage` messages built from the spec's list example; counts requests. */
function fakeApi(pages: number, perPage: number, customLink?: (page: number) => string) {
  const link =
    customLink ??
    ((page: number) => `${TWILIO}${LIST_PATH}?PageSize=${perPage}&Page=${page}&PageToken=PT${page}`);
  const template = responseExample("list").messages[0];
  const requests: URL[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    const url = new URL(String(input));
    requests.push(url);
    const page = Number(url.searchParams.get("Page") ?? 0);
    const messages = Array.from({ length: page < pages ? perPage : 0 }, (_, i) => {
      const index = page * perPage + i;
      return { ...template, index, sid: `IM${index.toString(16).padStart(32, "0")}` };
    });
    const meta = {
      ...responseExample("list").meta,
      page,
      page_size: perPage,
      url: `${TWILIO}${LIST_PATH}?PageSize=${perPage}&Page=${page}`,
      previous_page_url: page > 0 ? `${TWILIO}${LIST_PATH}?PageSize=${perPage}&Page=${page - 1}` : null,
      next_page_url: page + 1 < pages ? link(page + 1) : null,
    };
    return new Response(JSON.stringify({ meta, messages }), {
      headers: { "content-type": "application/json" },
    });
  };
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: BASE, fetch: fetchImpl });
  return { client, messages: client.conversations.v1.conversations(CONVERSATION_SID).messages, requests };
}

describe("pagination", () => {
  it("for await fetches one page at a time, only as items are consumed", async () => {
    const { messages, requests } = fakeApi(5, 10);
    let seen = 0;
    for await (const message of messages.list({ pageSize: 10 })) {
      // After item k, only the pages up to k's have been asked for.
      expect(requests.length).toBe(Math.floor(seen / 10) + 1);
      expect(message.index).toBe(seen);
      seen++;
    }
    expect(seen).toBe(50);
    expect(requests).toHaveLength(5);
  });

  it("does not hold earlier pages while walking", async () => {
    const { messages } = fakeApi(20, 50);
    const firstPage: WeakRef<object>[] = [];
    let walked = 0;
    for await (const message of messages.list({ pageSize: 50 })) {
      if (walked < 50) firstPage.push(new WeakRef(message));
      walked++;
      if (walked === 1000) {
        // On the last page: the first page's messages must be collectable by now.
        await new Promise((r) => setImmediate(r));
        collectGarbage();
        expect(firstPage.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
      }
    }
    expect(walked).toBe(1000);
  });

  it.each([1, 9, 10, 11, 25, 50])("limit %i is exact across pages", async (limit) => {
    const { messages, requests } = fakeApi(5, 10);
    const items = await messages.list({ limit, pageSize: 10 });
    expect(items).toHaveLength(limit);
    expect(items.map((m) => m.index)).toEqual(Array.from({ length: limit }, (_, i) => i));
    expect(requests).toHaveLength(Math.ceil(limit / 10));
  });

  it("asks for min(limit, max PageSize) per page when no pageSize is given", async () => {
    const { messages, requests } = fakeApi(1, 3);
    await messages.list({ limit: 3 });
    await messages.list({ limit: 5000 });
    const maximum = spec.components.parameters.PageSize.schema.maximum;
    expect(requests.map((r) => r.searchParams.get("PageSize"))).toEqual(["3", String(maximum)]);
  });

  it("re-bases Twilio page links onto the configured base URL, query kept", async () => {
    const { messages, requests } = fakeApi(3, 2);
    await messages.list();
    expect(requests.map((r) => r.origin)).toEqual([BASE, BASE, BASE]);
    expect(requests[1]?.pathname).toBe(LIST_PATH);
    expect(requests[2]?.search).toBe("?PageSize=2&Page=2&PageToken=PT2");
  });

  it("after client.conversations.baseUrl changes, links on the new base are followed, its path prefix included", async () => {
    const moved = "http://moved.test/prefix";
    const link = (page: number) => `${moved}${LIST_PATH}?PageSize=2&Page=${page}`;
    const { client, messages, requests } = fakeApi(3, 2, link);
    client.conversations.baseUrl = moved;
    expect((await messages.list({ pageSize: 2 })).map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(requests.map(String)).toEqual([`${moved}${LIST_PATH}?PageSize=2`, link(1), link(2)]);
  });

  it("refuses a page link to another origin, with no request to it", async () => {
    const { messages, requests } = fakeApi(3, 2, (p) => `https://evil.example${LIST_PATH}?Page=${p}`);
    const error = await messages.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(
      /^refusing to follow page link "https:\/\/evil\.example[^"]*": it is not on http:\/\/mock\.test or Twilio's API, so the credentials stay there$/,
    );
    // The fake records every request, wherever it goes: none went to the other origin.
    expect(requests).toHaveLength(1);
  });

  it("stops a walk whose next link repeats, instead of looping", async () => {
    const { messages, requests } = fakeApi(10, 2, () => `${TWILIO}${LIST_PATH}?Page=1`);
    const error = await messages.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/pagination loop/);
    expect(requests).toHaveLength(2);
  });

  it("page() walks forward with nextPage() and back with previousPage()", async () => {
    const { messages } = fakeApi(3, 2);
    const first = await messages.page({ pageSize: 2 });
    const second = await first.nextPage();
    const third = await second?.nextPage();
    expect(third?.instances.map((m) => m.index)).toEqual([4, 5]);
    expect(await third?.nextPage()).toBeUndefined();
    const back = await third?.previousPage();
    expect(back?.instances.map((m) => m.index)).toEqual([2, 3]);
    expect(JSON.parse(JSON.stringify(first)).instances[0].sid).toBe(first.instances[0]?.sid);
  });

  it("getPage(url) fetches one page by its link", async () => {
    const { messages } = fakeApi(3, 2);
    const page = await messages.getPage(`${TWILIO}${LIST_PATH}?PageSize=2&Page=2`);
    expect(page.instances.map((m) => m.index)).toEqual([4, 5]);
  });

  it("each() passes an error to done instead of rejecting", async () => {
    const { messages } = fakeApi(3, 2, (p) => `https://evil.example/?Page=${p}`);
    const done: unknown[] = [];
    await messages.each({ done: (e?: unknown) => done.push(e) }, () => {});
    expect(done).toHaveLength(1);
    expect(done[0]).toBeInstanceOf(ConversationsError);
  });

  it("each() without done rejects on error", async () => {
    const { messages } = fakeApi(3, 2, (p) => `https://evil.example/?Page=${p}`);
    await expect(messages.each(() => {})).rejects.toThrow(/refusing/);
  });

  it.each([0, -1, 1.5, "10", Number.NaN])("limit %j is a ValidationError, nothing sent", async (limit) => {
    const { messages, requests } = fakeApi(1, 1);
    await expect(messages.list({ limit: limit as number })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });

  it("list() fetches nothing until awaited or iterated", async () => {
    const { messages, requests } = fakeApi(2, 2);
    const pending = messages.list();
    await new Promise((r) => setTimeout(r, 10));
    expect(requests).toHaveLength(0);
    expect((await pending).length).toBe(4);
  });

  it("decodes every message of every page", async () => {
    const { messages } = fakeApi(2, 3);
    const all: Json[] = await messages.list();
    expect(all).toHaveLength(6);
    for (const m of all) expect(m.dateCreated).toBeInstanceOf(Date);
  });

  it("a caller's signal covers every page of a walk, not only the first", async () => {
    const { messages, requests } = fakeApi(5, 2);
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await (async () => {
      for await (const message of messages.list({ signal: controller.signal })) {
        seen.push(message.index);
        controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toBe("the page walk was aborted by the caller");
    expect((error as Error).cause).toBe(controller.signal.reason);
    expect(seen).toEqual([0]);
    expect(requests).toHaveLength(1);
  });

  it("a next link back to the first page is a loop: the first page is not fetched again", async () => {
    const { messages, requests } = fakeApi(3, 2, () => `${TWILIO}${LIST_PATH}?PageSize=2&Page=0`);
    const error = await messages.list({ pageSize: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe(
      `pagination loop: the next page link ${TWILIO}${LIST_PATH}?PageSize=2&Page=0 was already fetched in this walk`,
    );
    expect(requests).toHaveLength(1);
  });

  it("a signal passed to page() also covers nextPage()", async () => {
    const { messages, requests } = fakeApi(3, 2);
    const controller = new AbortController();
    const first = await messages.page({ pageSize: 2, signal: controller.signal });
    controller.abort();
    await expect(first.nextPage()).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(1);
  });
});

describe("page links and pages, at the unit", () => {
  it.each([
    ["on the base URL's origin, as given", `${BASE}/v1/x?Page=2`, `${BASE}/v1/x?Page=2`],
    ["relative, on the base URL", "/v1/x?Page=2", `${BASE}/v1/x?Page=2`],
    ["Twilio's origin, re-based", `${TWILIO}/v1/x?Page=2`, `${BASE}/v1/x?Page=2`],
    [
      "an edge and region of Twilio's, re-based",
      "https://conversations.sydney.au1.twilio.com/v1/x",
      `${BASE}/v1/x`,
    ],
  ])("follows a link %s", (_, link, expected) => {
    expect(pageUrl(BASE, link).href).toBe(expected);
  });

  it.each([
    "http://conversations.twilio.com/v1/x",
    "https://conversations.twilio.com.evil.example/v1/x",
    "https://evilconversations.twilio.com/v1/x",
    "https://conversations.evil.twilio.community/v1/x",
    "https://api.twilio.com/v1/x",
  ])("refuses a link to %s, naming both origins", (link) => {
    expect(() => pageUrl(BASE, link)).toThrow(
      `refusing to follow page link ${JSON.stringify(link)}: it is not on ${new URL(BASE).origin} or Twilio's API, so the credentials stay there`,
    );
  });

  it("refuses a link that is not a URL", () => {
    expect(() => pageUrl(BASE, "http://[")).toThrow(
      'refusing to follow page link "http://[": it is not a URL, so the credentials stay there',
    );
  });

  it("a page says what it is as JSON; the first has no previous page", async () => {
    const { messages } = fakeApi(2, 2);
    const first = await messages.page({ pageSize: 2 });
    expect(await first.previousPage()).toBeUndefined();
    const json = JSON.parse(JSON.stringify(first));
    expect(Object.keys(json)).toEqual([
      "pageNumber",
      "pageSize",
      "url",
      "nextPageUrl",
      "previousPageUrl",
      "instances",
    ]);
    expect(json).toMatchObject({
      pageNumber: 0,
      pageSize: 2,
      url: `${TWILIO}${LIST_PATH}?PageSize=2&Page=0`,
      nextPageUrl: `${TWILIO}${LIST_PATH}?PageSize=2&Page=1&PageToken=PT1`,
      previousPageUrl: null,
    });
  });

  it("list() is fetched once however often it is awaited, and has catch() and finally()", async () => {
    const { messages, requests } = fakeApi(2, 2);
    const listed = messages.list();
    const [a, b] = await Promise.all([listed, listed]);
    expect(a).toBe(b);
    expect(requests).toHaveLength(2);
    let finished = false;
    expect(await listed.finally(() => (finished = true))).toHaveLength(4);
    expect(finished).toBe(true);
    const failing = fakeApi(3, 2, (p) => `https://evil.example${LIST_PATH}?Page=${p}`).messages.list();
    expect(await failing.catch((e: unknown) => (e as Error).name)).toBe("InvalidResponseError");
  });
});
