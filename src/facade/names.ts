// twilio-node's names, stated once: how the facade names what the spec names. Fields, parameters
// and headers become camelCase (core/names.ts); the Page query parameter is twilio-node's
// pageNumber; the path prefixes (conversations, services) are the path segments of the same name,
// capitalized (Conversations, Services); and each resource has twilio-node's name for it.
import { type CamelCase, camelCase } from "../core/names.js";

/** twilio-node's names that are not the plain camelCase of the wire name. */
export const RENAMED = { Page: "pageNumber" } as const;
type Renamed = typeof RENAMED;

/** The facade's name of a wire name: twilio-node's rename, or camelCase. */
export type FacadeName<S extends string> = S extends keyof Renamed ? Renamed[S] : CamelCase<S>;
export function facadeName<S extends string>(wire: S): FacadeName<S> {
  return ((RENAMED as Record<string, string>)[wire] ?? camelCase(wire)) as FacadeName<S>;
}

/**
 * twilio-node's name of each resource, by the last literal segment of the resource's paths: what
 * the resource is called on its parent (`messages(sid).deliveryReceipts`). A resource the spec adds
 * needs its name here (a test fails until it has one).
 */
export const RESOURCE_NAMES: { readonly [segment: string]: string } = {
  Messages: "messages",
  Receipts: "deliveryReceipts",
};

/** The path prefixes above the resources, as twilio-node names them. */
export type Resource = "conversations" | "services" | "messages";

/** The spec's name of the Message resource: its path segments below the version. */
export const MESSAGES = ["conversations", "messages"].map((r) => segmentOf(r as Resource)).join("/");

/** A facade resource's path segment: its name, capitalized (conversations → Conversations). */
export function segmentOf(resource: Resource): string {
  return resource.charAt(0).toUpperCase() + resource.slice(1);
}

/** The last literal segment of a resource's name (`Conversations/Messages` → `Messages`). */
export function lastSegment(resource: string): string {
  return resource.slice(resource.lastIndexOf("/") + 1);
}
