// The operation index and what it does with paths and queries, on the spec's own operation table
// and on tables shuffled or extended the way a spec change could.
import { describe, expect, it } from "vitest";
import { UnsupportedError, ValidationError } from "../../src/core/errors.js";
import {
  actionOf,
  allRoutes,
  indexOperations,
  type Operation,
  parameterAfter,
  pathParametersOf,
  queryOf,
  routeAt,
  routeFor,
  routeOf,
  typedValue,
  unroutedOperations,
  urlFor,
} from "../../src/core/operations.js";
import { operations } from "../../src/generated/operations.js";

const byKey = (routes: readonly { family: string; action: string; operationId: string }[]) =>
  Object.fromEntries(routes.map((r) => [`${r.family} ${r.action}`, r.operationId]));
const route = (family: "default" | "service", action: Parameters<typeof routeFor>[1]) =>
  routeFor(family, action);

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

  it("routes every operation of the spec: five actions in two families, none left over", () => {
    expect(allRoutes).toHaveLength(10);
    expect(unroutedOperations).toEqual([]);
    for (const r of allRoutes) expect(routeOf(r.operationId)).toBe(r);
    for (const r of allRoutes) expect(routeAt(r.operation.method.toLowerCase(), r.operation.path)).toBe(r);
    expect(routeAt("PUT", route("default", "fetch").operation.path)).toBeUndefined();
  });

  it("gives the family by path parameters, whatever the order of the table", () => {
    const reversed = Object.fromEntries(Object.entries(operations).reverse());
    expect(byKey(indexOperations(reversed).routes)).toEqual(byKey(allRoutes));
    for (const r of allRoutes) {
      const others = allRoutes.filter((o) => o.action === r.action && o !== r);
      const count = (o: typeof r) => o.operation.path.split("{").length;
      if (r.family === "default") for (const o of others) expect(count(o)).toBeGreaterThan(count(r));
    }
  });

  it("leaves unrouted what fits no slot: another method, or a third operation doing the same", () => {
    const fetch = route("service", "fetch").operation;
    const extra = {
      ...operations,
      PutMessage: { ...fetch, method: "PUT" },
      FetchDeeper: { ...fetch, path: `/v1/Deeper/{A}${fetch.path}` },
    } as unknown as Record<string, Operation>;
    const { routes, unrouted } = indexOperations(extra);
    expect(unrouted.sort()).toEqual(["FetchDeeper", "PutMessage"]);
    expect(byKey(routes)).toEqual(byKey(allRoutes));
  });

  it("says which operation the spec lacks", () => {
    expect(() => routeFor("service", "archive" as never)).toThrow(UnsupportedError);
    expect(() => routeFor("service", "archive" as never)).toThrow(
      "the spec has no archive operation for the service family",
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
