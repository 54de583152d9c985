// The acceptance test: the seed's six twilio-node snippets, unchanged but for their import line,
// run as child processes against the Prism mock, using this package packed with `npm pack` and
// installed into an empty folder, once as CommonJS and once as ESM. Then every public export of
// the installed package is called, from require() and from import (runtimes/smoke-core.mjs, the
// same run as in every runtime of `npm run test:runtimes`). Each check is a child process of its
// own, writing files of its own: they run side by side.

import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, prismUrl, responseExample } from "../support/fixtures";
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

describe.concurrent("the seed's snippets against the packed package", () => {
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

describe.concurrent("every public export of the packed package", () => {
  const runners = {
    require: `const pkg = require("${PACKAGE}");\nimport("./smoke-core.mjs").then(({ smoke }) => smoke(pkg, JSON.parse(process.argv[2]))).then((passed) => console.log(JSON.stringify(passed)));\n`,
    import: `import * as pkg from "${PACKAGE}";\nimport { smoke } from "./smoke-core.mjs";\nconsole.log(JSON.stringify(await smoke(pkg, JSON.parse(process.argv[2]))));\n`,
  };
  it.each(Object.keys(runners) as (keyof typeof runners)[])(
    "is called from %s, with one real request each way in",
    async (kind) => {
      await copyFile(join(ROOT, "runtimes/smoke-core.mjs"), join(app, "smoke-core.mjs"));
      const file = kind === "require" ? "exports.cjs" : "exports.mjs";
      await writeFile(join(app, file), runners[kind]);
      const target = JSON.stringify({
        baseUrl: prismUrl(),
        account: ACCOUNT_SID,
        conversation: CONVERSATION_SID,
      });
      const { stdout, stderr } = await run(process.execPath, [file, target], {
        cwd: app,
        timeout: 20_000,
      });
      expect(stderr).toBe("");
      const passed: string[] = JSON.parse(stdout);
      expect(passed).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^facade: create, fetch, list/),
          "typed client: create, fetch, list",
          expect.stringMatching(/^errors: /),
          expect.stringMatching(/^all \d+ exports$/),
        ]),
      );
    },
  );
});

describe.concurrent("the packed package's types", () => {
  // A TypeScript user's view, with Node's own module resolution: the declarations for import
  // (.d.ts) and for require (.d.cts) both type the facade, the typed client and the errors.
  const source = (importLine: string) => `${importLine}
const client = twilio("AC", "token", { baseUrl: "http://127.0.0.1:9" });
client.conversations.baseUrl = "http://127.0.0.1:4010";
// @ts-expect-error: an unknown option
twilio("AC", "token", { baseURL: "http://127.0.0.1:9" });
const emulator = createEmulator({ rateLimit: 30 });
export const seeded: string | undefined = emulator.seed("CH", [{ body: "x" }], { service: "IS" })[0]?.chat_service_sid;
// @ts-expect-error: not an action or operationId
emulator.failNext({ status: 503, operation: "send" });
export const inService = client.conversations.v1.services("IS").conversations("CH").messages;
export async function use(): Promise<string> {
  const message = await inService.create({ body: "Ahoy", dateCreated: new Date() });
  const sid: string = message.chatServiceSid;
  const date: Date = message.dateCreated;
  const api = createConversationsClient({ username: "AC", password: "token" });
  const { data } = await api.GET("/v1/Conversations/{ConversationSid}/Messages", {
    params: { path: { ConversationSid: "CH" }, query: { Order: "desc" } },
  });
  try {
    await client.conversations.v1.conversations("CH").messages("IM").fetch();
  } catch (error) {
    if (error instanceof ConversationsError) return error.name;
  }
  // @ts-expect-error: a default-family message has no chatServiceSid
  (await client.conversations.v1.conversations("CH").messages("IM").fetch()).chatServiceSid;
  // @ts-expect-error: Order is asc or desc
  await api.GET("/v1/Conversations/{ConversationSid}/Messages", { params: { path: { ConversationSid: "CH" }, query: { Order: "up" } } });
  return sid + date.toISOString() + String(data?.messages.length);
}
`;
  it("type-check a TypeScript user's code from import and from require (node16 resolution)", async () => {
    await writeFile(
      join(app, "consumer.mts"),
      source(
        `import twilio, { ConversationsError, createConversationsClient } from "${PACKAGE}";\nimport { createEmulator } from "${PACKAGE}/emulator";`,
      ),
    );
    await writeFile(
      join(app, "consumer.cts"),
      source(
        `import twilio = require("${PACKAGE}");\nimport emulatorModule = require("${PACKAGE}/emulator");\nconst { ConversationsError, createConversationsClient } = twilio;\nconst { createEmulator } = emulatorModule;`,
      ),
    );
    await writeFile(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          noEmit: true,
          strict: true,
          module: "node16",
          moduleResolution: "node16",
          target: "es2022",
          lib: ["es2022", "dom"],
          types: [],
        },
        files: ["consumer.mts", "consumer.cts"],
      }),
    );
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: app }).then(
      () => ({ stdout: "" }),
      (error: { stdout: string }) => error,
    );
    expect(result.stdout).toBe("");
  }, 60_000);
});

describe.concurrent("the packed package's command line", () => {
  it.each(["conversations-message-emulator", "conversations-message-verify"])(
    "npx %s --help works from the installed tarball",
    async (bin) => {
      const { stdout } = await run(join(app, "node_modules/.bin", bin), ["--help"], { cwd: app });
      expect(stdout).toMatch(new RegExp(`^Usage: ${bin}`));
    },
  );
});

describe.concurrent("the README's emulator example, in a project with only the packed package", () => {
  it("passes as written, with no clone and no mock server", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Test your code against the emulator"));
    const example = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example, "the section's first js block").toMatch(/from "conversations-message\/emulator"/);
    await writeFile(join(app, "messages.test.mjs"), example as string);
    // The project's own vitest, as `npm install -D vitest` would give it.
    await symlink(join(ROOT, "node_modules/vitest"), join(app, "node_modules/vitest"), "dir").catch(() => {});
    const vitest = join(ROOT, "node_modules/vitest/vitest.mjs");
    const result = await run(process.execPath, [vitest, "run", "messages.test.mjs", "--root", app], {
      cwd: app,
      env: { PATH: process.env.PATH, CI: "1" },
      timeout: 60_000,
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout + error.stderr,
      }),
    );
    expect(result.stdout).toMatch(/1 passed/);
    expect(result.code).toBe(0);
  }, 60_000);
});
