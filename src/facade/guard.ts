// The facade's edges: reading a name of twilio-node's surface that this package does not cover
// throws an UnsupportedError saying so, rather than returning undefined for a TypeError later; so
// does assigning anything but a setter (`client.conversations.baseUrl`), rather than being ignored.
import { UnsupportedError } from "../core/errors.js";

export const SCOPE =
  "this package covers the Conversations Message resource and its delivery receipts only: " +
  "client.conversations.v1.conversations(sid).messages, " +
  "client.conversations.v1.services(sid).conversations(sid).messages and their (sid).deliveryReceipts";

// Names that tools (await, console.log, test frameworks, JSON) probe on any object.
const PROBES = new Set([
  "then",
  "toJSON",
  "toString",
  "valueOf",
  "inspect",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "$$typeof",
]);

/** The names of an object that can be set: its own accessors with a setter. */
function settable(object: object): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(object))
    .filter(([, descriptor]) => descriptor.set)
    .map(([name]) => name);
}

/**
 * Wraps a facade object so that reading a name it does not have throws UnsupportedError, and so
 * does setting anything but one of its setters (a misspelt `baseURL` would otherwise be ignored).
 */
export function guarded<T extends object>(target: T, where: string): T {
  const proxy = new Proxy(target, {
    get(object, key) {
      if (typeof key === "symbol" || key in object || PROBES.has(key) || key.startsWith("_")) {
        const value = Reflect.get(object, key, object);
        // A class's own methods run on the object itself, so its #private fields are reachable; a
        // guarded list a getter gives (`messages(sid).deliveryReceipts`) is no method, and stays guarded.
        return typeof value === "function" &&
          !Object.hasOwn(object, key) &&
          key !== "constructor" &&
          !proxies.has(value)
          ? value.bind(object)
          : value;
      }
      throw new UnsupportedError(`${where}.${key} is not available: ${SCOPE}.`);
    },
    set(object, key, value) {
      // Symbols and "_" names are left to tools, as on reads.
      if (typeof key === "symbol" || key.startsWith("_")) return Reflect.set(object, key, value);
      const setters = settable(object);
      if (setters.includes(key)) return Reflect.set(object, key, value);
      throw new UnsupportedError(
        `${where}.${key} cannot be set${setters.length ? `; only ${setters.join(", ")} can` : ""}`,
      );
    },
  });
  proxies.add(proxy);
  return proxy;
}

/** Every guarded object, so that one read through another is handed on as it is. */
const proxies = new WeakSet<object>();

/** An UnsupportedError for a method twilio-node has and this package does not. */
export function unsupported(where: string): never {
  throw new UnsupportedError(`${where} is not available: ${SCOPE}.`);
}
