// The emulator against the Prism mock, for tests that talk to a fake: `node workers/emulator.mjs
// <pairs> [prism URL]`. Prints JSON: how long createEmulator() takes (median), and how long
// <pairs> create + fetch pairs through the facade take on the emulator in this process and, when a
// URL is given, on the Prism mock over loopback HTTP.

import { createEmulator } from "../../dist/emulator.js";
import twilio from "../../dist/index.js";

const [pairs = "1000", prismUrl] = process.argv.slice(2);
const ACCOUNT = `AC${"a".repeat(32)}`;
const CONVERSATION = `CH${"a".repeat(32)}`;

async function walk(options) {
  const messages = twilio(ACCOUNT, "bench-token", options).conversations.v1.conversations(
    CONVERSATION,
  ).messages;
  // A few pairs to warm up, then the timed ones.
  for (let i = 0; i < 20; i++) await messages((await messages.create({ body: "warm" })).sid).fetch();
  const start = performance.now();
  for (let i = 0; i < Number(pairs); i++) {
    const created = await messages.create({ author: "bench", body: `message ${i}` });
    await messages(created.sid).fetch();
  }
  return performance.now() - start;
}

const starts = [];
for (let i = 0; i < 101; i++) {
  const start = performance.now();
  createEmulator();
  starts.push(performance.now() - start);
}
starts.sort((a, b) => a - b);
const result = { startMs: starts[50], emulatorMs: await walk({ fetch: createEmulator().fetch }) };
if (prismUrl) result.prismMs = await walk({ baseUrl: prismUrl });
console.log(JSON.stringify(result));
