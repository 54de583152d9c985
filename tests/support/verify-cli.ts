// The verifier's command line as installed (dist/verify-cli.js, the package's bin), for the tests
// that run it (tests/package/verify-cli*.test.ts): one place for how it is run and with what.
import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { ACCOUNT_SID } from "./fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = `${ROOT}dist/verify-cli.js`;
// A token that must never be printed or written.
export const TOKEN = "cli-test-token-must-stay-secret";
/** The environment the command line runs in: credentials, and nothing else of the test's. */
export const ENV = {
  PATH: process.env.PATH ?? "",
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: TOKEN,
};

/** Runs the command line to its end; resolves its exit code and output. */
export function verifyCli(args: string[], env: Record<string, string> = {}, nodeOptions: string[] = []) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [...nodeOptions, CLI, ...args],
      { env: { ...ENV, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A loopback port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
