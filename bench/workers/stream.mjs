// Walks every message of the server's conversation in pages of 1,000; prints the time taken and
// the peak growth of the resident set over the walk (sampled every 10 ms), as JSON.
import { makeClients } from "./clients.mjs";

const [lib, mode, baseUrl] = process.argv.slice(2);
const { messages } = lib === "raw fetch" ? {} : await makeClients(lib, baseUrl);
globalThis.gc?.();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
const start = performance.now();
let count = 0;
if (lib === "raw fetch") {
  // The reference: the same pages with plain fetch and JSON.parse, nothing decoded.
  const headers = { Authorization: `Basic ${Buffer.from("a:b").toString("base64")}` };
  let url = `${baseUrl}/v1/Conversations/CH${"a".repeat(32)}/Messages?PageSize=1000`;
  while (url) {
    const page = JSON.parse(await (await fetch(url, { headers })).text());
    for (const m of page.messages) if (m.sid) count++;
    url = page.meta.next_page_url;
  }
} else if (mode === "for await") {
  for await (const m of messages.list({ pageSize: 1000 })) if (m.sid) count++;
} else {
  await new Promise((resolve, reject) =>
    messages.each({ pageSize: 1000, done: (error) => (error ? reject(error) : resolve()) }, (m) => {
      if (m.sid) count++;
    }),
  );
}
const ms = performance.now() - start;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ count, ms, growthMB: (peak - baseline) / 2 ** 20 }));
