// Where a link a server gave (a page's next_page_url) may be followed with the client's
// credentials: on the base URL's origin, as given; on Twilio's own API origin (the spec's server,
// with any edge and region labels), re-based onto the base URL, so that mocks and proxies keep
// working; nowhere else. The facade's page walks and the verifier's both ask here, so that the
// credentials never go to another host, whatever link a server hands over.
import { DEFAULT_BASE_URL } from "./options.js";

/** The spec's server with any edge and region labels: Twilio's own API origins for this product. */
const TWILIO_API_ORIGIN = (() => {
  const server = new URL(DEFAULT_BASE_URL);
  const [product, ...domain] = server.hostname
    .split(".")
    .map((label) => label.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"));
  return new RegExp(`^${server.protocol}//${product}(\\.[a-z0-9-]+)*\\.${domain.join("\\.")}$`);
})();

/**
 * Where to follow a link a server gave, from a base URL (no trailing slash): the URL, or why it must not be followed,
 * worded to follow the link ("is not a URL", "is not on …"). (A link with a user name or password in
 * it is refused by fetch itself, which builds no request from one; the verifier, which reports
 * every link it does not follow, refuses it before that.)
 */
export function follow(baseUrl: string, link: string): URL | string {
  const base = new URL(baseUrl);
  let target: URL;
  try {
    target = new URL(link, base);
  } catch {
    return "is not a URL";
  }
  if (target.origin === base.origin) return target;
  if (TWILIO_API_ORIGIN.test(target.origin)) return new URL(baseUrl + target.pathname + target.search);
  return `is not on ${base.origin} or Twilio's API`;
}
