#!/usr/bin/env node
// `npm run check:package`: packs the package as `npm publish` would (its prepare script builds
// dist/), then checks the tarball: it holds only what users need (dist/, README, LICENSE,
// package.json), and @arethetypeswrong/cli and publint (strict: warnings fail too) find no problem
// in it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const binOf = (pkg, file) => join(ROOT, "node_modules", pkg, file);
const dir = mkdtempSync(join(tmpdir(), "pack-"));
// emulator/package.json: where resolvers that ignore "exports" (TypeScript's node10) find the
// pkg/emulator subpath.
// The licences of code bundled into dist/ go with it (dist/noble-hashes.LICENSE: MIT asks for it).
const ALLOWED =
  /^(dist\/.+\.(js|cjs|d\.ts|d\.cts|LICENSE)|README\.md|LICENSE|package\.json|emulator\/package\.json)$/;

let failed = false;
try {
  // prepare's build prints first; the JSON report starts at the line that is just "[".
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const packed = JSON.parse(out.slice(out.search(/^\[$/m)))[0];
  const tarball = join(dir, packed.filename);
  const files = packed.files.map((f) => f.path);
  const extra = files.filter((f) => !ALLOWED.test(f));
  console.log(
    `pack: ${packed.filename}, ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );
  if (extra.length) {
    failed = true;
    console.error(`pack: files users do not need: ${extra.join(", ")}`);
  }
  for (const needed of [
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/index.d.cts",
    "dist/emulator.js",
    "dist/emulator.cjs",
    "dist/emulator-cli.js",
    "dist/verify-cli.js",
    "emulator/package.json",
    "README.md",
    "LICENSE",
  ]) {
    if (!files.includes(needed)) {
      failed = true;
      console.error(`pack: ${needed} is missing`);
    }
  }
  for (const [name, args] of [
    ["attw", [binOf("@arethetypeswrong/cli", "dist/index.js"), tarball, "--format", "ascii"]],
    ["publint", [binOf("publint", "src/cli.js"), "run", tarball, "--strict"]],
  ]) {
    try {
      const out = execFileSync(process.execPath, args, {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      console.log(`${name}: no problems\n${out.trim().replace(/^/gm, "  ")}`);
    } catch (error) {
      failed = true;
      console.error(
        `${name}: problems found\n${`${error.stdout ?? ""}${error.stderr ?? ""}`.trim().replace(/^/gm, "  ")}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
