#!/usr/bin/env node
// `npm run build`: dist/ with an ESM bundle (index.js), a CommonJS bundle (index.cjs) whose
// module.exports is the twilio() function itself (so `require(pkg)(sid, token)` works as with
// twilio-node), and declarations for both (.d.ts for import, .d.cts for require). The emulator is
// a bundle of its own (emulator.js, emulator.cjs: `pkg/emulator`), so the client's does not grow;
// its command line and the verifier's are Node scripts (emulator-cli.js, verify-cli.js: the bins).
import { execFileSync } from "node:child_process";
import { chmod, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const require = createRequire(import.meta.url);
const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));

await rm(DIST, { recursive: true, force: true });

const common = {
  entryPoints: [join(ROOT, "src/index.ts")],
  bundle: true,
  platform: "neutral",
  target: "es2022",
  // node:http is loaded by the emulator's listen() only, where it exists.
  external: [...Object.keys(pkg.dependencies ?? {}), "node:*"],
  logLevel: "warning",
  legalComments: "none",
};
await build({ ...common, format: "esm", outfile: join(DIST, "index.js") });
// The webhook signature checks, for require: a CommonJS chunk of their own (webhooks.cjs), which
// index.cjs loads on the first call of one of them. A CommonJS bundle cannot be tree-shaken, so in
// index.cjs itself they (and @noble/hashes' whole sha2, legacy and utils modules, which require()
// takes whole) would load with every require(pkg) in Node; an app's bundler still follows the
// literal require() and bundles the chunk. From import, an app that does not use them drops them.
const WEBHOOKS = join(ROOT, "src/webhooks/signature.ts");
await build({ ...common, entryPoints: [WEBHOOKS], format: "cjs", outfile: join(DIST, "webhooks.cjs") });
await build({
  ...common,
  format: "cjs",
  outfile: join(DIST, "index.cjs"),
  plugins: [lazyChunk(WEBHOOKS, "./webhooks.cjs", require(join(DIST, "webhooks.cjs")))],
  // require(pkg) is the twilio() function, carrying every named export (and .default) as well.
  footer: { js: "module.exports = Object.assign(module.exports.default, module.exports);" },
});
const emulator = { ...common, entryPoints: [join(ROOT, "src/emulator/index.ts")] };
await build({ ...emulator, format: "esm", outfile: join(DIST, "emulator.js") });
await build({ ...emulator, format: "cjs", outfile: join(DIST, "emulator.cjs") });
// The two command lines (the package's bins): Node scripts, self-contained.
for (const [entry, out] of [
  ["src/emulator/cli.ts", "emulator-cli.js"],
  ["src/verifier/cli.ts", "verify-cli.js"],
]) {
  await build({
    ...common,
    entryPoints: [join(ROOT, entry)],
    platform: "node",
    format: "esm",
    outfile: join(DIST, out),
    banner: { js: "#!/usr/bin/env node" },
  });
  // Executable as written: npm sets the bit when it links a bin, but a build that runs after the
  // link (prepare, on an install from a folder or from git) writes the file anew.
  await chmod(join(DIST, out), 0o755);
}

execFileSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")],
  {
    stdio: "inherit",
  },
);

// The same declarations as .d.cts for require: CommonJS resolution needs its own file kind.
for (const file of await listFiles(DIST)) {
  if (!file.endsWith(".d.ts")) continue;
  const text = await readFile(file, "utf8");
  await writeFile(
    file.replace(/\.d\.ts$/, ".d.cts"),
    text.replace(/(from\s+["']\.{1,2}\/[^"']+)\.js(["'])/g, "$1.cjs$2"),
  );
}
// require(pkg) is the twilio() function carrying every export. Say so to TypeScript as twilio-node's
// declarations do, with `export =` of a function merged with a namespace of the exports, so that
// `import twilio = require(pkg)` is callable and `twilio.createConversationsClient` is typed.
// (The namespace aliases each export with `import X = pkg.X`, which TypeScript refuses for a name
// re-exported with `export type`: the exports file re-exports every name plainly.)
await rename(join(DIST, "index.d.cts"), join(DIST, "exports.d.cts"));
const reexports = await readFile(join(DIST, "exports.d.cts"), "utf8");
await writeFile(
  join(DIST, "exports.d.cts"),
  reexports.replace(/\bexport type \{/g, "export {").replace(/([{,]\s*)type (?=\w)/g, "$1"),
);
const members = exportNames(join(DIST, "index.d.ts")).filter((name) => name !== "default");
await writeFile(
  join(DIST, "index.d.cts"),
  `import * as pkg from "./exports.cjs";
/** twilio(accountSid, authToken, options): the Message resource with twilio-node's call shape. */
declare function twilio(...args: Parameters<typeof pkg.twilio>): ReturnType<typeof pkg.twilio>;
declare namespace twilio {
${members.map((name) => `  export import ${name} = pkg.${name};`).join("\n")}
}
export = twilio;
`,
);
console.log(`build: dist/ written (${(await listFiles(DIST)).length} files).`);

/**
 * An esbuild plugin: the module `source` (as src/index.ts imports it) becomes functions of the same
 * names and arity that require `chunk` on their first call and hand it theirs. Functions, not
 * getters: the footer's Object.assign would call a getter at once, loading the chunk after all.
 * @param {string} source the module's absolute path
 * @param {string} chunk the chunk's path from index.cjs
 * @param {Record<string, unknown>} built the chunk as built, whose exports are all functions
 */
function lazyChunk(source, chunk, built) {
  const names = Object.keys(built).filter((name) => name !== "__esModule");
  for (const name of names)
    if (typeof built[name] !== "function") throw new Error(`build: ${chunk}'s ${name} is no function`);
  const contents = [
    "let loaded;",
    `const load = () => (loaded ??= require(${JSON.stringify(chunk)}));`,
    ...names.map((name) => {
      const params = Array.from({ length: built[name].length }, (_, i) => `a${i}`).join(", ");
      return `export function ${name}(${params}) { return load().${name}(${params}); }`;
    }),
  ].join("\n");
  return {
    name: "lazy-chunk",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.path === chunk) return { path: chunk, external: true };
        if (args.importer && join(dirname(args.importer), args.path).replace(/\.js$/, ".ts") === source)
          return { path: source, namespace: "lazy-chunk" };
        return undefined;
      });
      b.onLoad({ filter: /.*/, namespace: "lazy-chunk" }, () => ({ contents, loader: "js" }));
    },
  };
}

/** The names a declaration file exports, read by the TypeScript compiler. */
function exportNames(file) {
  const ts = require("typescript");
  const program = ts.createProgram([file], { noEmit: true });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
  return checker.getExportsOfModule(symbol).map((s) => s.getName());
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}
