// The size budget, checked deterministically: the seed's create example bundled with the built
// package (esbuild, minified, gzipped) must stay within 10 KB. Timings live in `npm run bench`.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SNIPPET = fileURLToPath(new URL("../../shared/seed/snippets/create.js", import.meta.url));
const BUDGET_BYTES = 10 * 1024;

it("the create example bundles to at most 10 KB gzipped", async () => {
  // Built the way scripts/build.mjs builds dist/index.js, into a folder of its own.
  const dir = await mkdtemp(join(tmpdir(), "budget-"));
  try {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
    await build({
      entryPoints: [join(ROOT, "src/index.ts")],
      bundle: true,
      platform: "neutral",
      target: "es2022",
      format: "esm",
      external: Object.keys(pkg.dependencies),
      outfile: join(dir, "index.js"),
      logLevel: "error",
    });
    const app = (await readFile(SNIPPET, "utf8")).replace(
      /^const twilio = require\("twilio"\);.*$/m,
      `import twilio from "${pkg.name}";`,
    );
    const result = await build({
      stdin: { contents: app, resolveDir: ROOT, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      alias: { [pkg.name]: join(dir, "index.js") },
      nodePaths: [join(ROOT, "node_modules")],
      write: false,
      logLevel: "error",
    });
    const gzipped = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
    expect(gzipped, `gzipped bundle of the create example, bytes`).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(gzipped).toBeGreaterThan(1024); // it did bundle the client
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
