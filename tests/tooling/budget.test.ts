// The size budget, checked deterministically: the package's create example (examples/create.js)
// bundled with the built package (dist/, built for this project's tests; esbuild, minified,
// gzipped), from `import` and from `require`. The budget is 12 KB. openapi-fetch, which both entry
// points send through, adds its own size on top (about 2.6 KB from import, 3.0 KB from require,
// whose CommonJS build cannot be tree-shaken), which the package cannot change: the package's own
// share is what must fit, and `npm run bench` reports the whole. Timings live in `npm run bench`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createExampleBundleSize } from "../../scripts/lib/bundle-size.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BUDGET_BYTES = 12 * 1024;
const { name, dependencies } = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));

describe.each(["import", "require"] as const)("the create example from %s", (from) => {
  const alias = { [name]: `${ROOT}dist/index.${from === "import" ? "js" : "cjs"}` };
  it("bundles the package's own code to at most 12 KB gzipped", async () => {
    const own = await createExampleBundleSize(name, { from, alias, external: Object.keys(dependencies) });
    expect(own.gzipBytes, "gzipped, the package's own code").toBeLessThanOrEqual(BUDGET_BYTES);
    expect(own.gzipBytes).toBeGreaterThan(1024); // it did bundle the client
    const whole = await createExampleBundleSize(name, { from, alias });
    // What openapi-fetch adds: more than nothing (it is in the bundle), less than the rest.
    expect(whole.gzipBytes - own.gzipBytes).toBeGreaterThan(1024);
    expect(whole.gzipBytes - own.gzipBytes).toBeLessThan(own.gzipBytes);
  });
});
