// The size budget, checked deterministically: the package's create example (examples/create.js)
// bundled with the built package (dist/, built for this project's tests; esbuild, minified,
// gzipped), from `import` and from `require`, the whole bundle, openapi-fetch included. Issue 19's
// budget: at most 0.5 KB above the sizes the issue started from (bench/RESULTS.md: 13.01 KB from
// import, 13.99 KB from require), so that code for resources the example does not call stays out
// of it. Timings live in `npm run bench`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createExampleBundleSize } from "../../scripts/lib/bundle-size.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BUDGET_BYTES = { import: 13.51 * 1024, require: 14.49 * 1024 };
const { name, dependencies } = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));

describe.each(["import", "require"] as const)("the create example from %s", (from) => {
  const alias = { [name]: `${ROOT}dist/index.${from === "import" ? "js" : "cjs"}` };
  it(`bundles to at most ${BUDGET_BYTES[from] / 1024} KB gzipped, openapi-fetch included`, async () => {
    const own = await createExampleBundleSize(name, { from, alias, external: Object.keys(dependencies) });
    expect(own.gzipBytes).toBeGreaterThan(1024); // it did bundle the client
    const whole = await createExampleBundleSize(name, { from, alias });
    expect(whole.gzipBytes, "gzipped, the whole bundle").toBeLessThanOrEqual(BUDGET_BYTES[from]);
    // What openapi-fetch adds: more than nothing (it is in the bundle), less than the rest.
    expect(whole.gzipBytes - own.gzipBytes).toBeGreaterThan(1024);
    expect(whole.gzipBytes - own.gzipBytes).toBeLessThan(own.gzipBytes);
  });
});
