// Receivers of Twilio's webhooks for the verifier's --webhook tests, on node:http (servers.ts): one
// behind twilio-node's own Express middleware, twilio.webhook(token), given the request as Express
// with express.urlencoded() would (its `header()`, `protocol`, `originalUrl` and parsed `body`), and
// one that checks nothing. Each answers what the test's `answer` says for an event.
import type { ServerResponse } from "node:http";
import { type Received, startServer, type TestServer } from "./servers";
import twilio from "./twilio-node";

/** What a receiver answers an event that it lets through: a status and a body (default 200, empty). */
export type Answer = (event: string) => { status?: number; body?: string; never?: boolean } | undefined;

function answerWith(response: ServerResponse, event: string, answer: Answer) {
  const chosen = answer(event) ?? {};
  // Never answered: the verifier's timeout is what ends the request.
  if (chosen.never) return;
  response.writeHead(chosen.status ?? 200, { "content-type": "application/json" });
  response.end(chosen.body ?? "");
}

const eventOf = (request: Received) => new URLSearchParams(request.body).get("EventType") ?? "";

/** A receiver behind twilio.webhook(token): 400 with no signature, 403 with a wrong one. */
export function twilioReceiver(token: string, answer: Answer = () => undefined): Promise<TestServer> {
  const middleware = twilio.webhook(token);
  return startServer((request, response) => {
    const expressRequest = {
      protocol: "http",
      headers: request.headers,
      originalUrl: request.url,
      body: Object.fromEntries(new URLSearchParams(request.body)),
      header: (name: string) => request.headers[name.toLowerCase()],
    };
    let status = 200;
    const expressResponse = {
      type: () => expressResponse,
      status: (code: number) => {
        status = code;
        return expressResponse;
      },
      send: (text: string) => {
        response.writeHead(status, { "content-type": "text/plain" });
        response.end(text);
      },
    };
    middleware(expressRequest as never, expressResponse as never, () =>
      answerWith(response, eventOf(request), answer),
    );
  });
}

/** A receiver that checks no signature. */
export function trustingReceiver(answer: Answer = () => undefined): Promise<TestServer> {
  return startServer((request, response) => answerWith(response, eventOf(request), answer));
}
