// The size of an app that creates one message (the package's create example, examples/create.js,
// its import line pointed at `pkg`), bundled by esbuild, minified, then gzipped at level 9. Used by
// `npm run bench` and by the bundle budget test.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { exampleSource, withImportOf } from "./examples.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * @param {string} pkg the package name the app imports
 * @param {{ alias?: Record<string, string>, platform?: "neutral" | "node", from?: "import" | "require", external?: string[] }} options
 *   from: "import" bundles the example with its import line as an ES module (the package's ESM
 *   build, tree-shaken); "require" keeps it CommonJS (the package's CJS build, whole);
 *   external: packages left out of the bundle (to measure the package's own share)
 * @returns {Promise<{ minBytes: number, gzipBytes: number }>}
 */
export async function createExampleBundleSize(
  pkg,
  { alias, platform = "neutral", from = "import", external } = {},
) {
  const app = withImportOf(exampleSource("create"), pkg, from);
  const result = await build({
    stdin: {
      contents: app,
      resolveDir: ROOT,
      sourcefile: from === "import" ? "app.mjs" : "app.cjs",
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: from === "import" ? "esm" : "cjs",
    platform,
    mainFields: from === "import" ? ["module", "main"] : ["main"],
    conditions: from === "import" ? ["import"] : ["require"],
    alias,
    external,
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}
