#!/usr/bin/env node
// `npm run lint:spec`: the spec must be valid OpenAPI 3.1 (swagger-parser) and pass the Redocly
// ruleset in redocly.yaml with no problem at all: an error or a warning fails, and a rule can
// only be quieted by switching it off in redocly.yaml with a reason.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import { SPEC_PATH } from "./lib/spec.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const REDOCLY_BIN = join(dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");

/** Problems found by swagger-parser (structure, refs, JSON Schema) as strings; empty when valid. */
export async function validateStructure(path = SPEC_PATH) {
  try {
    await SwaggerParser.validate(path);
    return [];
  } catch (error) {
    return [`swagger-parser: ${error.message}`];
  }
}

/** Problems found by Redocly with redocly.yaml, as strings; empty when clean. */
export async function lintWithRedocly(path = SPEC_PATH) {
  const args = [REDOCLY_BIN, "lint", path, "--config", join(ROOT, "redocly.yaml"), "--format=json"];
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  // Redocly exits 1 when it finds errors; its JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(process.execPath, args, { env, cwd: ROOT }).catch((e) => e);
  const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
  return report.problems.map((p) => {
    const where = p.location?.[0];
    const line = where?.start?.line ? `:${where.start.line}` : "";
    return `redocly ${p.severity} ${p.ruleId} at ${relative(ROOT, path)}${line} ${where?.pointer ?? ""}: ${p.message}`;
  });
}

async function main() {
  const path = process.argv[2] ?? SPEC_PATH;
  const problems = [...(await validateStructure(path)), ...(await lintWithRedocly(path))];
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`lint:spec: ${problems.length} problem(s) in ${relative(ROOT, path)}.`);
    process.exit(1);
  }
  console.log(`lint:spec: ${relative(ROOT, path)} is valid OpenAPI and passes redocly.yaml.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
