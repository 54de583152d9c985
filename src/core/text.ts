// Cutting text for messages and records, never inside a character: slice() can split "🚢" (two
// UTF-16 units) and leave half an emoji. (The verifier's reports cut between characters as a reader
// sees them: src/verifier/text.ts.)

/** The first `units` UTF-16 units of a text (one fewer rather than split a surrogate pair). */
export function clipUnits(text: string, units: number): string {
  if (text.length <= units) return text;
  const code = text.charCodeAt(units - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? units - 1 : units);
}
