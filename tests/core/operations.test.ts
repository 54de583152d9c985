// The operation index and what it does with paths and queries, on the spec's own operation table
// and on tables shuffled or extended the way a spec change could.
import { describe, expect, it } from "vitest";
import { UnsupportedError, ValidationError } from "../../src/core/errors.js";
import {
  actionOf,
  allRoutes,
  findRoute,
  indexOperations,
  itemParameter,
  type Operation,
  parameterAfter,
  parentOf,
  pathParametersOf,
  placeOf,
  queryOf,
  resources,
  routeAt,
  routeFor,
  routeOf,
  routeOfRequest,
  typedValue,
  unroutedOperations,
  urlFor,
} from "../../src/core/operations.js";
import { operations } from "../../src/generated/operations.js";

const byKey = (
  routes: readonly { resource: string; family: string; action: string; operationId: string }[],
) => Object.fromEntries(routes.map((r) => [`${r.resource} ${r.family} ${r.action}`, r.operationId]));
const MESSAGES = "Conversations/Messages";
const route = (family: "default" | "service", action: Parameters<typeof routeFor>[2]) =>
  routeFor(MESSAGES, family, action);

/** A table's entries in a shuffled order, the same for every run (a seeded generator). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("the operation index", () => {
  it("classifies by HTTP's meaning: POST/GET on the collection, GET/POST/DELETE on an item", () => {
    expect(
      [
        ["POST", "/a"],
        ["post", "/a/{Sid}"],
        ["GET", "/a"],
        ["get", "/a/{Sid}"],
        ["DELETE", "/a/{Sid}"],
        ["DELETE", "/a"],
        ["PUT", "/a/{Sid}"],
      ].map(([method, path]) => actionOf(method as string, path as string)),
    ).toEqual(["create", "update", "list", "fetch", "delete", undefined, undefined]);
  });

  it("names the resource by the path's literal segments, and the family by the service in it", () => {
    expect(placeOf("/v1/Conversations/{ConversationSid}/Messages")).toEqual({
      resource: "Conversations/Messages",
      family: "default",
    });
    expect(placeOf("/v1/Services/{ChatServiceSid}/Conversations/{C}/Messages/{M}/Receipts/{Sid}")).toEqual({
      resource: "Conversations/Messages/Receipts",
      family: "service",
    });
    expect(placeOf("/v1/Services")).toEqual({ resource: "Services", family: "default" });
    expect(placeOf("/v1/Services/{Sid}")).toEqual({ resource: "Services", family: "default" });
    expect(placeOf("/Things/{A}/Parts")).toEqual({ resource: "Things/Parts", family: "default" });
  });

  it("routes every operation of the spec by resource, action and family, none left over", () => {
    expect(unroutedOperations).toEqual([]);
    expect(allRoutes).toHaveLength(Object.keys(operations).length);
    expect(resources).toEqual(["Conversations/Messages", "Conversations/Messages/Receipts"]);
    for (const r of allRoutes) {
      expect(routeOf(r.operationId)).toBe(r);
      expect(routeFor(r.resource, r.family, r.action)).toBe(r);
      expect(findRoute(r.resource, r.family, r.action)).toBe(r);
      expect(routeAt(r.operation.method.toLowerCase(), r.operation.path)).toBe(r);
      expect(placeOf(r.operation.path)).toEqual({ resource: r.resource, family: r.family });
    }
    expect(routeAt("PUT", route("default", "fetch").operation.path)).toBeUndefined();
    expect(findRoute("Conversations/Messages/Receipts", "default", "create")).toBeUndefined();
    expect(parentOf("Conversations/Messages/Receipts")).toBe("Conversations/Messages");
    expect(parentOf("Conversations/Messages")).toBeUndefined();
    expect(itemParameter("Conversations/Messages", "service")).toBe("Sid");
    expect(itemParameter("Nothing", "service")).toBeUndefined();
  });

  it("routes the same whatever the order of the table: reversed, shuffled, with a third resource", () => {
    const entries = Object.entries(operations) as [string, Operation][];
    const participants: [string, Operation][] = [
      [
        "ListParticipant",
        { ...route("default", "list").operation, path: "/v1/Conversations/{ConversationSid}/Participants" },
      ],
      [
        "FetchServiceParticipant",
        {
          ...route("service", "fetch").operation,
          path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}",
        },
      ],
      [
        "CreateServiceParticipant",
        {
          ...route("service", "create").operation,
          path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants",
        },
      ],
    ];
    const expected = {
      ...byKey(allRoutes),
      "Conversations/Participants default list": "ListParticipant",
      "Conversations/Participants service fetch": "FetchServiceParticipant",
      "Conversations/Participants service create": "CreateServiceParticipant",
    };
    const orders = [
      [...entries].reverse(),
      ...[1, 2, 3].map((seed) => shuffled(entries, seed)),
      shuffled([...entries, ...participants], 4),
      [...participants, ...entries].reverse(),
    ];
    for (const order of orders) {
      const { routes, unrouted } = indexOperations(Object.fromEntries(order));
      expect(unrouted).toEqual([]);
      const withParticipants = order.length > entries.length;
      expect(byKey(routes)).toEqual(withParticipants ? expected : byKey(allRoutes));
      // One order out, whatever the order in: parents first, then family, then action.
      if (!withParticipants)
        expect(routes.map((r) => r.operationId)).toEqual(allRoutes.map((r) => r.operationId));
    }
  });

  it("leaves unrouted what fits no slot: another method, or two operations for one slot", () => {
    const fetch = route("service", "fetch").operation;
    const extra = {
      ...operations,
      PutMessage: { ...fetch, method: "PUT" },
      FetchTwin: { ...fetch },
    } as unknown as Record<string, Operation>;
    const { routes, unrouted } = indexOperations(extra);
    expect(unrouted).toEqual(["FetchServiceConversationMessage", "FetchTwin", "PutMessage"]);
    const { [`${MESSAGES} service fetch`]: _, ...others } = byKey(allRoutes);
    expect(byKey(routes)).toEqual(others);
  });

  it("says which operation the spec lacks", () => {
    expect(() => routeFor(MESSAGES, "service", "archive" as never)).toThrow(UnsupportedError);
    expect(() => routeFor(MESSAGES, "service", "archive" as never)).toThrow(
      "the spec has no archive operation on Conversations/Messages for the service family",
    );
  });

  it("finds a request's route and path parameters, or says whether the path is known", () => {
    const fetch = route("service", "fetch");
    const path = "/v1/Services/IS1/Conversations/my%20chat/Messages/IM1";
    expect(routeOfRequest("get", path)).toEqual({
      found: { route: fetch, path: { ChatServiceSid: "IS1", ConversationSid: "my chat", Sid: "IM1" } },
      pathKnown: true,
    });
    expect(routeOfRequest("PUT", path)).toEqual({ pathKnown: true });
    expect(routeOfRequest("GET", `${path}/Nope`)).toEqual({ pathKnown: false });
    expect(routeOfRequest("GET", "/v1/Services/IS1/Conversations//Messages/IM1")).toEqual({
      pathKnown: false,
    });
    expect(routeOfRequest("GET", `${path}/Receipts`).found?.route.resource).toBe(
      "Conversations/Messages/Receipts",
    );
  });
});

describe("paths", () => {
  const fetch = route("default", "fetch").operation;
  const [conversation, sid] = [...fetch.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) as [string, string];

  it("percent-encodes each parameter, so no value changes the path", () => {
    expect(urlFor("http://h", fetch, { [conversation]: "a/b?c#d", [sid]: "%2e" })).toBe(
      `http://h${fetch.path.replace(`{${conversation}}`, "a%2Fb%3Fc%23d").replace(`{${sid}}`, "%252e")}`,
    );
  });

  it("refuses a missing parameter, and a dot segment anywhere, naming them", () => {
    const missing = (() => {
      try {
        urlFor("http://h", fetch, { [conversation]: "CH1" });
      } catch (error) {
        return error as ValidationError;
      }
    })();
    expect(missing).toBeInstanceOf(ValidationError);
    expect(missing).toMatchObject({ field: sid, rule: "required" });
    expect(missing?.message).toContain(`${fetch.path}: ${sid} is required; nothing was sent`);
    for (const params of [
      { [conversation]: ".", [sid]: "IM1" },
      { [conversation]: "..", [sid]: "IM1" },
      { [conversation]: "CH1", [sid]: "." },
      { [conversation]: "CH1", [sid]: ".." },
    ]) {
      expect(() => urlFor("http://h", fetch, params)).toThrow(/would not be sent as built; nothing was sent/);
    }
    expect(urlFor("http://h", fetch, { [conversation]: "..x", [sid]: ".x." })).toContain("/..x/");
  });

  it("reads a URL's path parameters back, decoded, or nothing when the path is another", () => {
    const path = fetch.path.replace(`{${conversation}}`, "my%20chat").replace(`{${sid}}`, "IM1");
    expect(pathParametersOf(fetch, path)).toEqual({ [conversation]: "my chat", [sid]: "IM1" });
    expect(pathParametersOf(fetch, `${path}/more`)).toBeUndefined();
    expect(pathParametersOf(fetch, path.replace("my%20chat", "%E0%A4%A"))).toBeUndefined();
    const dotted = { ...fetch, path: "/v1/a.b/{X}" } as unknown as Operation;
    expect(pathParametersOf(dotted, "/v1/a.b/1")).toEqual({ X: "1" });
    expect(pathParametersOf(dotted, "/v1/aXb/1")).toBeUndefined();
  });

  it("finds the parameter that follows a segment, or none", () => {
    expect(parameterAfter("/v1/Things/{ThingSid}/Parts/{Sid}", "Things")).toBe("ThingSid");
    expect(parameterAfter("/v1/Things/{ThingSid}/Parts/{Sid}", "Parts")).toBe("Sid");
    expect(parameterAfter("/v1/Things/{ThingSid}", "Parts")).toBeUndefined();
  });
});

describe("query values", () => {
  it("types a value by its schema: whole numbers for an integer, text otherwise", () => {
    expect(["20", "-3", "20x", "x20", "1.5"].map((v) => typedValue(v, { type: "integer" }))).toEqual([
      20,
      -3,
      "20x",
      "x20",
      "1.5",
    ]);
    expect(typedValue("20", { type: "string" })).toBe("20");
    expect(typedValue("20", {})).toBe("20");
  });

  it("reads a page link's query as the list operation types it; unknown names stay text", () => {
    const list = route("default", "list").operation;
    const names = list.parameters.filter((p) => p.in === "query").map((p) => p.name);
    const integer = list.parameters.find((p) => p.in === "query" && p.schema.type === "integer")
      ?.name as string;
    const text = names.find((n) => n !== integer) as string;
    const search = new URLSearchParams([
      [integer, "20"],
      [text, "20"],
      ["Unknown", "5"],
    ]);
    expect(queryOf(list, search)).toEqual({ [integer]: 20, [text]: "20", Unknown: "5" });
  });
});
