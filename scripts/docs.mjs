#!/usr/bin/env node
// `npm run docs`: docs/ (not committed) with an HTML reference of the spec (Redocly, scripts
// inlined so it works offline: docs/api.html) and of the package's API (TypeDoc: docs/reference/).
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DOCS = join(ROOT, "docs");
const require = createRequire(import.meta.url);
const binOf = (pkg, file) => join(dirname(require.resolve(`${pkg}/package.json`)), file);
const run = (script, args) =>
  execFileSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });

await rm(DOCS, { recursive: true, force: true });
await mkdir(DOCS, { recursive: true });
run(binOf("@redocly/cli", "bin/cli.js"), [
  "build-docs",
  "openapi/messages.yaml",
  "--inlineBundle",
  "--output",
  "docs/api.html",
]);
run(binOf("typedoc", "bin/typedoc"), []);
await writeFile(
  join(DOCS, "index.html"),
  `<!doctype html><meta charset="utf-8"><title>conversations-message docs</title>
<h1>conversations-message</h1>
<ul>
  <li><a href="api.html">The Message API</a>: openapi/messages.yaml, rendered by Redocly</li>
  <li><a href="reference/index.html">The package</a>: its exports, by TypeDoc</li>
</ul>
`,
);
console.log("docs: docs/index.html, docs/api.html, docs/reference/");
