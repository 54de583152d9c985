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

/** The named response example `name` of a dereferenced spec (create, fetch, update, list, list-desc, …). */
export function responseExample(spec, name) {
  for (const response of Object.values(spec.components?.responses ?? {})) {
    const found = response.content?.["application/json"]?.examples?.[name];
    if (found) return found.value;
  }
  throw new Error(`no response example named ${name}`);
}

/** The 2xx status codes an operation documents, as numbers. */
export function successStatuses(operation) {
  return Object.keys(operation.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .map(Number);
}

/** The component schema a `$ref` names ("#/components/schemas/Message" → "Message"), if it names one. */
export function schemaRefName(ref) {
  return /^#\/components\/schemas\/([^/]+)$/.exec(ref ?? "")?.[1];
}

/**
 * A schema of the bundled spec with its `$ref` followed (repeatedly); keywords beside a `$ref`
 * win over the target's, as swagger-parser's dereferencing merges them.
 */
export function followRef(bundled, schema) {
  let current = schema;
  for (let depth = 0; current?.$ref; depth++) {
    if (depth > 32) throw new Error(`$ref loop at ${schema.$ref}`);
    const { $ref, ...siblings } = current;
    const name = schemaRefName($ref);
    if (!name || !bundled.components?.schemas?.[name]) throw new Error(`cannot follow $ref ${$ref}`);
    current = { ...bundled.components.schemas[name], ...siblings };
  }
  return current;
}

/** The branches of a schema that admit a non-null value (anyOf/oneOf), or the schema itself. */
function nonNullBranches(schema) {
  const branches = schema.anyOf ?? schema.oneOf;
  return branches ? branches.filter((b) => b.type !== "null") : [schema];
}

/**
 * An object schema's properties and required names, its `allOf` branches merged in (a composed
 * schema such as ServiceMessage has no `properties` of its own). Property schemas are as written.
 */
export function objectMembers(bundled, schema) {
  const resolved = followRef(bundled, schema);
  const properties = {};
  const required = [];
  for (const branch of resolved.allOf ?? []) {
    const inner = objectMembers(bundled, branch);
    Object.assign(properties, inner.properties);
    required.push(...inner.required);
  }
  Object.assign(properties, resolved.properties ?? {});
  required.push(...(resolved.required ?? []));
  return { properties, required: [...new Set(required)] };
}

/**
 * What a property holds, read through `$ref`s and a nullable `anyOf`: whether it is a date-time,
 * and the component object schema it holds (as `object`, or as `items` of an array), if any.
 */
export function propertyKind(bundled, schema) {
  const objectName = (s) => {
    const name = schemaRefName(s?.$ref);
    const target = name && followRef(bundled, s);
    return target && (target.properties || target.allOf) ? name : undefined;
  };
  const branches = nonNullBranches(followRef(bundled, schema));
  if (branches.length !== 1) return {};
  const [branch] = branches;
  const resolved = followRef(bundled, branch);
  const types = [resolved.type ?? []].flat();
  return {
    dateTime: resolved.format === "date-time",
    object: objectName(schema) ?? objectName(branch),
    items: types.includes("array") ? objectName(nonNullBranches(resolved.items ?? {})[0]) : undefined,
  };
}
