// Reads an environment variable where there is one. Workers have no process; Deno without
// --allow-env throws on access; either way the answer is "not set".
export function readEnv(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
      name
    ];
    return value === "" ? undefined : value;
  } catch {
    return undefined;
  }
}
