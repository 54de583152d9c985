// The emulator at the edges of its own API and of paging: page tokens read on their own, a
// dropped connection as fetch reports one, faults on paths outside the API, what a request is
// recorded as, and the errors its API throws (field and rule, as the client's do).
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator, ValidationError } from "../../src/emulator/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID } from "../support/fixtures";

const ORIGIN = "https://conversations.twilio.com";
const MESSAGES = `${ORIGIN}/v1/Conversations/${CONVERSATION_SID}/Messages`;
const AUTH = { authorization: `Basic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` };

let listening: Emulator | undefined;
afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

/** Five messages, index 0 to 4; their SIDs in index order. */
function five() {
  const emulator = createEmulator();
  const sids = emulator
    .seed(
      CONVERSATION_SID,
      [1, 2, 3, 4, 5].map((n) => ({ body: `m${n}` })),
    )
    .map((m) => m.sid as string);
  const page = async (query: string) => {
    const answer = await (await emulator.fetch(`${MESSAGES}?${query}`, { headers: AUTH })).json();
    return {
      indices: (answer.messages as { index: number }[]).map((m) => m.index),
      meta: answer.meta as Record<string, string | null>,
    };
  };
  return { emulator, sids, page };
}

const param = (link: string | null | undefined, name: string) =>
  link ? new URL(link).searchParams.get(name) : undefined;

describe("page tokens", () => {
  it("PA<sid> starts after that message, PB<sid> ends before it, in either order", async () => {
    const { sids, page } = five();
    expect((await page(`PageSize=2&PageToken=PA${sids[1]}`)).indices).toEqual([2, 3]);
    expect((await page(`PageSize=2&PageToken=PB${sids[3]}`)).indices).toEqual([1, 2]);
    expect((await page(`PageSize=2&PageToken=PB${sids[1]}`)).indices).toEqual([0]);
    expect((await page(`Order=desc&PageSize=2&PageToken=PA${sids[3]}`)).indices).toEqual([2, 1]);
    expect((await page(`Order=desc&PageSize=2&PageToken=PB${sids[1]}`)).indices).toEqual([3, 2]);
  });

  it("a token past either end gives an empty page; one of a deleted message still anchors", async () => {
    const { emulator, sids, page } = five();
    expect((await page(`PageSize=2&PageToken=PA${sids[4]}`)).indices).toEqual([]);
    expect((await page(`PageSize=2&PageToken=PB${sids[0]}`)).indices).toEqual([]);
    await emulator.fetch(`${MESSAGES}/${sids[4]}`, { method: "DELETE", headers: AUTH });
    // Every message left comes before the deleted one: the page ends at the end.
    expect((await page(`PageSize=2&PageToken=PB${sids[4]}`)).indices).toEqual([2, 3]);
    expect((await page(`Order=desc&PageSize=2&PageToken=PA${sids[4]}`)).indices).toEqual([3, 2]);
  });

  it("a token that is not PA or PB, or names no message, is ignored: the page comes from Page", async () => {
    const { sids, page } = five();
    expect((await page(`PageSize=2&Page=1&PageToken=PX${sids[3]}`)).indices).toEqual([2, 3]);
    expect((await page(`PageSize=2&Page=1&PageToken=XPA${sids[3]}`)).indices).toEqual([2, 3]);
    expect((await page(`PageSize=2&PageToken=PAIM${"0".repeat(32)}`)).indices).toEqual([0, 1]);
  });

  it("previous_page_url asks for the page before; next_page_url is null on the last page", async () => {
    const { page } = five();
    const third = await page("PageSize=2&Page=2");
    expect(third.indices).toEqual([4]);
    expect(param(third.meta.previous_page_url, "Page")).toBe("1");
    expect(third.meta.next_page_url).toBeNull();
    const second = await page("PageSize=2&Page=1");
    expect(param(second.meta.previous_page_url, "Page")).toBe("0");
    expect(param(second.meta.next_page_url, "Page")).toBe("2");
    const exact = await page("PageSize=5");
    expect(exact.indices).toEqual([0, 1, 2, 3, 4]);
    expect(exact.meta.next_page_url).toBeNull();
  });
});

describe("faults, connections and what is recorded", () => {
  it("a reset is what fetch gives for a dropped connection: TypeError, its cause other side closed", async () => {
    const emulator = createEmulator();
    emulator.failNext({ reset: true });
    const error = await emulator.fetch(MESSAGES, { headers: AUTH }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("fetch failed");
    expect((error as Error).cause).toMatchObject({ message: "other side closed", code: "UND_ERR_SOCKET" });
  });

  it("a fault for an operation waits out requests to paths outside the API", async () => {
    const emulator = createEmulator();
    emulator.failNext({ status: 503, operation: "create" });
    expect((await emulator.fetch(`${ORIGIN}/v1/Elsewhere`, { headers: AUTH })).status).toBe(404);
    const created = await emulator.fetch(MESSAGES, { method: "POST", headers: AUTH });
    expect(created.status).toBe(503);
  });

  it("a delay over HTTP, where there is no signal, holds the answer and then gives it", async () => {
    listening = createEmulator();
    const url = await listening.listen();
    listening.failNext({ delay: 20 });
    const answer = await fetch(`${url}/v1/Conversations/${CONVERSATION_SID}/Messages`, { headers: AUTH });
    expect(answer.status).toBe(200);
    expect(listening.requests.map((r) => r.status)).toEqual([200]);
  });

  it("a fetch with no init at all is a GET without credentials", async () => {
    const emulator = createEmulator();
    const answer = await emulator.fetch(MESSAGES);
    expect(answer.status).toBe(401);
    expect(emulator.requests[0]).toMatchObject({ method: "GET", action: "list", headers: {} });
  });

  it("a request outside the API is recorded with empty parameters; a list's with no body", async () => {
    const emulator = createEmulator();
    await emulator.fetch(`${ORIGIN}/v1/Elsewhere`, { headers: AUTH });
    await emulator.fetch(`${MESSAGES}?PageSize=3`, {
      headers: { ...AUTH, Sid: "IMx", ConversationSid: "CHx" },
    });
    expect(emulator.requests.map((r) => r.params)).toEqual([
      { path: {}, query: {}, header: {} },
      { path: { ConversationSid: CONVERSATION_SID }, query: { PageSize: 3 }, header: {} },
    ]);
  });

  it("form fields the spec does not name are ignored, as Twilio ignores them", async () => {
    const emulator = createEmulator();
    const answer = await emulator.fetch(MESSAGES, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
      body: "Body=hi&NotAField=1",
    });
    expect(answer.status).toBe(201);
    expect((await answer.json()).body).toBe("hi");
  });

  it("a header that only ends in Basic is not Basic credentials", async () => {
    const emulator = createEmulator();
    const answer = await emulator.fetch(MESSAGES, {
      headers: { authorization: `XBasic ${btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`)}` },
    });
    expect(answer.status).toBe(401);
  });
});

describe("the errors of the emulator's own API name the field and the rule", () => {
  it("seed, failNext and listen", async () => {
    const emulator = createEmulator();
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as ValidationError;
      }
      throw new Error("nothing thrown");
    };
    expect(thrown(() => emulator.seed("room", [{ body: "x" }], { service: "nope" }))).toMatchObject({
      field: "service",
      rule: "pattern",
    });
    expect(thrown(() => emulator.seed("room", [{ bodyy: "x" } as never]))).toMatchObject({
      field: "bodyy",
      rule: "unknown",
    });
    expect(thrown(() => emulator.failNext({} as never))).toMatchObject({ field: "fault", rule: "required" });
    expect(thrown(() => emulator.failNext({} as never))).toBeInstanceOf(ValidationError);
    listening = emulator;
    await emulator.listen();
    const again = await emulator.listen().catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ValidationError);
    expect(again).toMatchObject({
      field: "listen",
      rule: "once",
      message: "listen: the emulator is already listening",
    });
  });
});
