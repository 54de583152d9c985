// The forms of a webhook URL that twilio-node 6 tries a signature against: the URL as received
// with and without its port (Twilio signs the URL as configured, which may or may not name the
// default port), then as `new URL()` normalizes it, with and without the port, each also with its
// query string re-encoded as Node's legacy querystring would. String surgery, not `new URL()`,
// for the first two: the URL parser would percent-encode characters Twilio signed as they are.
import { legacyQuerystring } from "./legacy-querystring.js";

interface UrlParts {
  scheme: string;
  userInfo: string;
  host: string;
  /** ":8080", ":" or "" (none). */
  port: string;
  /** What follows the authority: path, query and fragment, as written. */
  rest: string;
}

/** The URL split around its port, without normalizing it; undefined without "scheme://". */
function splitUrl(url: string): UrlParts | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return undefined;
  const [prefix, scheme, authority] = match as unknown as [string, string, string];
  const userInfoEnd = authority.lastIndexOf("@");
  const hostAndPort = authority.slice(userInfoEnd + 1);
  // A colon starts the port only after an IPv6 literal's closing bracket.
  const portStart = hostAndPort.indexOf(":", hostAndPort.lastIndexOf("]") + 1);
  return {
    scheme,
    userInfo: authority.slice(0, userInfoEnd + 1),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? "" : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length),
  };
}

/**
 * The URL with the scheme's default port added when it names none: 443 for https, 80 for any
 * other scheme (http, or whatever else, as twilio-node has it). An empty port (":") counts as one.
 */
export function addPort(url: string): string {
  const parts = splitUrl(url);
  if (!parts || parts.port) return url;
  const port = parts.scheme.toLowerCase() === "https://" ? ":443" : ":80";
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}

/** The URL without its port, whichever port it is (8080 too, as twilio-node has it). */
export function removePort(url: string): string {
  const parts = splitUrl(url);
  if (!parts) return url;
  return parts.scheme + parts.userInfo + parts.host + parts.rest;
}

/**
 * The URL with what follows its first "?" re-encoded by Node's legacy querystring; a fragment
 * after the query is part of it there, as in twilio-node (its "#" comes back as %23).
 */
export function withLegacyQuerystring(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1 || queryStart === url.length - 1) return url;
  return `${url.slice(0, queryStart)}?${legacyQuerystring(url.slice(queryStart + 1))}`;
}
