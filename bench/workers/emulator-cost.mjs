// The emulator's own cost of a request: `node workers/emulator-cost.mjs [rounds]`. Prints JSON:
// for a create and for a fetch, the median time of building the request's Request (as the client,
// through openapi-fetch, sends one), `emulator.fetch()` of it and reading its answer, against the
// floor: building the same Request and reading a canned Response of the same size, status and
// headers (what any fetch-shaped fake costs at the least). Taken in interleaved blocks.
import { createEmulator } from "../../dist/emulator.js";

const ROUNDS = Number(process.argv[2] ?? 40);
const BLOCK = 250;
const ACCOUNT = `AC${"a".repeat(32)}`;
const CONVERSATION = `CH${"a".repeat(32)}`;
const BASE = `https://conversations.twilio.com/v1/Conversations/${CONVERSATION}/Messages`;
const HEADERS = {
  authorization: `Basic ${btoa(`${ACCOUNT}:bench-token`)}`,
  "content-type": "application/x-www-form-urlencoded",
  "user-agent": "bench",
};

// Creates on one emulator (emptied between rounds), fetches on another that holds the message.
const creating = createEmulator();
const emulator = createEmulator();
const create = { url: BASE, init: { method: "POST", headers: HEADERS, body: "Author=bench&Body=message" } };
const made = await (await emulator.fetch(create.url, create.init)).json();
const fetchOne = { url: `${BASE}/${made.sid}`, init: { method: "GET", headers: HEADERS } };

/** A canned answer of the size, status and headers the emulator gave. */
async function cannedOf({ url, init }, on) {
  const response = await on.fetch(url, init);
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

const cases = {
  create: { call: create, on: creating, canned: await cannedOf(create, creating) },
  fetch: { call: fetchOne, on: emulator, canned: await cannedOf(fetchOne, emulator) },
};

async function emulatorBlock({ call, on }) {
  const start = performance.now();
  for (let i = 0; i < BLOCK; i++) await (await on.fetch(new Request(call.url, call.init))).text();
  return (performance.now() - start) / BLOCK;
}

async function floorBlock({ call, canned }) {
  const start = performance.now();
  for (let i = 0; i < BLOCK; i++) {
    new Request(call.url, call.init);
    await new Response(canned.body, { status: canned.status, headers: canned.headers }).text();
  }
  return (performance.now() - start) / BLOCK;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const result = {};
for (const [name, c] of Object.entries(cases)) {
  // Warm up both, then take turns.
  for (let i = 0; i < 4; i++) {
    await emulatorBlock(c);
    await floorBlock(c);
  }
  const own = [];
  const floor = [];
  for (let i = 0; i < ROUNDS; i++) {
    own.push(await emulatorBlock(c));
    floor.push(await floorBlock(c));
    // The store grows by a create each call: start each round of creates on an empty one.
    if (name === "create") c.on.reset();
  }
  result[name] = { emulatorMs: median(own), floorMs: median(floor), ratio: median(own) / median(floor) };
}
console.log(JSON.stringify(result));
