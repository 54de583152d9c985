// The one Ajv set-up used wherever the spec's schemas are compiled: OpenAPI 3.1 schemas are JSON
// Schema 2020-12, plus `format` (date-time, uri) and one rule JSON Schema leaves as an annotation:
// a string with `contentMediaType: application/json` must hold valid JSON (Attributes,
// ContentVariables, attributes).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

function holdsJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function createSpecAjv(options = {}) {
  // allowUnionTypes: OpenAPI 3.1 writes a nullable field as `type: [string, "null"]`.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, ...options });
  addFormats.default(ajv);
  // OpenAPI's own keywords inside a Schema Object, and the mock's hint; annotations only.
  ajv.addVocabulary(["example", "xml", "externalDocs", "discriminator", "x-faker"]);
  ajv.removeKeyword("contentMediaType");
  ajv.addKeyword({
    keyword: "contentMediaType",
    type: "string",
    schemaType: "string",
    error: { message: ({ schema }) => `must be a string holding valid ${schema}` },
    validate: (mediaType, data) => mediaType !== "application/json" || holdsJson(data),
  });
  return ajv;
}
