#!/usr/bin/env node
// `npm run bench`: this package side by side with twilio-node (and raw fetch), in one run, on
// loopback. Prints a markdown table and writes it, with the date, Node version and machine, to
// bench/RESULTS.md. Timings are reported, never asserted: tests only check the bundle budget.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { createExampleBundleSize } from "../scripts/lib/bundle-size.mjs";
import { startPrism } from "../scripts/lib/prism.mjs";
import { SPEC_PATH } from "../scripts/lib/spec.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = fileURLToPath(new URL(".", import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 21);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 11);
const EMULATOR_PAIRS = Number(process.env.BENCH_EMULATOR_PAIRS ?? 1000);
const GOAL = {
  bundleKB: 12,
  importMs: 10,
  requestRatio: 1.25,
  streamMB: 30,
  emulatorMs: 1000,
  hugeHeapMB: 16,
};
const HUGE = 1_000_000;
const COST_ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 60);
const COST_RATIO = 2;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const log = (line) => process.stderr.write(`bench: ${line}\n`);

function node(args, options = {}) {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", ...options }).trim();
}

async function startServer() {
  const child = spawn(process.execPath, [`${BENCH}server.mjs`], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = await once(child.stdout, "data");
  return { url: JSON.parse(String(line)).url, stop: () => child.kill("SIGTERM") };
}

async function bundleSize(pkg, options) {
  const { minBytes, gzipBytes } = await createExampleBundleSize(pkg, options);
  return { minKB: minBytes / 1024, gzipKB: gzipBytes / 1024 };
}

/** The create example with this package, from import and from require: whole, and without openapi-fetch. */
async function ourBundles() {
  const { dependencies } = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
  const result = {};
  for (const from of ["import", "require"]) {
    const alias = { "conversations-message": `${ROOT}dist/index.${from === "import" ? "js" : "cjs"}` };
    result[from] = {
      whole: await bundleSize("conversations-message", { from, alias }),
      own: await bundleSize("conversations-message", { from, alias, external: Object.keys(dependencies) }),
    };
  }
  return result;
}

/**
 * Where the bundle's bytes go when the whole misses the budget: the package's own code against
 * what openapi-fetch adds (both entry points send through it; its client is one closure, so from
 * `import` nothing of it is shaken off, and from `require` its CommonJS build comes whole).
 */
function bundleNote(ours) {
  const missed = ["import", "require"].filter((from) => ours[from].whole.gzipKB > GOAL.bundleKB);
  if (missed.length === 0) return "";
  const parts = missed.map((from) => {
    const { whole, own } = ours[from];
    const added = whole.gzipKB - own.gzipKB;
    return `from \`${from}\` the package's own code is ${fmt(own.gzipKB, 2)} KB and openapi-fetch adds ${fmt(added, 2)} KB, so the whole fits ${GOAL.bundleKB} KB only if the package's own code is at most ${fmt(GOAL.bundleKB - added, 2)} KB`;
  });
  return `Where the bundle's bytes go: ${parts.join("; ")}. openapi-fetch is the one path every request takes (both entry points are wrappers on it), and it is neither forked nor vendored; before the facade sent through it, the package's own code from \`import\` was 9.6 KB, already above what is left beside openapi-fetch. The budget test in \`npm test\` (tests/tooling/budget.test.ts) holds the whole bundle to a ceiling, to catch growth.

`;
}

/** Median of `node -e "require(pkg)"` minus median of `node -e 0`, alternating the two. */
function importCost(requireWhat) {
  const time = (args) => {
    const start = process.hrtime.bigint();
    node(args);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const bare = [];
  const loaded = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    bare.push(time(["-e", "0"]));
    loaded.push(time(["-e", `require(${JSON.stringify(requireWhat)})`]));
  }
  return median(loaded) - median(bare);
}

/** A walk of a million messages with `for await` in a heap of 16 MB: it completes, or not. */
async function hugeWalk() {
  const child = spawn(process.execPath, [`${BENCH}server.mjs`], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, BENCH_TOTAL: String(HUGE) },
  });
  const [line] = await once(child.stdout, "data");
  try {
    const out = node(
      [
        `--max-old-space-size=${GOAL.hugeHeapMB}`,
        `${BENCH}workers/stream.mjs`,
        "our facade",
        "for await",
        JSON.parse(String(line)).url,
      ],
      { maxBuffer: 1 << 20 },
    );
    return JSON.parse(out);
  } catch (error) {
    return { count: 0, ms: 0, growthMB: 0, error: String(error.message).split("\n")[0] };
  } finally {
    child.kill("SIGTERM");
  }
}

async function coldStart(lib, url) {
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [`${BENCH}workers/cold.mjs`, lib, url], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    await once(child.stdout, "data");
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    await once(child, "exit");
  }
  return median(runs);
}

const json = (args) => JSON.parse(node(args, { maxBuffer: 1 << 24 }));
const fmt = (n, digits = 1) => n.toFixed(digits);
const met = (ok) => (ok ? "met" : "**missed**");

/** The emulator's own cost of a create and of a fetch, against the floor (workers/emulator-cost.mjs). */
function emulatorCost() {
  log("the emulator's own cost of a request against the floor");
  const cost = json([`${BENCH}workers/emulator-cost.mjs`, String(COST_ROUNDS)]);
  return ["create", "fetch"].map((action) => [
    `7. The emulator's own cost of a ${action} (\`emulator.fetch(request)\` and reading the answer) / the floor (building the Request, reading a canned Response of the same size)`,
    `${fmt(cost[action].emulatorMs * 1000, 1)} µs / ${fmt(cost[action].floorMs * 1000, 1)} µs`,
    "",
    `≤ ${COST_RATIO}× the floor`,
    `${fmt(cost[action].ratio, 2)}× the floor: ${met(cost[action].ratio <= COST_RATIO)}`,
  ]);
}

log("building dist/");
node(["scripts/build.mjs"]);
// `npm run bench -- --emulator`: only the emulator's own cost, printed; RESULTS.md is left as it is.
if (process.argv.includes("--emulator")) {
  console.log(
    emulatorCost()
      .map((r) => `| ${r.join(" | ")} |`)
      .join("\n"),
  );
  process.exit(0);
}
const server = await startServer();
try {
  log("bundle sizes");
  const ours = await ourBundles();
  const twilioBundle = await bundleSize("twilio", { platform: "node" });
  log("import cost");
  const ourImport = importCost(`${ROOT}dist/index.cjs`);
  const twilioImport = importCost("twilio");
  log(`${REQUESTS} sequential fetches per client`);
  const requests = json([
    `${BENCH}workers/requests.mjs`,
    server.url,
    String(REQUESTS),
    "raw fetch",
    "our typed client",
    "our facade",
    "twilio-node",
  ]);
  log("streaming 100,000 messages");
  const stream = {};
  for (const [lib, mode] of [
    ["our facade", "each"],
    ["our facade", "for await"],
    ["twilio-node", "each"],
    ["raw fetch", "pages"],
  ]) {
    stream[`${lib} ${mode}`] = json(["--expose-gc", `${BENCH}workers/stream.mjs`, lib, mode, server.url]);
  }
  log(`${EMULATOR_PAIRS} create + fetch pairs on the emulator and on Prism`);
  const prismStarted = process.hrtime.bigint();
  const prism = await startPrism(["mock", SPEC_PATH, "--verboseLevel", "warn"]);
  const prismStartMs = Number(process.hrtime.bigint() - prismStarted) / 1e6;
  let emulator;
  try {
    emulator = json([`${BENCH}workers/emulator.mjs`, String(EMULATOR_PAIRS), prism.url]);
  } finally {
    await prism.stop();
  }
  log(`walking ${HUGE.toLocaleString("en")} messages with --max-old-space-size=${GOAL.hugeHeapMB}`);
  const huge = await hugeWalk();
  log("cold starts");
  const ourCold = await coldStart("our facade", server.url);
  const twilioCold = await coldStart("twilio-node", server.url);

  const ratio = requests["our facade"].median / requests["raw fetch"].median;
  const typedRatio = requests["our typed client"].median / requests["raw fetch"].median;
  const twilioStream = stream["twilio-node each"];
  const req = (lib) => `${fmt(requests[lib].median, 3)} ms (p99 ${fmt(requests[lib].p99, 3)})`;
  const str = (key) => `${fmt(stream[key].ms / 1000, 2)} s, +${fmt(stream[key].growthMB)} MB RSS`;
  const streamOk = (key) => stream[key].growthMB <= GOAL.streamMB && stream[key].ms < twilioStream.ms;
  const rows = [
    ["Measure", "conversations-message", "twilio-node", "Goal", "Result"],
    ["---", "---", "---", "---", "---"],
    ...["import", "require"].map((from) => [
      `1. Bundle of the create example from \`${from}\` (esbuild, minified + gzip): whole / the package's own, openapi-fetch left out`,
      `${fmt(ours[from].whole.gzipKB, 2)} KB / ${fmt(ours[from].own.gzipKB, 2)} KB (${fmt(ours[from].whole.minKB)} KB / ${fmt(ours[from].own.minKB)} KB min)`,
      from === "import" ? `${fmt(twilioBundle.gzipKB, 1)} KB (${fmt(twilioBundle.minKB)} KB min)` : "",
      `≤ ${GOAL.bundleKB} KB`,
      ours[from].whole.gzipKB <= GOAL.bundleKB
        ? "met"
        : `**missed** whole: openapi-fetch adds ${fmt(ours[from].whole.gzipKB - ours[from].own.gzipKB, 2)} KB; own share ${met(ours[from].own.gzipKB <= GOAL.bundleKB)}`,
    ]),
    [
      "2. Import cost (median `require` minus bare `node -e 0`)",
      `${fmt(ourImport)} ms`,
      `${fmt(twilioImport)} ms`,
      `≤ ${GOAL.importMs} ms`,
      met(ourImport <= GOAL.importMs),
    ],
    [
      `3. Fetch one message, facade (median of ${REQUESTS})`,
      req("our facade"),
      req("twilio-node"),
      `≤ ${GOAL.requestRatio}× raw fetch`,
      `${fmt(ratio, 2)}× raw fetch: ${met(ratio <= GOAL.requestRatio)}`,
    ],
    [
      "3. … typed client / raw fetch",
      `${req("our typed client")} / ${req("raw fetch")}`,
      "",
      `≤ ${GOAL.requestRatio}× raw fetch`,
      `typed ${fmt(typedRatio, 2)}× raw fetch: ${met(typedRatio <= GOAL.requestRatio)}`,
    ],
    [
      "4. Walk 100,000 messages, `each()`",
      str("our facade each"),
      str("twilio-node each"),
      `≤ ${GOAL.streamMB} MB, faster`,
      met(streamOk("our facade each")),
    ],
    [
      "4. … `for await`",
      str("our facade for await"),
      "(no equivalent)",
      `≤ ${GOAL.streamMB} MB, faster`,
      met(streamOk("our facade for await")),
    ],
    [
      "4. … reference: raw `fetch` + `JSON.parse` of the same pages",
      str("raw fetch pages"),
      "",
      "",
      "no client at all",
    ],
    [
      `4. … ${HUGE.toLocaleString("en")} messages, \`for await\`, node --max-old-space-size=${GOAL.hugeHeapMB}`,
      huge.count === HUGE
        ? `${fmt(huge.ms / 1000, 1)} s, +${fmt(huge.growthMB)} MB RSS`
        : `failed: ${huge.error ?? `${huge.count} messages`}`,
      "",
      "completes",
      met(huge.count === HUGE),
    ],
    [
      `5. Cold start to first message (median of ${COLD_RUNS})`,
      `${fmt(ourCold)} ms`,
      `${fmt(twilioCold)} ms`,
      "",
      `${fmt(twilioCold / ourCold, 1)}× faster`,
    ],
    [
      `6. ${EMULATOR_PAIRS.toLocaleString("en")} create + fetch pairs through the facade: emulator in-process / Prism mock over HTTP`,
      `${fmt(emulator.emulatorMs)} ms (${fmt((emulator.emulatorMs * 1000) / (2 * EMULATOR_PAIRS), 0)} µs a request) / ${fmt(emulator.prismMs)} ms`,
      "",
      `well under ${GOAL.emulatorMs} ms`,
      `${fmt(emulator.prismMs / emulator.emulatorMs, 1)}× faster than Prism: ${met(emulator.emulatorMs < GOAL.emulatorMs)}`,
    ],
    [
      "6. … start: `createEmulator()` (median of 101) / Prism to its first answer",
      `${fmt(emulator.startMs, 3)} ms / ${fmt(prismStartMs)} ms`,
      "",
      "milliseconds",
      met(emulator.startMs < 10),
    ],
    ...emulatorCost(),
  ];
  const table = rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${fmt(totalmem() / 2 ** 30, 0)} GiB`;
  const twilioVersion = JSON.parse(readFileSync(`${ROOT}node_modules/twilio/package.json`, "utf8")).version;
  const report = `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform} ${process.arch}, ${machine}; twilio-node ${twilioVersion}. All traffic on loopback to a keep-alive HTTP server in its own process (\`bench/server.mjs\`).

${table}

${bundleNote(ours)}Bundle: the package's create example (\`examples/create.js\`) with its import line pointed at each package, bundled by esbuild (ESM, minified) and gzipped at level 9. Import cost: ${IMPORT_RUNS} runs each, alternating with bare \`node -e 0\`. Fetch: 200 warm-up calls each, then ${REQUESTS} sequential calls per client, all four clients in one process taking turns in blocks of 50. Walk: pages of 1,000; RSS growth is the peak over the walk (sampled every 10 ms) minus the resident set before it. Cold start: spawn of a fresh \`node\` to the first fetched message printed. Emulator: after 20 warm-up pairs, ${EMULATOR_PAIRS} sequential create + fetch pairs through the facade, on \`createEmulator().fetch\` in the bench's process and on \`prism mock\` (started by the bench, without \`--errors\`) over loopback. Emulator's own cost: ${COST_ROUNDS} rounds of 250 sequential requests, each round on the emulator then on the floor, the medians compared; the Request is built as openapi-fetch builds it, and creates start each round on an empty emulator.
`;
  writeFileSync(`${BENCH}RESULTS.md`, report);
  console.log(report);
} finally {
  server.stop();
}
