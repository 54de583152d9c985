// The benchmark's API stand-in, in its own process: a keep-alive HTTP server on loopback that
// serves one message, pages of a 100,000-message conversation, and creates. Prints its URL.

import { createServer } from "node:http";
import { loadDereferencedSpec, responseExample } from "../scripts/lib/spec.mjs";

// The spec's examples (the reference page's, with well-formed SIDs): every client's checks accept them.
const spec = await loadDereferencedSpec();
const template = responseExample(spec, "list").messages[0];
const fetched = JSON.stringify(responseExample(spec, "fetch"));
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
