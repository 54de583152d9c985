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
 * @param {{ alias?: Record<string, string>, platform?: "neutral" | "node" }} options
 * @returns {Promise<{ minBytes: number, gzipBytes: number }>}
 */
export async function createExampleBundleSize(pkg, { alias, platform = "neutral" } = {}) {
  const app = readFileSync(SNIPPET, "utf8").replace(
    /^const twilio = require\("twilio"\);.*$/m,
    `import twilio from "${pkg}";`,
  );
  const result = await build({
    stdin: { contents: app, resolveDir: ROOT, sourcefile: "app.mjs", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    mainFields: ["module", "main"],
    alias,
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}
