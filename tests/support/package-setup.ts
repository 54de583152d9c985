// Vitest global setup of tests/package/: the package packed with `npm pack` (from the dist/ that
// build-setup.ts built) and installed into an empty folder, once a run, as a user's project would
// have it. Tests get the folder with packageApp() from the fixtures and run their
// scripts there, each in files of its own names: they run side by side. The folder is removed at
// the end.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder with the packed package installed in node_modules/, and a package.json. */
    packageApp: string;
  }
}

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

export default async function setup(project: TestProject) {
  const app = await mkdtemp(join(tmpdir(), "package-app-"));
  // --ignore-scripts keeps npm pack from running the package's build script, which would rebuild
  // dist/ while other tests use it (.ci/run's npm run check:package packs with the build).
  const { stdout } = await run(NPM, ["pack", "--json", "--ignore-scripts", "--pack-destination", app], {
    cwd: ROOT,
  });
  const [{ filename }] = JSON.parse(stdout.slice(stdout.indexOf("[")));
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "package-app", private: true }));
  await run(NPM, ["install", "--no-audit", "--no-fund", "--prefer-offline", join(app, filename)], {
    cwd: app,
  });
  project.provide("packageApp", app);
  return () => rm(app, { recursive: true, force: true });
}
