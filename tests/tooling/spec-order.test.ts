// The order of the spec's paths is not a fact about the API: the spec regenerated with its paths
// (and each path's methods) reversed gives the same operation table, the same routes and the same
// field and validation tables as the spec as written.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { SPEC_PATH } from "../../scripts/lib/spec.mjs";
import { allRoutes, indexOperations, type Operation } from "../../src/core/operations.js";
import * as fields from "../../src/generated/fields.js";
import { operations } from "../../src/generated/operations.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
type Json = Record<string, unknown>;

let dir = "";
let reordered: { operations: Record<string, Operation>; fields: Json; contract: Json; schemas: Json };

/** The spec with the order of its paths, and of the methods under each, reversed. */
function reversedPaths(spec: Json & { paths: Record<string, Json> }) {
  const paths = Object.entries(spec.paths).reverse();
  const reversedItem = (item: Json) => Object.fromEntries(Object.entries(item).reverse());
  return { ...spec, paths: Object.fromEntries(paths.map(([path, item]) => [path, reversedItem(item)])) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "spec-order-"));
  const spec = parse(await readFile(SPEC_PATH, "utf8"));
  const reversed = reversedPaths(spec);
  expect(Object.keys(reversed.paths)).toEqual(Object.keys(spec.paths).reverse());
  await writeFile(join(dir, "messages.yaml"), stringify(reversed));
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      ["scripts/generate.mjs", "--spec", join(dir, "messages.yaml"), "--out", join(dir, "generated")],
      { cwd: ROOT },
      (error, _stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve()),
    ),
  );
  const load = (name: string) => import(/* @vite-ignore */ join(dir, "generated", `${name}.ts`));
  const [ops, fieldsModule, contract, schemas] = await Promise.all(
    ["operations", "fields", "contract", "schemas"].map(load),
  );
  reordered = { operations: ops.operations, fields: fieldsModule, contract, schemas };
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const byKey = (
  routes: readonly { resource: string; family: string; action: string; operationId: string }[],
) => Object.fromEntries(routes.map((r) => [`${r.resource} ${r.family} ${r.action}`, r.operationId]));

describe("the spec regenerated with its paths reversed", () => {
  it("holds the same operations, in the other order", () => {
    const ids = Object.keys(operations);
    expect(Object.keys(reordered.operations)).not.toEqual(ids);
    expect(Object.keys(reordered.operations).sort()).toEqual([...ids].sort());
    for (const id of ids)
      expect(reordered.operations[id], id).toEqual(operations[id as keyof typeof operations]);
  });

  it("routes every operation to the same resource, family and action, and leaves none unrouted", () => {
    const { routes, unrouted } = indexOperations(reordered.operations);
    expect(unrouted).toEqual([]);
    expect(byKey(routes)).toEqual(byKey(allRoutes));
    expect(routes.map((r) => r.operationId)).toEqual(allRoutes.map((r) => r.operationId));
  });

  it("gives the same field tables", () => {
    for (const name of Object.keys(fields)) {
      expect(reordered.fields[name], name).toEqual((fields as Json)[name]);
    }
  });

  it("gives the same validators: each operation's answers and each schema", async () => {
    const { responses } = await import("../../src/generated/contract.js");
    const answers = reordered.contract.responses as Record<string, Record<string, { media: unknown }>>;
    for (const [id, byStatus] of Object.entries(responses)) {
      const theirs = answers[id] ?? {};
      expect(Object.keys(theirs).sort(), id).toEqual(Object.keys(byStatus).sort());
      for (const [status, answer] of Object.entries(byStatus))
        expect(theirs[status]?.media, `${id} ${status}`).toEqual(answer.media);
    }
    const schemas = await import("../../src/generated/schemas.js");
    expect(Object.keys(reordered.schemas).sort()).toEqual(Object.keys(schemas).sort());
  });
});
