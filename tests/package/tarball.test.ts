// The packed package as a user's project has it (npm pack, installed into an empty folder once a
// run by package-setup.ts): every public export is called, from require() and from import
// (runtimes/smoke-core.mjs, the same run as in every runtime of `npm run test:runtimes`); a
// TypeScript user's code type-checks; both bins run. Each check is a child process of its own,
// writing files of its own: they run side by side. The package's examples run in examples.test.ts,
// the README's snippets in readme.test.ts.

import { execFile } from "node:child_process";
import { copyFile, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, CONVERSATION_SID, packageApp, prismUrl } from "../support/fixtures";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const PACKAGE_JSON = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
const PACKAGE: string = PACKAGE_JSON.name;

const app = packageApp();

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

describe("the signature checks from require", () => {
  it("load on their first call only: require(pkg) alone loads neither them nor @noble/hashes", async () => {
    const script = `const pkg = require("${PACKAGE}");
const loaded = () => Object.keys(require.cache).filter((f) => /webhooks\\.cjs$|@noble/.test(f)).length;
const before = loaded();
const valid = pkg.validateRequest("t", pkg.getExpectedTwilioSignature("t", "https://a.example/", {}), "https://a.example:443/", {});
console.log(JSON.stringify({ before, after: loaded(), valid, onDefault: pkg.default.validateRequest === pkg.validateRequest }));`;
    const { stdout, stderr } = await run(process.execPath, ["-e", script], { cwd: app });
    expect(stderr).toBe(""); // require() of @noble/hashes (an ES module) warns of nothing on Node 20.19+
    expect(JSON.parse(stdout)).toEqual({
      before: 0,
      after: expect.any(Number),
      valid: true,
      onDefault: true,
    });
    expect(JSON.parse(stdout).after).toBeGreaterThan(1);
  });
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
// The signature checks, by name from both (and on require's function, below).
export const signed: string = getExpectedTwilioSignature("token", "https://example.com/", { Media: ["a", "b"] });
export const valid: boolean = validateRequest("token", null, "https://example.com/", { Body: "x" });
export const json: boolean = validateRequestWithBody("token", signed, "https://example.com/", new Uint8Array());
// @ts-expect-error: twilio-node's body hash helper is not part of this package
checks.getExpectedBodyHash;
`;
  it("type-check a TypeScript user's code from import and from require (node16 resolution)", async () => {
    await writeFile(
      join(app, "consumer.mts"),
      source(
        `import twilio, { ConversationsError, createConversationsClient, getExpectedTwilioSignature, validateRequest, validateRequestWithBody } from "${PACKAGE}";\nimport * as checks from "${PACKAGE}";\nimport { createEmulator } from "${PACKAGE}/emulator";\n// @ts-expect-error: from import, the default export is twilio() alone (the checks are named exports)\ntwilio.validateRequest;`,
      ),
    );
    await writeFile(
      join(app, "consumer.cts"),
      source(
        `import twilio = require("${PACKAGE}");\nimport emulatorModule = require("${PACKAGE}/emulator");\nconst { ConversationsError, createConversationsClient, getExpectedTwilioSignature, validateRequest, validateRequestWithBody } = twilio;\nconst checks = twilio;\nconst { createEmulator } = emulatorModule;`,
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
  it("its bins are executable as built: a build after npm links them (prepare) keeps them so", async () => {
    for (const bin of Object.values(PACKAGE_JSON.bin) as string[])
      expect((await stat(join(ROOT, bin))).mode & 0o111, bin).toBe(0o111);
  });

  it.each(["conversations-message-emulator", "conversations-message-verify"])(
    "npx %s --help works from the installed tarball",
    async (bin) => {
      const { stdout } = await run(join(app, "node_modules/.bin", bin), ["--help"], { cwd: app });
      expect(stdout).toMatch(new RegExp(`^Usage: ${bin}`));
    },
  );
});
