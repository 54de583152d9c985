// The README's snippets, as a user would paste them, in a project with only the packed package
// installed (package-setup.ts): each js block run as a module against the emulator on loopback,
// with the settings the README tells a user to set (a block that imports vitest, with vitest);
// each ts block type-checked, then run; each shell command checked (a bin's flags against its
// --help, an npm script against package.json, a file against the README); and the verifier's
// sample report made again. A block that ends in comment lines gives what it prints, line by line,
// `…` standing for any text.
import { execFile } from "node:child_process";
import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { transform } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID, packageApp, SERVICE_SID } from "../support/fixtures";

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const README = await readFile(join(ROOT, "README.md"), "utf8");
const PACKAGE = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));

interface Block {
  /** "js 3 (Send your first message)": its language, its number, and the section it stands in. */
  label: string;
  lang: string;
  code: string;
}
const blocks: Block[] = [];
{
  let section = "";
  const counts = new Map<string, number>();
  for (const match of README.matchAll(/^(#{2,3}) (.+)$|^```(\w*)\n([\s\S]*?)^```$/gm)) {
    if (match[2]) section = match[2];
    else {
      const lang = match[3] || "(none)";
      counts.set(lang, (counts.get(lang) ?? 0) + 1);
      blocks.push({ label: `${lang} ${counts.get(lang)} (${section})`, lang, code: match[4] as string });
    }
  }
}
const of = (lang: string) => blocks.filter((b) => b.lang === lang);

/** The lines a block says it prints: its closing comment lines, `…` standing for any text. */
function printed(code: string): RegExp[] {
  const lines = code.trimEnd().split("\n");
  const comments: string[] = [];
  while (lines.length && /^\/\/ /.test(lines.at(-1) as string))
    comments.unshift((lines.pop() as string).slice(3));
  return comments.map(
    (line) => new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/…/g, ".*")}$`),
  );
}

/** What a run printed is what its block says it prints, when it says. */
function expectPrinted(stdout: string, code: string) {
  const expected = printed(code);
  if (!expected.length) return;
  const lines = stdout.trimEnd().split("\n");
  expect(lines).toHaveLength(expected.length);
  for (const [n, line] of lines.entries()) expect(line).toMatch(expected[n] as RegExp);
}

let emulator: Emulator;
let env: Record<string, string>;
beforeAll(async () => {
  // The settings a user sets to try the snippets on the emulator: any token, as it checks them.
  emulator = createEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  env = {
    PATH: process.env.PATH ?? "",
    CI: "1",
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_CONVERSATIONS_BASE_URL: await emulator.listen(),
    TWILIO_CONVERSATION_SID: CONVERSATION_SID,
    TWILIO_CHAT_SERVICE_SID: SERVICE_SID,
  };
  // What a user's project has beside the package: vitest, and (for that section) the official SDK.
  for (const name of ["vitest", "twilio"])
    await symlink(join(ROOT, "node_modules", name), join(packageApp(), "node_modules", name), "dir").catch(
      () => {},
    );
});
afterAll(() => emulator?.close());

/** Runs a file of the user's project; resolves its exit code and output. */
function runInApp(args: string[]) {
  return exec(process.execPath, args, { cwd: packageApp(), env, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** Runs a snippet as a file of its own: a vitest test, a CommonJS script or an ES module. */
async function runSnippet(name: string, code: string) {
  if (/from "vitest"/.test(code)) {
    const file = `${name}.test.mjs`;
    await writeFile(join(packageApp(), file), code);
    const result = await runInApp([join(ROOT, "node_modules/vitest/vitest.mjs"), "run", file, "--root", "."]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: vitest colours its summary
    const summary = result.stdout.replace(/\x1b\[[0-9;]*m/g, "");
    expect(summary, result.stdout + result.stderr).toMatch(/Tests {2}\d+ passed \(\d+\)/);
    return { ...result, stdout: "", stderr: "" };
  }
  const file = `${name}.${/^import /m.test(code) ? "mjs" : "cjs"}`;
  await writeFile(join(packageApp(), file), code);
  return runInApp([file]);
}

describe.concurrent("the README's JavaScript", () => {
  it.each(of("js").map((b, i) => [b.label, b, i] as const))("%s runs as written", async (_, block, i) => {
    const { code, stdout, stderr } = await runSnippet(`readme-js-${i + 1}`, block.code);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expectPrinted(stdout, block.code);
  });
});

describe.concurrent("the README's TypeScript", () => {
  it.each(of("ts").map((b, i) => [b.label, b, i] as const))(
    "%s type-checks (node16, strict) and runs",
    async (_, block, i) => {
      const name = `readme-ts-${i + 1}`;
      await writeFile(join(packageApp(), `${name}.mts`), block.code);
      await writeFile(
        join(packageApp(), `${name}.tsconfig.json`),
        JSON.stringify({
          // What `tsc --init` writes today, strictest parts included, with Node's types.
          compilerOptions: {
            noEmit: true,
            strict: true,
            module: "nodenext",
            target: "esnext",
            lib: ["esnext", "dom"],
            noUncheckedIndexedAccess: true,
            exactOptionalPropertyTypes: true,
            verbatimModuleSyntax: true,
            isolatedModules: true,
            moduleDetection: "force",
            typeRoots: [join(ROOT, "node_modules/@types")],
            types: ["node"],
          },
          files: [`${name}.mts`],
        }),
      );
      const tsc = await runInApp([
        join(ROOT, "node_modules/typescript/bin/tsc"),
        "-p",
        `${name}.tsconfig.json`,
      ]);
      expect(tsc.stdout).toBe("");
      const { code } = await transform(block.code, { loader: "ts", format: "esm" });
      const ran = await runSnippet(name, code);
      expect(ran.stderr).toBe("");
      expect(ran.code).toBe(0);
      expectPrinted(ran.stdout, block.code);
    },
    60_000,
  );
});

describe.concurrent("the README's shell commands", () => {
  const helpOf = new Map<string, Promise<string>>();
  const help = (bin: string) => {
    if (!helpOf.has(bin))
      helpOf.set(
        bin,
        runInApp([join(packageApp(), "node_modules/.bin", bin), "--help"]).then((r) => r.stdout),
      );
    return helpOf.get(bin) as Promise<string>;
  };
  const commands = of("sh").flatMap((block) =>
    block.code
      .split("\n")
      .map((line) => line.replace(/\s+#.*$/, "").trim())
      .filter(Boolean)
      .map((line) => [`${line} (${block.label})`, line] as const),
  );
  it.each(commands)("%s", async (_, line) => {
    // Settings before a command (`A=b cmd`, `export A=b C=d`) are the user's; the command follows.
    const words = line.replace(/^export\s+/, "").split(/\s+/);
    while (words[0] && /^[A-Z_]+=/.test(words[0])) words.shift();
    if (!words.length) return; // an export of settings alone
    const [command, ...args] = words as [string, ...string[]];
    if (command === "npx") {
      const [bin, ...flags] = args as [string, ...string[]];
      expect(Object.keys(PACKAGE.bin)).toContain(bin);
      const text = await help(bin);
      for (const flag of flags.filter((f) => f.startsWith("--"))) expect(text).toContain(flag);
    } else if (command === "npm" && args[0] === "install") {
      // The way in that git-install.test.ts proves (with a git+file URL): a git URL.
      expect(args[1]).toMatch(/^git\+https:\/\/\S+\.git$/);
    } else if (command === "node") {
      expect(README, `${args[0]} is named where the README gives it`).toContain(`(\`${args[0]}\`)`);
    } else {
      throw new Error(`the README's shell command ${line} is not one this test knows to check`);
    }
  });
});

describe("the README's sample report of the verifier", () => {
  it("is what the verifier prints against the emulator that takes any credentials", async () => {
    const sample = of("text").find((b) => b.label.endsWith("(Judge a server by the spec: the verifier)"));
    expect(sample).toBeDefined();
    const anyCredentials = createEmulator();
    const url = await anyCredentials.listen();
    try {
      const bin = join(packageApp(), "node_modules/.bin/conversations-message-verify");
      const { stdout } = await runInApp([bin, "--target", url, "--no-service"]);
      // What differs from run to run: the port (and so where an answer shown is cut, and its
      // length), and the duration.
      const same = (text: string) =>
        text
          .replaceAll(url, "http://127.0.0.1:4010")
          .replace(/(got: +200 \{"meta":).*… \(\d+ characters\)/g, "$1…")
          .replace(/ in \d+\.\d s:/, " in N s:");
      expect(same(stdout)).toBe(same(sample?.code as string));
    } finally {
      await anyCredentials.close();
    }
  });
});
