// The package's examples (examples/*.js, its documentation of the reference page's six calls) and,
// when the seed is beside the clone, the reference page's own twilio-node snippets with only their
// import line changed: each run as a child process against the Prism mock, from the packed package
// installed in a user's project (package-setup.ts), as CommonJS and as ESM. Each run writes files
// of its own: they run side by side.
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { exampleNames, exampleSource, importLine, withImportOf } from "../../scripts/lib/examples.mjs";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CONVERSATION_SID,
  MESSAGE_SID,
  packageApp,
  prismUrl,
  responseExample,
  seedDir,
} from "../support/fixtures";
import type { Json } from "../support/spec";

const run = promisify(execFile);
const { name: PACKAGE } = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
const SNIPPETS = seedDir() && `${seedDir()}snippets/`;
const snippetNames = SNIPPETS
  ? (await readdir(SNIPPETS)).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3))
  : [];

// What each one prints when the mock answers with the spec's first example for the call.
const firstListExample = () => responseExample("list").messages.map((m: Json) => m.account_sid);
const PRINTS: Record<string, string[]> = {
  create: [responseExample("create").sid],
  fetch: [responseExample("fetch").account_sid],
  list: firstListExample(),
  "list-desc": firstListExample(),
  update: [responseExample("update").account_sid],
  remove: [],
};

/** Runs `file` of the installed package's folder with node and the settings a user would set. */
function runInApp(file: string) {
  const env = {
    PATH: process.env.PATH,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_CONVERSATION_SID: CONVERSATION_SID,
    TWILIO_MESSAGE_SID: MESSAGE_SID,
    TWILIO_CONVERSATIONS_BASE_URL: prismUrl(),
  };
  return run(process.execPath, [file], { cwd: packageApp(), env, timeout: 20_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** Writes `source` as `file` of the installed package's folder (in a folder of its own) and runs it. */
async function writeAndRun(file: string, source: string) {
  await mkdir(dirname(join(packageApp(), file)), { recursive: true });
  await writeFile(join(packageApp(), file), source);
  return runInApp(file);
}

const lines = (stdout: string) => stdout.split("\n").filter(Boolean);

/** The call a script makes (`await client.…;`), with the SIDs it passes masked and spaces dropped. */
function callOf(source: string): string | undefined {
  const call = /await client\.[\s\S]*?\);/.exec(source)?.[0];
  return call?.replace(/\s+/g, "").replace(/\.(conversations|messages)\([^)]+\)/g, ".$1(<sid>)");
}

describe.concurrent("the package's examples, against the packed package", () => {
  it("are one per call of the reference page, each importing the package", () => {
    expect(exampleNames()).toEqual(Object.keys(PRINTS).sort());
    for (const name of exampleNames()) {
      // The comment beside the import line gives the ESM import the test below runs.
      expect(exampleSource(name)).toContain(
        `${importLine(PACKAGE)} // Or, for ESM: ${importLine(PACKAGE, "import")}\n`,
      );
    }
  });

  it.each(exampleNames())(
    "%s.js runs as written (CommonJS) and prints what the mock answered",
    async (name) => {
      const result = await writeAndRun(`examples/${name}.js`, exampleSource(name));
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(lines(result.stdout)).toEqual(PRINTS[name]);
    },
  );

  it.each(exampleNames())("%s.js runs with the ESM import its comment gives", async (name) => {
    const result = await writeAndRun(
      `examples/${name}.mjs`,
      withImportOf(exampleSource(name), PACKAGE, "import"),
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual(PRINTS[name]);
  });
});

describe.skipIf(!SNIPPETS).concurrent("the seed's snippets, with only their import line changed", () => {
  const cases = snippetNames.flatMap((name) => [
    { name, kind: "CommonJS", from: "require", file: `seed/${name}.cjs` },
    { name, kind: "ESM", from: "import", file: `seed/${name}.mjs` },
  ]);
  const snippet = (name: string) => readFile(`${SNIPPETS}${name}.js`, "utf8");

  it("are six, and the package's examples make the same calls", async () => {
    expect(snippetNames.sort()).toEqual(exampleNames());
    for (const name of snippetNames) {
      const call = callOf(await snippet(name));
      expect(call, `${name}: the call`).toMatch(/^awaitclient\.conversations\.v1/);
      expect(callOf(exampleSource(name)), `examples/${name}.js`).toBe(call);
    }
  });

  it.each(cases)("$file ($kind)", async ({ name, from, file }) => {
    const source = await snippet(name);
    const changed = withImportOf(source, PACKAGE, from);
    const diff = source.split("\n").filter((l, i) => l !== changed.split("\n")[i]);
    expect(diff, "only the import line changes").toHaveLength(1);
    const result = await writeAndRun(file, changed);
    if (name === "fetch") {
      // Its placeholder SID, IMXXXX…, breaks the spec's Sid pattern: the client refuses to send it.
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(
        /ValidationError: FetchConversationMessage: sid must match .* \(got "IMXXXXXXXX/,
      );
    } else {
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(lines(result.stdout)).toEqual(PRINTS[name]);
    }
  });
});
