// application/x-www-form-urlencoded bodies, as Twilio takes them. Dates go as ISO 8601.
export function encodeForm(fields: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) form.append(name, formValue(item));
    else form.append(name, formValue(value));
  }
  return form;
}

function formValue(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
