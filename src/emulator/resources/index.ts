// The emulator's resolvers, by the resource they serve (the resource names of src/core/operations.ts).
// A routed resource with none here fails the tests.
import type { ResourceName } from "../../core/operations.js";
import { MESSAGES, messages } from "./messages.js";
import { RECEIPTS, receipts } from "./receipts.js";
import type { Resolver } from "./resolver.js";

export const resolvers: Readonly<Record<ResourceName, Resolver>> = {
  [MESSAGES]: messages,
  [RECEIPTS]: receipts,
};
