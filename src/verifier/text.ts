// Cutting text for the verifier's reports between characters as a reader sees them (grapheme
// clusters: "🚢", "é" written as e + accent, a flag), never inside one, so a shortened value never
// ends in half an emoji. (Not in src/core/text.ts: the client does not need it, and its bundle is
// counted.)

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | undefined | null;

function segmenterOf(): Segmenter | null {
  // Stryker disable next-line ConditionalExpression: a cache; making one per call gives the same cuts
  if (segmenter === undefined) {
    const Made = (Intl as { Segmenter?: new () => Segmenter }).Segmenter;
    segmenter = Made ? new Made() : null;
  }
  return segmenter;
}

/** UTF-16 units a character takes on average, at most, in all but the rarest texts. */
const UNITS = 8;

/** The first `count` characters of a text (all of it when it has no more), for a reader. */
export function head(text: string, count: number): string {
  if (text.length <= count) return text;
  // Only a prefix is split into characters: splitting costs as much as the text is long. Room for
  // a few more characters than asked, so that one long one (a family emoji is 11 units) still fits.
  const prefix = text.slice(0, (count + 4) * UNITS);
  const characters: string[] = [];
  // Without Intl.Segmenter, by code point: no surrogate pair is split, at least.
  const split = segmenterOf();
  const all: Iterable<string | { segment: string }> = split ? split.segment(prefix) : prefix;
  for (const character of all) {
    if (characters.length === count) return characters.join("");
    characters.push(typeof character === "string" ? character : character.segment);
  }
  // The prefix ran out first: its last character may have been cut by the slice, so it goes too.
  if (prefix.length < text.length) characters.pop();
  return characters.join("");
}

/**
 * A server's text made safe to print: control characters (a terminal's escape sequences, line
 * breaks, characters XML does not allow) written as \u escapes, so that what a server answers
 * can neither drive the terminal nor break a report's lines or its XML.
 */
export function printable(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
