// Checks that a success answer has the shape the spec promises before anything decodes it: every
// field its schema requires is there (null counts as there: nullability is the decoder's
// business), nested objects and arrays of objects included. It reads the generated field tables,
// so it costs a lookup per required field, not a full schema validation.
import { fields } from "../generated/fields.js";
import { InvalidResponseError } from "./errors.js";
import { isObject } from "./objects.js";

export type SchemaName = keyof typeof fields;

interface Shape {
  readonly required: readonly string[];
  readonly objects: Readonly<Record<string, string>>;
  readonly arrays: Readonly<Record<string, string>>;
}
const shapes = fields as unknown as Record<string, Shape>;

/** Adds to `problems` what `value` lacks of schema `name`, each as a path ("meta.page_size"). */
function collect(name: string, value: unknown, at: string, problems: string[]): void {
  const shape = shapes[name] as Shape;
  if (!isObject(value)) {
    problems.push(`${at || "the answer"} (not an object)`);
    return;
  }
  const path = (field: string) => (at ? `${at}.${field}` : field);
  for (const field of shape.required) if (!(field in value)) problems.push(path(field));
  for (const field in shape.objects) {
    const inner = value[field];
    if (inner !== undefined && inner !== null)
      collect(shape.objects[field] as string, inner, path(field), problems);
  }
  for (const field in shape.arrays) {
    const items = value[field];
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) {
      problems.push(`${path(field)} (not an array)`);
      continue;
    }
    const schema = shape.arrays[field] as string;
    for (let i = 0; i < items.length; i++) collect(schema, items[i], `${path(field)}[${i}]`, problems);
  }
}

/**
 * Throws an InvalidResponseError, naming what is missing, unless `value` has every field that
 * schema `name` requires. `where` says which call got the answer ("FetchConversationMessage: 200").
 */
export function checkShape(where: string, name: SchemaName, value: unknown): void {
  const problems: string[] = [];
  collect(name, value, "", problems);
  if (problems.length === 0) return;
  const missing = problems;
  const shown =
    missing.length > 8
      ? `${missing.slice(0, 8).join(", ")} and ${missing.length - 8} more`
      : missing.join(", ");
  let got: string;
  try {
    got = JSON.stringify(value)?.slice(0, 80) ?? String(value);
  } catch {
    got = String(value);
  }
  throw new InvalidResponseError(
    `${where} answer is not a ${name} as the spec promises: it lacks ${shown} (got ${got})`,
    { missing },
  );
}
