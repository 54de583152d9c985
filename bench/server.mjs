// The benchmark's API stand-in, in its own process: a keep-alive HTTP server on loopback that
// serves one message, pages of a 100,000-message conversation, and creates. Prints its URL.

import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const seed = (name) =>
  JSON.parse(
    readFileSync(new URL(`../../shared/seed/examples/${name}.response.json`, import.meta.url), "utf8"),
  );
// The seed's examples carry placeholder SIDs; well-formed ones keep every client's checks happy.
const template = { ...seed("list").messages[0], conversation_sid: `CH${"a".repeat(32)}` };
const fetched = JSON.stringify({
  ...seed("fetch"),
  sid: `IM${"a".repeat(32)}`,
  conversation_sid: `CH${"a".repeat(32)}`,
});
const TOTAL = Number(process.env.BENCH_TOTAL ?? 100_000);

const server = createServer((request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  response.setHeader("content-type", "application/json");
  if (request.method === "POST") {
    request.resume();
    request.on("end", () => response.writeHead(201).end(fetched));
    return;
  }
  if (!url.pathname.endsWith("/Messages")) return response.end(fetched);
  const size = Number(url.searchParams.get("PageSize") ?? 50);
  const page = Number(url.searchParams.get("Page") ?? 0);
  const start = page * size;
  const messages = [];
  for (let i = start; i < Math.min(start + size, TOTAL); i++) {
    messages.push({ ...template, index: i, sid: `IM${i.toString(16).padStart(32, "0")}` });
  }
  const link = (p) => `${url.origin}${url.pathname}?PageSize=${size}&Page=${p}&PageToken=PT${p}`;
  const meta = {
    page,
    page_size: size,
    first_page_url: link(0),
    previous_page_url: page > 0 ? link(page - 1) : null,
    url: link(page),
    next_page_url: start + size < TOTAL ? link(page + 1) : null,
    key: "messages",
  };
  response.end(JSON.stringify({ meta, messages }));
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () =>
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })),
);
process.on("SIGTERM", () => server.close(() => process.exit(0)));
