// twilio-node's names, stated once: how the facade names what the spec names. Fields, parameters
// and headers become camelCase (core/names.ts); the Page query parameter is twilio-node's
// pageNumber; and the facade's resources (conversations, services, messages) are the path segments
// of the same name, capitalized (Conversations, Services, Messages).
import { type CamelCase, camelCase } from "../core/names.js";

/** twilio-node's names that are not the plain camelCase of the wire name. */
export const RENAMED = { Page: "pageNumber" } as const;
type Renamed = typeof RENAMED;

/** The facade's name of a wire name: twilio-node's rename, or camelCase. */
export type FacadeName<S extends string> = S extends keyof Renamed ? Renamed[S] : CamelCase<S>;
export function facadeName<S extends string>(wire: S): FacadeName<S> {
  return ((RENAMED as Record<string, string>)[wire] ?? camelCase(wire)) as FacadeName<S>;
}

/** The facade's resources, as twilio-node names them. */
export type Resource = "conversations" | "services" | "messages";

/** The spec's name of the Message resource: its path segments below the version. */
export const MESSAGES = ["conversations", "messages"].map((r) => segmentOf(r as Resource)).join("/");

/** A facade resource's path segment: its name, capitalized (conversations → Conversations). */
export function segmentOf(resource: Resource): string {
  return resource.charAt(0).toUpperCase() + resource.slice(1);
}
