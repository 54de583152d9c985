// The sources' tests share a module cache (vitest.config.ts): a test file that replaces a module
// with vi.mock must run isolated, or it changes that module for the files after it in its worker.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { MOCKS_MODULES } from "../../vitest.config";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

it("every test file that mocks a module runs isolated, and each one listed does mock one", async () => {
  const files = (await readdir(join(ROOT, "tests"), { recursive: true }))
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => relative(ROOT, join(ROOT, "tests", f)));
  const mocking: string[] = [];
  for (const file of files)
    if (/\bvi\s*\.\s*(do)?[mM]ock\s*\(/.test(await readFile(join(ROOT, file), "utf8"))) mocking.push(file);
  expect(mocking.length).toBeGreaterThan(0);
  expect(mocking.sort()).toEqual([...MOCKS_MODULES].sort());
});
