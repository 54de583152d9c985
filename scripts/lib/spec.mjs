// Loading and walking openapi/messages.yaml. Shared by the generator, the spec linter and the
// tests, so that every one of them sees the spec the same way.
import { fileURLToPath } from "node:url";
import SwaggerParser from "@apidevtools/swagger-parser";

export const SPEC_PATH = fileURLToPath(new URL("../../openapi/messages.yaml", import.meta.url));

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The spec with every `$ref` resolved in place (a fresh copy each call). */
export async function loadDereferencedSpec(path = SPEC_PATH) {
  return SwaggerParser.dereference(path);
}

/** The spec as written, with external files inlined but internal `$ref`s kept. */
export async function loadBundledSpec(path = SPEC_PATH) {
  return SwaggerParser.bundle(path);
}

/**
 * Every operation of a (dereferenced) spec, in document order, with the path item's parameters
 * merged into the operation's own (an operation's parameter overrides the path's of the same
 * name and location, as OpenAPI specifies).
 */
export function listOperations(spec) {
  const operations = [];
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const byKey = new Map();
      for (const p of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        byKey.set(`${p.in}:${p.name}`, p);
      }
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        operation,
        parameters: [...byKey.values()],
      });
    }
  }
  return operations;
}

/** The 2xx status codes an operation documents, as numbers. */
export function successStatuses(operation) {
  return Object.keys(operation.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .map(Number);
}
