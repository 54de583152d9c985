/// <reference types="node" />
// The emulator over HTTP, for Node: a node:http server on loopback that hands each request to the
// emulator's handler and writes its answer (or drops the connection, for a reset fault). Loaded
// only by listen(), so the emulator itself runs where node:http does not exist (Workers).
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Incoming, Outgoing } from "./handler.js";

export async function serve(
  handle: (incoming: Incoming) => Promise<Outgoing>,
  maxBodyBytes: number,
  port: number,
  host: string,
): Promise<{ url: string; close(): Promise<void> }> {
  // Imported here, not at the top: bundlers hoist a static import of an external module, and
  // runtimes without node:http (Workers) must still load the emulator.
  const { createServer } = await import("node:http");
  // Stryker disable next-line StringLiteral: set once listening, before any request can come
  let origin = "";
  const server = createServer(async (request, response) => {
    try {
      const incoming = await read(request, origin, maxBodyBytes);
      const outgoing = await handle(incoming);
      // Stryker disable next-line ConditionalExpression,BlockStatement: writing status 0 throws, and the catch below drops the connection the same way
      if (outgoing.reset) {
        request.socket.destroy();
        return;
      }
      response.writeHead(outgoing.status, outgoing.headers);
      response.end(outgoing.body);
    } catch {
      // The client went away while the request was read: nothing to answer.
      request.socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      // Stryker disable next-line StringLiteral: once listening, the promise is settled; a later error cannot reject it
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${shownHost}:${address.port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request, its body read in full but kept only up to the limit (the rest is drained). */
async function read(request: IncomingMessage, origin: string, maxBodyBytes: number): Promise<Incoming> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Stryker disable next-line ConditionalExpression: keeping more only costs memory: a body over the limit is not read
    if (size <= maxBodyBytes) chunks.push(chunk);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    // Stryker disable next-line all: node:http joins repeated headers itself (set-cookie aside) and gives no undefined value
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return {
    // Stryker disable next-line StringLiteral: a server's request always has a method and a URL
    method: request.method ?? "GET",
    // Stryker disable next-line StringLiteral: the same
    url: new URL(request.url ?? "/", origin),
    header: (name) => headers[name.toLowerCase()] ?? null,
    headers: () => ({ ...headers }),
    // Stryker disable next-line ConditionalExpression,StringLiteral: a body too large is answered with a 400 before it is read
    body: size > maxBodyBytes ? "" : Buffer.concat(chunks).toString("utf8"),
    tooLarge: size > maxBodyBytes,
  };
}
