// The acceptance test: the seed's six twilio-node snippets, unchanged but for their import line,
// run as child processes against the Prism mock, using this package packed with `npm pack` and
// installed into an empty folder, once as CommonJS and once as ESM.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_SID, AUTH_TOKEN, prismUrl, responseExample } from "../support/fixtures";
import type { Json } from "../support/spec";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SNIPPETS = fileURLToPath(new URL("../../../shared/seed/snippets/", import.meta.url));
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const IMPORT_LINE = /^const twilio = require\("twilio"\);.*$/m;

const { name: PACKAGE } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
const snippetNames = (await readdir(SNIPPETS)).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3));

// What each snippet prints when the mock answers with the spec's first example for the call.
const firstListExample = () => responseExample("list").messages.map((m: Json) => m.account_sid);
const EXPECTED: Record<string, { stdout: string[] } | { fails: RegExp }> = {
  create: { stdout: [responseExample("create").sid] },
  // Its placeholder SID, IMXXXX…, breaks the spec's Sid pattern: the client refuses to send it.
  fetch: { fails: /ValidationError: FetchConversationMessage: sid must match .* \(got "IMXXXXXXXX/ },
  list: { stdout: firstListExample() },
  "list-desc": { stdout: firstListExample() },
  update: { stdout: [responseExample("update").account_sid] },
  remove: { stdout: [] },
};

let app: string;
beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), "snippets-"));
  // dist/ was built by the global setup; --ignore-scripts keeps npm pack from rebuilding it while
  // other tests use it (.ci/run packs with the prepack build, from a fresh clone).
  const { stdout } = await run(NPM, ["pack", "--json", "--ignore-scripts", "--pack-destination", app], {
    cwd: ROOT,
  });
  const [{ filename }] = JSON.parse(stdout.slice(stdout.indexOf("[")));
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "snippet-app", private: true }));
  await run(NPM, ["install", "--no-audit", "--no-fund", "--prefer-offline", join(app, filename)], {
    cwd: app,
  });
}, 180_000);

afterAll(async () => {
  if (app) await rm(app, { recursive: true, force: true });
});

const cases = snippetNames.flatMap((name) => [
  { name, kind: "CommonJS", file: `${name}.cjs`, line: `const twilio = require("${PACKAGE}");` },
  { name, kind: "ESM", file: `${name}.mjs`, line: `import twilio from "${PACKAGE}";` },
]);

describe("the seed's snippets against the packed package", () => {
  it("are the six of the seed, each with one twilio import line", async () => {
    expect(snippetNames.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const name of snippetNames) {
      expect(await readFile(join(SNIPPETS, `${name}.js`), "utf8")).toMatch(IMPORT_LINE);
    }
  });

  it.each(cases)("$file ($kind)", async ({ name, file, line }) => {
    const source = await readFile(join(SNIPPETS, `${name}.js`), "utf8");
    const changed = source.replace(IMPORT_LINE, line);
    const diff = source.split("\n").filter((l, i) => l !== changed.split("\n")[i]);
    expect(diff, "only the import line changes").toHaveLength(1);
    await writeFile(join(app, file), changed);

    const env = {
      PATH: process.env.PATH,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_CONVERSATIONS_BASE_URL: prismUrl(),
    };
    const result = await run(process.execPath, [file], { cwd: app, env, timeout: 20_000 }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    const expected = EXPECTED[name];
    if (expected && "stdout" in expected) {
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout.split("\n").filter(Boolean)).toEqual(expected.stdout);
    } else {
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(expected?.fails as RegExp);
    }
  });
});
