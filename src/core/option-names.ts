// Checking the names in an options object: a misspelt or unknown option is an error naming it,
// never ignored. Apart from the client's options (options.ts), so that code that takes options of
// its own (the emulator, parseWebhook) needs nothing else of the client's.
import { ValidationError } from "./errors.js";

/** The names of T that a list lacks. */
type Missing<T, N extends readonly PropertyKey[]> = Exclude<keyof T, N[number]>;
/**
 * The names of an options type, as a list for the run-time check (interfaces do not exist at run
 * time): `optionNames<T>()("a", "b")` is a type error when the list lacks one of T's names (the
 * error says which: `missing`) or holds a name T lacks, so the check and the type always agree.
 */
export const optionNames =
  <T>() =>
  <const N extends readonly (keyof T & string)[]>(
    ...names: N & ([Missing<T, N>] extends [never] ? unknown : { missing: Missing<T, N> })
  ): N =>
    names;

/** A known name that differs from `name` only in case, "_" or "-" (`baseURL`, `base_url`: `baseUrl`). */
export function nearName(name: string, known: readonly string[]): string | undefined {
  // Stryker disable next-line MethodExpression: upper or lower case, the comparison is the same
  const loose = (text: string) => text.toLowerCase().replace(/[-_]/g, "");
  for (const candidate of known) if (loose(candidate) === loose(name)) return candidate;
  return undefined;
}

/** What a value is, for a message that must not repeat it (options in the wrong place may be a secret). */
function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/**
 * Refuses an options argument that is not an object, or that holds a name `names` lacks: a
 * ValidationError naming the option, `where` it was given and the options there are, thrown before
 * anything is made or sent. A misspelt option is never ignored (a `baseURL` would send to Twilio),
 * not even with an undefined value (it would be ignored until the day it is set); nor is one that
 * only twilio-node has (`httpClient`: here requests go through the `fetch` option).
 */
export function checkOptionNames(
  where: string,
  options: unknown,
  names: readonly string[],
  argument = "options",
): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ValidationError(
      argument,
      "type",
      `${where}: ${argument} must be an object (got ${kindOf(options)})`,
    );
  }
  for (const name of Object.keys(options)) {
    if (names.includes(name)) continue;
    const near = nearName(name, names);
    throw new ValidationError(
      name,
      "unknown",
      `${where}: ${name} is not an option${near ? ` (did you mean ${near}?)` : ""}; the options are ${names.join(", ")}`,
    );
  }
}
