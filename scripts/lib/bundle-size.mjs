// The size of an app that creates one message (the seed's create example, its import line pointed
// at `pkg`), bundled by esbuild as an ESM app, minified, then gzipped at level 9. Used by
// `npm run bench` and by the bundle budget test.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SNIPPET = fileURLToPath(new URL("../../../shared/seed/snippets/create.js", import.meta.url));

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
  const line = from === "import" ? `import twilio from "${pkg}";` : `const twilio = require("${pkg}");`;
  const app = readFileSync(SNIPPET, "utf8").replace(/^const twilio = require\("twilio"\);.*$/m, line);
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
