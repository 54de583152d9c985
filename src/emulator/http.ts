/// <reference types="node" />
// The emulator over HTTP, for Node: a node:http server on loopback that hands each request to the
// emulator's handler and writes its answer (or drops the connection, for a reset fault). Loaded
// only by listen(), so the emulator itself runs where node:http does not exist (Workers).
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type Outgoing, twilioError } from "./answers.js";
import type { Incoming } from "./handler.js";

export async function serve(
  handle: (incoming: Incoming, signal: AbortSignal) => Promise<Outgoing>,
  maxBodyBytes: number,
  port: number,
  host: string,
): Promise<{ url: string; close(): Promise<void> }> {
  // Imported here, not at the top: bundlers hoist a static import of an external module, and
  // runtimes without node:http (Workers) must still load the emulator.
  const { createServer } = await import("node:http");
  // Stryker disable next-line StringLiteral: set once listening, before any request can come
  let origin = "";
  /** The requests being handled: close() ends their waits (a delay fault), as a gone client does. */
  const pending = new Set<AbortController>();
  const server = createServer(async (request, response) => {
    const handling = new AbortController();
    pending.add(handling);
    // Closed before the answer was out: the client went away, and nothing it asked for goes on.
    response.on("close", () => {
      pending.delete(handling);
      if (!response.writableFinished) handling.abort(new Error("the client went away"));
    });
    let incoming: Incoming;
    try {
      incoming = await read(request, origin, maxBodyBytes);
    } catch {
      // The client went away while the request was read: nothing to answer.
      request.socket.destroy();
      return;
    }
    let outgoing: Outgoing;
    try {
      outgoing = await handle(incoming, handling.signal);
    } catch (error) {
      if (handling.signal.aborted) return void request.socket.destroy();
      // The emulator's own failure: Twilio's 500, not a dropped connection that hides it.
      outgoing = twilioError(500, `the emulator failed: ${(error as Error).message}`);
    }
    // Stryker disable next-line ConditionalExpression,BlockStatement: writing status 0 throws, and node:http drops the connection the same way
    if (outgoing.reset) {
      request.socket.destroy();
      return;
    }
    // A body too large was not read to its end: the connection closes after the answer, so the
    // rest is never read (node:http closes a "Connection: close" socket once the answer is out).
    const headers = incoming.tooLarge ? { ...outgoing.headers, connection: "close" } : outgoing.headers;
    response.writeHead(outgoing.status, headers);
    response.end(outgoing.body);
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
        for (const handling of pending) handling.abort(new Error("the emulator was closed"));
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Past the limit, this much more of a body is let through unread while the answer goes out. */
const DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * The request, its body read up to the limit: a larger one is answered as soon as it crosses the
 * limit, without waiting for the rest, of which no more than DRAIN_BYTES are let through (unkept)
 * before the connection is dropped.
 */
function read(request: IncomingMessage, origin: string, maxBodyBytes: number): Promise<Incoming> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    // Stryker disable next-line all: node:http joins repeated headers itself (set-cookie aside) and gives no undefined value
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const incoming = (body: string, tooLarge: boolean): Incoming => ({
    // Stryker disable next-line StringLiteral: a server's request always has a method and a URL
    method: request.method ?? "GET",
    // Stryker disable next-line StringLiteral: the same
    url: new URL(request.url ?? "/", origin),
    header: (name) => headers[name.toLowerCase()] ?? null,
    headers: () => ({ ...headers }),
    body,
    tooLarge,
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
      // A body too large is answered with a 400 before it is read to its end.
      else if (size - chunk.length <= maxBodyBytes) resolve(incoming("", true));
      else if (size > maxBodyBytes + DRAIN_BYTES) request.socket.destroy();
    });
    request.on("end", () => {
      if (size <= maxBodyBytes) resolve(incoming(Buffer.concat(chunks).toString("utf8"), false));
    });
    request.on("error", reject);
    // Closed before its end (the client went away): nothing to answer. (After the end, no-op.)
    request.on("close", () => reject(new Error("the request was closed before its end")));
  });
}
