// The size budget, checked deterministically: the seed's create example bundled with the built
// package (dist/, built by the global setup; esbuild, minified, gzipped) must stay within 12 KB,
// the budget the project set once answers were checked against the spec's required fields and
// byte limits (it was 10 KB before). Timings live in `npm run bench`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { createExampleBundleSize } from "../scripts/lib/bundle-size.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUDGET_BYTES = 12 * 1024;

it("the create example bundles to at most 12 KB gzipped", async () => {
  const { name } = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
  const { gzipBytes } = await createExampleBundleSize(name, { alias: { [name]: `${ROOT}dist/index.js` } });
  expect(gzipBytes, "gzipped bundle of the create example, bytes").toBeLessThanOrEqual(BUDGET_BYTES);
  expect(gzipBytes).toBeGreaterThan(1024); // it did bundle the client
});
