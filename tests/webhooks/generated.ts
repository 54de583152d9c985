// Generated webhook requests for the agreement tests, from a seeded PRNG (the same cases every
// run; a failure names its case number): URLs with and without their default or another port,
// paths and query strings with characters `new URL()` re-encodes, bodySHA256, fragments; params
// ASCII and not (emoji, combining marks), empty, arrays with duplicates.

/** mulberry32: a small seeded PRNG, good enough to spread cases. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof prng>;

const ASCII_PIECES = [
  "a",
  "Z",
  "0",
  "9",
  "-",
  "_",
  ".",
  "~",
  "'",
  "!",
  "*",
  "(",
  ")",
  " ",
  "+",
  "&",
  "=",
  "/",
  ":",
];
const ODD_PIECES = [
  "%27",
  "%20",
  "%2B",
  "%zz",
  "%",
  "%F",
  "%FF",
  "%C3%A9",
  "%EF%BB%BF",
  "%E2%82",
  "+",
  '"',
  "<",
  "|",
];
const UNICODE_PIECES = ["é", "e\u0301", "ñ", "中文", "🚢", "👍🏽", "\u200d", "Ω"];

function text(r: Random, pieces: readonly string[], max: number): string {
  let out = "";
  for (let n = r.int(max + 1); n > 0; n--) out += r.pick(pieces);
  return out;
}

/** A path or query fragment: mostly plain, sometimes with what URL parsers change. */
function urlText(r: Random, max: number): string {
  const pool = r.chance(0.5)
    ? ASCII_PIECES.filter((p) => !"&=/: +".includes(p))
    : [...ASCII_PIECES, ...ODD_PIECES, ...UNICODE_PIECES];
  return text(r, pool, max);
}

export function randomUrl(r: Random, bodyHash?: string): string {
  const scheme = r.pick(["https", "https", "http", "http", "HTTPS"]);
  const host = r.pick([
    "example.com",
    "api.example.org",
    "127.0.0.1",
    "[::1]",
    "user:pw@example.com",
    "Example.COM",
    "bücher.example",
  ]);
  const secure = scheme.toLowerCase() === "https";
  const port = r.pick(["", "", "", secure ? ":443" : ":80", secure ? ":80" : ":443", ":8080", ":"]);
  const segments = Array.from({ length: r.int(4) }, () => urlText(r, 4));
  let url = `${scheme}://${host}${port}/${segments.join("/")}`;
  const pairs: string[] = [];
  for (let n = r.int(5); n > 0; n--) {
    const key = r.chance(0.15) ? String(r.int(20)) : urlText(r, 4) || "k";
    pairs.push(r.chance(0.1) ? key : `${key}=${urlText(r, 6)}`);
    if (r.chance(0.1)) pairs.push(""); // an empty pair: "a=1&&b=2"
    if (r.chance(0.1)) pairs.push(`${key}=${urlText(r, 3)}`); // the key again
  }
  if (bodyHash !== undefined) pairs.splice(r.int(pairs.length + 1), 0, `bodySHA256=${bodyHash}`);
  if (pairs.length || r.chance(0.1)) url += `?${pairs.join("&")}`;
  if (r.chance(0.1)) url += `#${urlText(r, 3)}`;
  return url;
}

function value(r: Random): string {
  return r.pick([
    () => "",
    () => text(r, ASCII_PIECES, 8),
    () => text(r, UNICODE_PIECES, 4),
    () => text(r, [...ASCII_PIECES, ...UNICODE_PIECES, ...ODD_PIECES], 10),
  ])();
}

export function randomParams(r: Random): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (let n = r.int(6); n > 0; n--) {
    const key = r.pick([
      () => text(r, ["A", "b", "Z", "_", "1"], 6) || "Body",
      () => text(r, UNICODE_PIECES, 2),
      () => String(r.int(10)),
    ])();
    if (r.chance(0.25)) {
      const values = Array.from({ length: 1 + r.int(4) }, () => value(r));
      if (r.chance(0.6)) values.push(values[0] as string); // a duplicate
      params[key] = values;
    } else params[key] = value(r);
  }
  return params;
}

/** A signature with one character changed (still base64, same length). */
export function oneCharChanged(r: Random, signature: string): string {
  const at = r.int(signature.length - 1); // not the "=" padding
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const current = signature[at] as string;
  const other = alphabet[(alphabet.indexOf(current) + 1 + r.int(alphabet.length - 1)) % alphabet.length];
  return signature.slice(0, at) + other + signature.slice(at + 1);
}
