// What counts as a JSON object when a value is checked (a request's, against its schema; an
// answer's, against the shape the spec promises): an array or null is none, though typeof says
// "object" of both.

/** Whether a value is an object with fields: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
