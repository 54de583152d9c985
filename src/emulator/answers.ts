// The answers every resource gives: JSON with the spec's success status, and Twilio's error body
// (the spec's examples of each error status), the 404 naming the path that was asked.
import type { components } from "../generated/api.js";
import { errorBodies } from "../generated/contract.js";

/** The answer: status, headers and JSON text; or `reset` to drop the connection instead. */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body?: string;
  reset?: boolean;
}

type ErrorBody = Pick<components["schemas"]["TwilioError"], "code" | "message" | "more_info">;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Outgoing {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

/** Twilio's error body for a status: code and more_info from the spec's examples of it. */
export function twilioError(
  status: number,
  message?: string,
  headers: Record<string, string> = {},
): Outgoing {
  const known = (errorBodies as Record<string, ErrorBody>)[status];
  const code = known?.code ?? 20_000 + status;
  const moreInfo =
    known?.more_info ?? errorBodies[400].more_info.replace(String(errorBodies[400].code), String(code));
  return json(
    status,
    { code, message: message ?? known?.message ?? `HTTP ${status}`, more_info: moreInfo, status },
    headers,
  );
}

/** Twilio's 404, naming the path asked for as the spec's example names its own. */
export function notFound(pathname: string): Outgoing {
  return twilioError(404, errorBodies[404].message.replace(/\/v1\/\S+/, pathname));
}
