import { describe, expect, it } from "vitest";
import { lintWithRedocly, validateStructure } from "../../scripts/lint-spec.mjs";

describe("openapi/messages.yaml", () => {
  it("is valid OpenAPI 3.1 by swagger-parser", async () => {
    expect(await validateStructure()).toEqual([]);
  });

  it("passes the committed Redocly ruleset with no error and no warning", async () => {
    expect(await lintWithRedocly()).toEqual([]);
  });
});
