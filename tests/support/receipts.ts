// A server with delivery receipts whose truth is known, for the verifier's receipt tests: the
// emulator, with one message already held in each family whose receipts are the spec's own list
// example and whose `delivery` is the spec's own example summary of them (total 2: one read, one
// sent). Other messages have no receipts. Each hook changes one thing, to make a defect.
import type { Emulator } from "../../src/emulator/index.js";
import { CONVERSATION_SID, SERVICE_SID, spec } from "./fixtures";
import type { Json } from "./spec";
import { answerJson, emulatorWithCredentials, FIXED_NOW, request, twilioError } from "./verifier";

export interface ReceiptDefects {
  /** Each receipt as answered. */
  receipt?: (receipt: Json) => Json;
  /** The held message's `delivery` as answered. */
  delivery?: (delivery: Json) => Json;
  /** Each page of receipts as answered, with the page size and number asked, and a page's URL. */
  page?: (page: Json, asked: { size: number; page: number; at: (page: number) => string }) => Json;
  /** No message held: only the run's own, which have no receipts. */
  empty?: boolean;
}

const RECEIPTS = /\/Messages\/(IM[0-9a-f]{32})\/Receipts(?:\/([^/]+))?$/;
const MESSAGE = /\/Messages\/(IM[0-9a-f]{32})$/;
const MESSAGE_TAIL = /\/IM[0-9a-f]{32}$/;

/** The fixture: its fetch, its emulator, and the held message of each family. */
export function receiptServer(defects: ReceiptDefects = {}): {
  fetch: typeof fetch;
  emulator: Emulator;
  held: string[];
} {
  const emulator = emulatorWithCredentials({ now: FIXED_NOW });
  const held = defects.empty
    ? []
    : [
        emulator.seed(CONVERSATION_SID, [{ body: "held, with receipts" }])[0]?.sid as string,
        emulator.seed(CONVERSATION_SID, [{ body: "held, with receipts" }], { service: SERVICE_SID })[0]
          ?.sid as string,
      ];
  const example = (name: string): Json => spec.components.examples[name].value;
  const summary = example("FetchedMessage").delivery as Json;
  const receiptsOf = (sid: string, url: URL): Json[] => {
    if (!held.includes(sid)) return [];
    const list = example(url.pathname.startsWith("/v1/Services") ? "ServiceReceiptList" : "ReceiptList");
    return (list.delivery_receipts as Json[]).map((r) => ({
      ...r,
      message_sid: sid,
      url: `${url.origin}${url.pathname.replace(/\/Receipts.*$/, "")}/Receipts/${r.sid}`,
    }));
  };
  const fetchImpl: typeof fetch = async (input, init) => {
    const { method, url } = request(input, init);
    const receipts = RECEIPTS.exec(url.pathname);
    if (method !== "GET" || !receipts) {
      const response = await emulator.fetch(input, init);
      if (response.status !== 200) return response;
      return answerJson(response, (body) => withDelivery(body));
    }
    const [, messageSid, receiptSid] = receipts as unknown as [string, string, string | undefined];
    // Receipts of a message the emulator does not hold: its own 404 for that message.
    const parent = new URL(url.pathname.replace(/\/Receipts.*$/, ""), url.origin);
    const found = await emulator.fetch(parent, { headers: init?.headers ?? {} });
    if (found.status !== 200) return found;
    const all = receiptsOf(messageSid, url).map((r) => defects.receipt?.(r) ?? r);
    if (receiptSid !== undefined) {
      const one = all.find((r) => r.sid === receiptSid);
      return one ? Response.json(one) : twilioError(404, "no such receipt");
    }
    // The paging parameters are the messages list's own: its answer to them is the one to give.
    const checked = await emulator.fetch(`${parent.href.replace(MESSAGE_TAIL, "")}${url.search}`, {
      headers: init?.headers ?? {},
    });
    if (checked.status !== 200) return checked;
    const size = Number(url.searchParams.get("PageSize") ?? 50);
    const page = Number(url.searchParams.get("Page") ?? 0);
    const base = `${url.origin}${url.pathname}`;
    const at = (n: number) => `${base}?PageSize=${size}&Page=${n}`;
    const items = all.slice(page * size, page * size + size);
    const body: Json = {
      meta: {
        page,
        page_size: size,
        first_page_url: at(0),
        previous_page_url: page > 0 ? at(page - 1) : null,
        url: at(page),
        next_page_url: (page + 1) * size < all.length ? at(page + 1) : null,
        key: "delivery_receipts",
      },
      delivery_receipts: items,
    };
    return Response.json(defects.page?.(body, { size, page, at }) ?? body);
  };
  /** A message answer (or page of them) with the held message's summary. */
  const withDelivery = (body: Json): Json => {
    const one = (m: Json) =>
      held.includes(m.sid as string) ? { ...m, delivery: defects.delivery?.(summary) ?? summary } : m;
    if (Array.isArray(body.messages)) return { ...body, messages: (body.messages as Json[]).map(one) };
    return MESSAGE.test(String(body.url ?? "")) ? one(body) : body;
  };
  return { fetch: fetchImpl, emulator, held };
}
