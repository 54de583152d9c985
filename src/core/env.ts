// Reads an environment variable where there is one. Workers have no process; Deno without
// --allow-env throws on access; either way the answer is "not set".
export function readEnv(name: string): string | undefined {
  let value: string | undefined;
  try {
    value = (globalThis as { process: { env: Record<string, string | undefined> } }).process.env[name];
  } catch {}
  return value === "" ? undefined : value;
}
