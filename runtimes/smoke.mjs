// The smoke run for Node, Bun and Deno: `<runtime> runtimes/smoke.mjs <mock URL>`. Prints one JSON
// line: the runtime's name and version, and the checks that passed (or the error).
import * as pkg from "../dist/index.js";
import { smoke } from "./smoke-core.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const runtime = globalThis.Deno
  ? `deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `bun ${globalThis.Bun.version}`
    : `node ${process.version}`;
try {
  console.log(JSON.stringify({ runtime, passed: await smoke(pkg, args[0]) }));
} catch (error) {
  console.log(JSON.stringify({ runtime, error: `${error?.name}: ${error?.message}` }));
}
