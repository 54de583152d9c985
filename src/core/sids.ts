// SIDs as the spec shapes them: each kind's prefix and length are read from its component schema's
// pattern (a prefix, then so many hex digits), so a new SID is always one the spec (and the client) accepts.

import { schemas } from "../generated/schemas.js";
import { UnsupportedError } from "./errors.js";

/** The spec's SID schemas, by component name (a rename in the spec fails type-checking here). */
export type SidKind = Extract<keyof typeof schemas, `${string}Sid`>;

interface SidShape {
  /** The prefix: literal letters, or so many letters of a class (a channel's SID: any two letters). */
  prefix: { letters: string; count: number } | string;
  digits: number;
  test: RegExp;
}
const shapes = new Map<SidKind, SidShape>();

/** The letters a character class such as `a-zA-Z` holds. */
function lettersOf(set: string): string {
  let letters = "";
  for (const [, from, to] of set.matchAll(/(.)-(.)/g)) {
    for (let c = (from as string).charCodeAt(0); c <= (to as string).charCodeAt(0); c++)
      letters += String.fromCharCode(c);
  }
  return letters;
}

function shapeOf(kind: SidKind): SidShape {
  let shape = shapes.get(kind);
  // Stryker disable next-line ConditionalExpression: a cache; building anew each time gives the same.
  if (!shape) {
    const pattern = (schemas[kind] as { pattern: string }).pattern;
    const parts = /^\^(?:([A-Z]+)|\[((?:[a-zA-Z]-[a-zA-Z])+)\]\{(\d+)\})\[0-9a-fA-F\]\{(\d+)\}\$$/.exec(
      pattern,
    );
    if (!parts)
      throw new UnsupportedError(
        `the emulator makes SIDs of a prefix and hex digits; the spec gives ${kind} ${pattern}`,
      );
    shape = {
      prefix: parts[1] ?? { letters: lettersOf(parts[2] as string), count: Number(parts[3]) },
      digits: Number(parts[4]),
      test: new RegExp(pattern),
    };
    shapes.set(kind, shape);
  }
  return shape;
}

/** The prefix of a SID: a class's letters picked by the numbers given (one a letter). */
function prefixOf(prefix: SidShape["prefix"], pick: (i: number) => number): string {
  if (typeof prefix === "string") return prefix;
  let text = "";
  for (let i = 0; i < prefix.count; i++) text += prefix.letters[pick(i) % prefix.letters.length];
  return text;
}

// Random bytes drawn a pool at a time: one call to the system's source per many SIDs.
const pool = new Uint8Array(4096);
let drawn = pool.length;
function randomBytes(count: number): Uint8Array {
  if (drawn + count > pool.length) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  drawn += count;
  return pool.subarray(drawn - count, drawn);
}

/** Each byte's two hex digits. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** A new random SID of that kind. */
export function newSid(kind: SidKind): string {
  const { prefix, digits } = shapeOf(kind);
  // Stryker disable next-line ArithmeticOperator: more random bytes than needed are cut off the same.
  const bytes = randomBytes(Math.ceil(digits / 2));
  let hex = "";
  for (const byte of bytes) hex += HEX[byte];
  return prefixOf(prefix, (i) => bytes[i] as number) + hex.slice(0, digits);
}

/** The same SID every time for the same seed text (a participant per author, say). */
export function stableSid(kind: SidKind, seed: string): string {
  const { prefix, digits } = shapeOf(kind);
  // FNV-1a, widened by re-seeding: enough to spread authors apart, not a hash for security.
  let hex = "";
  for (let round = 0; hex.length < digits; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, "0");
  }
  return prefixOf(prefix, (i) => Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16)) + hex.slice(0, digits);
}

/** Whether a value is a SID of that kind. */
export function isSid(kind: SidKind, value: unknown): value is string {
  return typeof value === "string" && shapeOf(kind).test.test(value);
}
