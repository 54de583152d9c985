// The package's examples (examples/*.js: one per call of Twilio's reference page, each a user's
// CommonJS script), and the one change that points an example, or one of twilio-node's snippets,
// at another package or turns it into an ES module: its import line. Used by the examples' tests,
// the bundle budget and `npm run bench`.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

// `const twilio = require("…");`, and the rest of its line (the comment naming the ESM import).
const IMPORT_LINE = /^const twilio = require\("[^"]+"\);.*$/m;

/** The examples' names (create, fetch, …), from examples/*.js. */
export function exampleNames() {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith(".js"))
    .map((file) => file.slice(0, -".js".length))
    .sort();
}

/** The source of examples/`name`.js, as written. */
export function exampleSource(name) {
  return readFileSync(`${EXAMPLES_DIR}${name}.js`, "utf8");
}

/** The import line of a script that imports `pkg`: `require()` in CommonJS, `import` in an ES module. */
export function importLine(pkg, from = "require") {
  return from === "import" ? `import twilio from "${pkg}";` : `const twilio = require("${pkg}");`;
}

/**
 * `source` (an example, or a twilio-node snippet) with its `const twilio = require(…)` line,
 * comment included, replaced by the import line of `pkg` (`from`: "require" or "import").
 */
export function withImportOf(source, pkg, from = "require") {
  if (!IMPORT_LINE.test(source)) throw new Error('no `const twilio = require("…");` line to replace');
  return source.replace(IMPORT_LINE, importLine(pkg, from));
}
