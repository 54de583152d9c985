// The package's entry point. For now it exposes the types generated from openapi/messages.yaml;
// the typed fetch client and the twilio-compatible facade build on them.
export type { components, operations as Operations, paths } from "./generated/api";
export { type OperationId, operations } from "./generated/operations";
