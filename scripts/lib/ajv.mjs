// The one Ajv set-up used wherever the spec's schemas are compiled (the tests, and the generator
// of src/generated/validators.ts): OpenAPI 3.1 schemas are JSON Schema 2020-12, plus `format`
// (date-time as a real instant, uri) and one rule JSON Schema leaves as an annotation: a string
// with `contentMediaType: application/json` must hold valid JSON (Attributes, ContentVariables,
// attributes).
import { _, Ajv as AjvDraft07 } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { holdsJson, isDateTime } from "./validation-runtime.mjs";

/**
 * @param options Ajv options
 * @param dialect "2020-12" (OpenAPI 3.1's), or "draft-07" for standalone code: the request schemas
 *   use no keyword whose meaning differs, and draft-07 code skips 2020-12's bookkeeping of evaluated
 *   properties (smaller bundles). tests/contract/enforcement.test.ts holds both to Prism's verdicts.
 */
export function createSpecAjv(options = {}, dialect = "2020-12") {
  const Ajv = dialect === "draft-07" ? AjvDraft07 : Ajv2020;
  // allowUnionTypes: OpenAPI 3.1 writes a nullable field as `type: [string, "null"]`.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, ...options });
  addFormats.default(ajv);
  ajv.addFormat("date-time", isDateTime);
  // OpenAPI's own keywords inside a Schema Object, and the mock's hint; annotations only.
  ajv.addVocabulary(["example", "xml", "externalDocs", "discriminator", "x-faker"]);
  ajv.removeKeyword("contentMediaType");
  ajv.addKeyword({
    keyword: "contentMediaType",
    type: "string",
    schemaType: "string",
    error: { message: ({ schema }) => _`${`must be a string holding valid ${schema}`}` },
    code(cxt) {
      if (cxt.schema !== "application/json") return;
      // `code` names the helper for standalone code, which defines it itself.
      const check = cxt.gen.scopeValue("func", { ref: holdsJson, code: _`holdsJson` });
      cxt.fail(_`!${check}(${cxt.data})`);
    },
  });
  return ajv;
}
