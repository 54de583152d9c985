// What a resource's resolver is given for one request, once the handler has done what every
// request shares (the route, faults, credentials, body checks, validation, the rate limit), and
// what it answers with.
import type { Action, Route } from "../../core/operations.js";
import type { WireRequest } from "../../core/validate.js";
import type { Outgoing } from "../answers.js";
import type { State } from "../handler.js";
import type { Conversation } from "../store.js";

export interface Call {
  state: State;
  route: Route;
  /** The path's parameters, decoded. */
  path: Record<string, string>;
  /** The request's parameters and body, in wire names, validated. */
  params: WireRequest;
  conversation: Conversation;
  /** The origin asked (the URLs in the answer are on it), and the path asked. */
  origin: string;
  pathname: string;
  now: Date;
  /** The user name of the request's credentials. */
  user: string;
}

/** A resource's answer to each action the spec has on it. */
export type Resolver = { readonly [A in Action]?: (call: Call) => Outgoing | Promise<Outgoing> };
