// The one Ajv set-up used wherever the spec's schemas are compiled (the tests, the generator's
// response validators in src/generated/contract.ts, and the parity test of src/core/schema.ts): OpenAPI 3.1 schemas are JSON Schema 2020-12, plus `format`
// (date-time as a real instant, uri as a URL parser reads it) and one rule JSON Schema leaves as an annotation: a string
// with `contentMediaType: application/json` must hold valid JSON (Attributes, ContentVariables,
// attributes), and one extension of the spec's: `x-max-bytes: N`, a limit in bytes of UTF-8 where
// Twilio counts bytes (maxLength counts characters).
import { _, Ajv as AjvDraft07, str } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { holdsJson, isDateTime, isUri, utf8Length } from "./validation-runtime.mjs";

/** Extension keywords that constrain a value: kept in the runtime tables and compiled into validators. */
export const VALIDATION_EXTENSIONS = ["x-max-bytes"];
/** Extension keywords that only annotate (the mock's hint; which rules bind callers only). */
export const ANNOTATION_EXTENSIONS = [
  "x-faker",
  "x-advisory-keywords",
  "x-self",
  "x-summary-of",
  "x-path-segment",
  "x-resource-field",
];

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
  ajv.addFormat("uri", isUri);
  // OpenAPI's own keywords inside a Schema Object, and the mock's hint; annotations only.
  ajv.addVocabulary(["example", "xml", "externalDocs", "discriminator", ...ANNOTATION_EXTENSIONS]);
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
  ajv.addKeyword({
    keyword: "x-max-bytes",
    type: "string",
    schemaType: "number",
    error: {
      message: ({ schemaCode }) => str`must be at most ${schemaCode} bytes long (UTF-8)`,
      params: ({ schemaCode }) => _`{limit: ${schemaCode}}`,
    },
    code(cxt) {
      const count = cxt.gen.scopeValue("func", { ref: utf8Length, code: _`utf8Length` });
      cxt.fail(_`${count}(${cxt.data}) > ${cxt.schema}`);
    },
  });
  return ajv;
}
