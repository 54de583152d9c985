// The package installed from git, as `npm install git+https://…` (or `github:owner/repo`) installs
// it: npm clones the repository, installs its devDependencies there, runs its prepare script (the
// build) and installs what that packs. The repository here is a git repository of this working
// tree as a commit of it would hold it (in CI, a fresh clone: exactly its HEAD), installed by its
// git+file:// URL into an empty folder. Then the package is required and imported, and both bins
// run. Most of the time is npm's install of the devDependencies, from its cache.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLine } from "../../scripts/lib/examples.mjs";
import { ACCOUNT_SID, AUTH_TOKEN, CONVERSATION_SID } from "../support/fixtures";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const { name: PACKAGE } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));

let temp: string;
let app: string;

/** A git repository whose one commit is the working tree: what `git add -A && git commit` would hold. */
async function commitOfWorkingTree(repo: string): Promise<void> {
  await run("git", ["init", "-q", repo]);
  // The working tree is read through the new repository (its .gitignore applies); this
  // repository's own index and history are left as they are.
  const git = ["--git-dir", join(repo, ".git"), "--work-tree", ROOT];
  await run("git", [...git, "add", "-A"]);
  const identity = ["-c", "user.name=git-install test", "-c", "user.email=test@example.invalid"];
  await run("git", [...git, ...identity, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "working tree"]);
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "git-install-"));
  const repo = join(temp, `${PACKAGE}.git`);
  await commitOfWorkingTree(repo);
  app = join(temp, "app");
  await mkdir(app);
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "git-app", private: true }));
  await run(NPM, ["install", "--prefer-offline", "--no-audit", "--no-fund", `git+${pathToFileURL(repo)}`], {
    cwd: app,
    maxBuffer: 1 << 24,
  });
}, 600_000);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

// Creates a message through the facade on the emulator, fetches it back and prints what came back.
const script = (from: "require" | "import") => {
  const emulatorImport =
    from === "import"
      ? `import { createEmulator } from "${PACKAGE}/emulator";`
      : `const { createEmulator } = require("${PACKAGE}/emulator");`;
  return `${importLine(PACKAGE, from)}
${emulatorImport}

async function main() {
  const emulator = createEmulator();
  const client = twilio(${JSON.stringify(ACCOUNT_SID)}, ${JSON.stringify(AUTH_TOKEN)}, { fetch: emulator.fetch });
  const messages = client.conversations.v1.conversations(${JSON.stringify(CONVERSATION_SID)}).messages;
  const sent = await messages.create({ author: "smee", body: "Ahoy there!" });
  const fetched = await messages(sent.sid).fetch();
  console.log(JSON.stringify({ same: fetched.sid === sent.sid, author: fetched.author, body: fetched.body }));
}

main();
`;
};

describe.concurrent("the package installed from git", () => {
  it.each([
    ["require", "use.cjs"],
    ["import", "use.mjs"],
  ] as const)("works from %s: a message created on the emulator is fetched back", async (from, file) => {
    await writeFile(join(app, file), script(from));
    const { stdout, stderr } = await run(process.execPath, [file], { cwd: app, timeout: 20_000 });
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({ same: true, author: "smee", body: "Ahoy there!" });
  });

  it.each(["conversations-message-emulator", "conversations-message-verify"])(
    "has the bin %s",
    async (bin) => {
      const { stdout } = await run(join(app, "node_modules/.bin", bin), ["--help"], { cwd: app });
      expect(stdout).toMatch(new RegExp(`^Usage: ${bin}`));
    },
  );
});
