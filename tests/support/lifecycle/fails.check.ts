import { writeFileSync } from "node:fs";
import { expect, inject, it } from "vitest";

it("records the mock's URL, then fails on purpose", () => {
  writeFileSync(process.env.LIFECYCLE_OUT as string, inject("prismUrl"));
  expect("this check").toBe("failing on purpose");
});
