// Every resource the spec has, and every route, has its facade method with twilio-node's name: a
// resource the spec adds without its name in RESOURCE_NAMES (src/facade/names.ts), or an action
// the facade does not serve, fails here. The names agree with the spec's links where it has them.
import { describe, expect, it } from "vitest";
import { camelCase } from "../../src/core/names.js";
import { allRoutes, parentOf, resources, unroutedOperations } from "../../src/core/operations.js";
import { lastSegment, RESOURCE_NAMES } from "../../src/facade/names.js";
import { linkSegments } from "../../src/generated/fields.js";
import twilio from "../../src/index.js";
import { FACADE_METHODS, facadeAt } from "../support/contract";
import { ACCOUNT_SID, AUTH_TOKEN } from "../support/fixtures";

const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { baseUrl: "http://127.0.0.1:9" });

describe("the facade's resources", () => {
  it("leave no operation of the spec unrouted", () => {
    expect(unroutedOperations).toEqual([]);
  });

  it.each(resources.map((r) => [r]))("%s has twilio-node's name", (resource) => {
    expect(
      RESOURCE_NAMES[lastSegment(resource)],
      `add ${lastSegment(resource)} to RESOURCE_NAMES`,
    ).toBeDefined();
  });

  it.each(resources.filter((r) => parentOf(r) !== undefined).map((r) => [r]))(
    "%s is named by its parent's link to it, where the spec has one",
    (resource) => {
      const segment = lastSegment(resource);
      const links = Object.values(linkSegments).flatMap((l) =>
        Object.entries(l as Record<string, string>).filter(([, s]) => s === segment),
      );
      for (const [link] of links) expect(RESOURCE_NAMES[segment]).toBe(camelCase(link));
    },
  );

  it.each(allRoutes.map((r) => [r.operationId, r] as const))("%s has its facade method", (_, route) => {
    const path = Object.fromEntries(
      route.operation.parameters.filter((p) => p.in === "path").map((p) => [p.name, `${p.name}-value`]),
    );
    const target = facadeAt(client, route.operation.path, path);
    expect(
      typeof target[FACADE_METHODS[route.action]],
      `${route.operationId}: ${FACADE_METHODS[route.action]}`,
    ).toBe("function");
  });
});
