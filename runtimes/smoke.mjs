// The smoke run for Node, Bun and Deno: `<runtime> runtimes/smoke.mjs <target JSON>` (the mock's
// URL and the spec's example account and conversation, from scripts/test-runtimes.mjs). Runs it twice,
// on the package as `import` gives it (dist/index.js) and as `require()` gives it (dist/index.cjs),
// each time against the mock and against the emulator (dist/emulator.js, dist/emulator.cjs).
// Prints one JSON line: the runtime's name and version, and the checks that passed (or the error).
import { createRequire } from "node:module";
import * as importedEmulator from "../dist/emulator.js";
import * as imported from "../dist/index.js";
import { smoke, smokeEmulator } from "./smoke-core.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const target = JSON.parse(args[0]);
const runtime = globalThis.Deno
  ? `deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `bun ${globalThis.Bun.version}`
    : `node ${process.version}`;
try {
  const viaImport = [
    ...(await smoke(imported, target)),
    ...(await smokeEmulator(imported, importedEmulator, target)),
  ];
  const require = createRequire(import.meta.url);
  const required = require("../dist/index.cjs");
  const viaRequire = [
    ...(await smoke(required, target)),
    ...(await smokeEmulator(required, require("../dist/emulator.cjs"), target)),
  ];
  console.log(
    JSON.stringify({
      runtime,
      passed: [...viaImport.map((c) => `import: ${c}`), ...viaRequire.map((c) => `require: ${c}`)],
    }),
  );
} catch (error) {
  console.log(JSON.stringify({ runtime, error: `${error?.name}: ${error?.message}` }));
}
