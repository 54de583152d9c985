// The facade's own parts, each at the unit: twilio-node's names, the guard at its edges, and the
// mapping of a call's camelCase options onto the spec's wire names.
import { describe, expect, it } from "vitest";
import { RestException, UnsupportedError, ValidationError } from "../../src/core/errors.js";
import { routeFor } from "../../src/core/operations.js";
import type { Answer, Pipeline } from "../../src/core/pipeline.js";
import type { WireRequest } from "../../src/core/validate.js";
import { bodyOf, callOperation } from "../../src/facade/call.js";
import { guarded, SCOPE, unsupported } from "../../src/facade/guard.js";
import { facadeName, MESSAGES, segmentOf } from "../../src/facade/names.js";

describe("twilio-node's names", () => {
  it("renames what twilio-node renames, and capitalizes resources into path segments", () => {
    expect(facadeName("Page")).toBe("pageNumber");
    expect(facadeName("PageSize")).toBe("pageSize");
    expect(segmentOf("conversations")).toBe("Conversations");
    expect(segmentOf("services")).toBe("Services");
  });
});

describe("the guard", () => {
  class Thing {
    #secret = 42;
    own = () => "own";
    secret() {
      return this.#secret;
    }
  }

  it("lets through what the object has, and what tools probe, even on a bare object", () => {
    const bare = guarded(Object.create(null) as Record<string, unknown>, "client.x");
    for (const probe of [
      "then",
      "toJSON",
      "toString",
      "valueOf",
      "inspect",
      "constructor",
      "asymmetricMatch",
      "nodeType",
      "$$typeof",
      "_private",
    ]) {
      expect(() => bare[probe], probe).not.toThrow();
      expect(bare[probe]).toBeUndefined();
    }
    expect(bare[Symbol.iterator as never]).toBeUndefined();
  });

  it("runs a class's methods on the object itself, and leaves own functions as they are", () => {
    const thing = new Thing();
    const g = guarded(thing, "client.thing");
    expect(g.secret()).toBe(42);
    expect(g.own).toBe(thing.own);
    expect(g.constructor).toBe(Thing);
  });

  it("says what is not there, and what the package covers", () => {
    const g = guarded({}, "client.conversations.v1") as Record<string, unknown>;
    expect(() => g.users).toThrow(UnsupportedError);
    expect(() => g.users).toThrow(`client.conversations.v1.users is not available: ${SCOPE}.`);
    expect(() => unsupported("client.x.create")).toThrow(`client.x.create is not available: ${SCOPE}.`);
  });
});

describe("a call's options", () => {
  const fetch = routeFor(MESSAGES, "default", "fetch");
  const list = routeFor(MESSAGES, "default", "list");
  const pathOf = (route: typeof fetch) =>
    Object.fromEntries(route.operation.parameters.filter((p) => p.in === "path").map((p) => [p.name, "x"]));
  function pipeline(status = 200) {
    const sent: WireRequest[] = [];
    const fake = {
      async send(_route: unknown, wire: WireRequest) {
        sent.push(wire);
        return {
          data: { ok: true },
          error: { message: "nope", code: 20404 },
          response: new Response(null, { status }),
        };
      },
    } as unknown as Pipeline;
    return { fake, sent };
  }

  it("must be an object", async () => {
    const { fake, sent } = pipeline();
    for (const options of [5, null, "x"]) {
      await expect(
        callOperation(fake, fetch, { path: pathOf(fetch), options: options as never }),
      ).rejects.toThrow(
        `${fetch.operationId}: options must be an object (got ${JSON.stringify(options)}); nothing was sent`,
      );
    }
    expect(sent).toEqual([]);
  });

  it("names what the call takes when an option is unknown, or none", async () => {
    const { fake } = pipeline();
    const none = callOperation(fake, fetch, { path: pathOf(fetch), options: { bogus: 1 } });
    await expect(none).rejects.toThrow(ValidationError);
    await expect(callOperation(fake, fetch, { path: pathOf(fetch), options: { bogus: 1 } })).rejects.toThrow(
      `${fetch.operationId}: bogus is not an option of this call, which takes none (got 1); nothing was sent`,
    );
    await expect(
      callOperation(fake, fetch, { path: pathOf(fetch), options: { bogus: 1 }, local: ["limit"] }),
    ).rejects.toThrow("which takes limit (got 1)");
  });

  it("sends each option under its wire name, and leaves out undefined ones and the facade's own", async () => {
    const { fake, sent } = pipeline();
    const order = list.operation.parameters.find((p) => p.in === "query" && "enum" in p.schema) as {
      name: string;
    };
    const value = await callOperation(fake, list, {
      path: pathOf(list),
      options: { [facadeName(order.name)]: "desc", pageSize: undefined, limit: 5 },
      local: ["limit"],
    });
    expect(value).toEqual({ ok: true });
    expect(sent).toEqual([
      { path: pathOf(list), query: { [order.name]: "desc" }, header: {}, body: undefined },
    ]);
  });

  it("turns an error status into a RestException from Twilio's body", () => {
    const answer = {
      data: undefined,
      error: { message: "nope", code: 20404 },
      response: new Response(null, { status: 404 }),
    };
    expect(() => bodyOf(answer as Answer)).toThrow(RestException);
    expect(() => bodyOf(answer as Answer)).toThrow("nope");
  });
});
