// Sequential fetches of one message by each client, in one process, taken in turns (blocks of 50
// calls per client, round after round) so that machine noise falls on all of them alike. Prints
// each client's median and p99 latency in ms as JSON.
import { makeClients } from "./clients.mjs";

const [baseUrl, count, ...libs] = [process.argv[2], Number(process.argv[3]), ...process.argv.slice(4)];
const BLOCK = 50;
const clients = {};
for (const lib of libs) {
  clients[lib] = (await makeClients(lib, baseUrl)).fetchOne;
  for (let i = 0; i < 200; i++) await clients[lib](); // warm-up: JIT, sockets
}
const times = Object.fromEntries(libs.map((lib) => [lib, []]));
for (let done = 0; done < count; done += BLOCK) {
  for (const lib of libs) {
    for (let i = 0; i < BLOCK; i++) {
      const start = performance.now();
      const message = await clients[lib]();
      times[lib].push(performance.now() - start);
      if (!message) throw new Error(`${lib}: no message`);
    }
  }
}
const result = {};
for (const lib of libs) {
  const sorted = times[lib].sort((a, b) => a - b);
  result[lib] = {
    median: sorted[Math.floor(sorted.length / 2)],
    p99: sorted[Math.floor(sorted.length * 0.99)],
    count: sorted.length,
  };
}
console.log(JSON.stringify(result));
