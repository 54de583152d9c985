// What the checks of one path family share: the run, the items it made (so that the clean-up
// deletes them), the items the server already held, and the ways to reach an item of any resource
// the spec describes: the run's own (made here), or one below it found through the links of its
// parent's answers (a message's `links.delivery_receipts`). A server's answer is never put in a path
// unchecked: a SID from an answer is used only when it keeps the path parameter's schema.
import { follow } from "../core/links.js";
import { type Action, type Family, parameterAfter } from "../core/operations.js";
import { pagingOf } from "../core/paging.js";
import { firstError, type RequestSchema } from "../core/schema.js";
import type { Exchange } from "./exchange.js";
import type { VerifyOptions } from "./index.js";
import { type ResourceView, viewsOf } from "./resource.js";
import type { Run } from "./run.js";
import {
  answerSchema,
  echoedFields,
  itemParameterOf,
  linksOf,
  MADE,
  type OperationView,
  operationOf,
  parameterExample,
  requestFields,
  safeValue,
  summariesOf,
} from "./spec.js";
import { head } from "./text.js";

export type Json = Record<string, unknown>;

export const ok = (exchange: Exchange) => exchange.status >= 200 && exchange.status < 300;
/** The actions that change state. */
const WRITES: readonly Action[] = ["create", "update", "delete"];
/** Whether an action acts on one item (its SID in the path), by the path itself. */
export const onItem = (op: OperationView) => op.operation.path.endsWith("}");

/** A page's items, those that are objects: a null or a text there is response-schema's to judge. */
export function itemsOf(body: unknown, key: string): Json[] | undefined {
  const items = (body as Json | undefined)?.[key];
  return Array.isArray(items)
    ? items.filter((m): m is Json => typeof m === "object" && m !== null && !Array.isArray(m))
    : undefined;
}

/** The header values a checker always sends so that its requests have no side effect. */
export function safeHeaders(op: OperationView): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const p of op.operation.parameters) {
    const value = safeValue(p.in as "header", p.name);
    if (p.in === "header" && value !== undefined) headers[p.name] = value;
  }
  return headers;
}

/**
 * A family's path values: the conversation (and service) the run was given, by the parameters that
 * follow those segments in the spec's paths, and an item's SID by the item parameter.
 */
export function pathOf(options: VerifyOptions, family: Family, sid?: string): Record<string, string> {
  const template = operationOf(family, "fetch").operation.path;
  const path: Record<string, string> = {
    [parameterAfter(template, "Conversations") as string]: options.conversation,
  };
  // Stryker disable next-line ConditionalExpression: a value the family's paths do not name is never read (urlFor takes the template's names)
  if (family === "service") path[parameterAfter(template, "Services") as string] = options.service as string;
  // Stryker disable next-line ConditionalExpression: the same: an undefined item SID is never read
  if (sid !== undefined) path[itemParameterOf(family)] = sid;
  return path;
}

/** The items a run made and has not deleted, by SID: what the clean-up deletes. */
export class Made {
  readonly #messages = new Map<string, Family>();
  /** Made, but with a SID no path can hold (a server's answer is never put in a path unchecked). */
  readonly #stranded: string[] = [];
  readonly #run: Run;
  constructor(run: Run) {
    this.#run = run;
  }
  add(sid: string, family: Family) {
    this.#messages.set(sid, family);
    this.#run.report({ kind: "made", sid, family });
  }
  gone(sid: string) {
    const family = this.#messages.get(sid);
    if (family && this.#messages.delete(sid)) this.#run.report({ kind: "gone", sid, family });
  }
  /** An item made that cannot be deleted: its SID cannot be put in a path. It is left behind. */
  strand(sid: string, family: Family) {
    this.#stranded.push(sid);
    this.#run.report({ kind: "made", sid, family });
  }
  entries() {
    return [...this.#messages];
  }
  /** What is left: not deleted yet, or never to be. */
  sids() {
    return [...this.#messages.keys(), ...this.#stranded];
  }
}

/** Where a resource's items are listed: the SIDs of the items above, and the link a server gave there. */
export interface Place {
  sids: string[];
  url?: string | undefined;
}

/** The checks of one path family share this: the items they make, and those they find. */
export class FamilyContext {
  readonly run: Run;
  readonly options: VerifyOptions;
  readonly family: Family;
  readonly made: Made;
  readonly writes: boolean;
  /** Every resource of the spec in this family, parents first; the first is the one the run makes. */
  readonly views: ResourceView[];
  readonly root: ResourceView;
  /** Items made here and not deleted, oldest first, with the fields their create sent and the answer. */
  readonly mine: { sid: string; sent: Record<string, string>; json: Json }[] = [];
  /** The items the server already held: the first page of the probe's list. */
  held: Json[] = [];
  readonly marker = `verify-${Date.now().toString(36)}`;
  /** Where each child resource was found, once looked for: a place to list it and one item, if any. */
  readonly #found = new Map<ResourceView, { place: Place; item?: string[] | undefined } | undefined>();

  constructor(run: Run, options: VerifyOptions, family: Family, made: Made, writes: boolean) {
    this.run = run;
    this.options = options;
    this.family = family;
    this.made = made;
    this.writes = writes;
    this.views = viewsOf(family);
    this.root = this.views.find((v) => v.resource === MADE) as ResourceView;
  }

  /** The path values of an item (or collection) of a view: the family's, then the SIDs from the top. */
  path(view: ResourceView, sids: readonly string[] = []): Record<string, string> {
    const path = pathOf(this.options, this.family);
    sids.forEach((sid, i) => {
      path[view.lineage[i] as string] = sid;
    });
    return path;
  }

  /** An item's SID from an answer, if it is one a path of the view can hold (its item parameter's schema). */
  sidIn(view: ResourceView, json: unknown): string | undefined {
    if (!view.item || !view.sidField) return undefined;
    const sid = (json as Json | undefined)?.[view.sidField];
    return this.addressable(view.op("fetch"), view.item, sid) ? (sid as string) : undefined;
  }

  /** Whether a value from an answer keeps the schema of an operation's path parameter. */
  addressable(op: OperationView, name: string, value: unknown): boolean {
    const schema = requestFields(op).find((f) => f.in === "path" && f.name === name)?.schema;
    return (
      typeof value === "string" &&
      value !== "" &&
      value !== "." &&
      value !== ".." &&
      schema !== undefined &&
      firstError(schema as RequestSchema, value) === undefined
    );
  }

  /** The operations of a view the run may send: all of them, or the reads only when writes are off. */
  actions(view: ResourceView): readonly Action[] {
    return this.writes ? view.actions : view.actions.filter((action) => !WRITES.includes(action));
  }

  /** Creates an item of the run's resource with these fields (webhooks off), and keeps its SID for clean-up. */
  async create(
    purpose: string,
    body: Record<string, string>,
    header?: Record<string, string>,
  ): Promise<Exchange & { sid?: string }> {
    const op = this.root.op("create");
    const exchange = await this.run.send({
      op,
      purpose,
      path: this.path(this.root),
      header: header ?? safeHeaders(op),
      body,
    });
    if (!ok(exchange)) return exchange;
    const sid = this.sidIn(this.root, exchange.json);
    if (sid) {
      this.made.add(sid, this.family);
      return Object.assign(exchange, { sid });
    }
    const given = (exchange.json as Json | undefined)?.[this.root.sidField as string];
    if (typeof given === "string") this.made.strand(given, this.family);
    return exchange;
  }

  /** Creates an item that stays for the checks that follow (the run's subjects). */
  async keep(purpose: string, label: string): Promise<(Exchange & { sid?: string }) | undefined> {
    const sent = this.ownBody(label);
    const created = await this.create(purpose, sent);
    if (created.sid) this.mine.push({ sid: created.sid, sent, json: created.json as Json });
    return created;
  }

  /**
   * A body of the run's own for a create (or another action): its marker in every free-text field
   * the answer echoes, and with `json`, a small JSON document in the JSON-text ones.
   */
  ownBody(label: string, json = false, action: Action = "create"): Record<string, string> {
    const { text, json: jsonFields } = echoedFields(this.root.op(action));
    const body: Record<string, string> = {};
    for (const name of text) body[name] = `${this.marker} ${label}`;
    if (json) for (const name of jsonFields) body[name] = JSON.stringify({ check: label });
    return body;
  }

  /** An item of this run is gone (deleted on purpose, or by mistake). */
  forget(sid: string) {
    this.made.gone(sid);
    const i = this.mine.findIndex((m) => m.sid === sid);
    if (i !== -1) this.mine.splice(i, 1);
  }

  /**
   * An item of the run's resource to work on: one of this run's that still exists, made now if
   * there is none; without writes, the first one the server already holds.
   */
  async subject(): Promise<string | undefined> {
    const existing = this.mine[0];
    if (existing) return existing.sid;
    // Looked for once in vain (none held, or a create gave no SID a path can hold): not again.
    if (this.#noSubject) return undefined;
    const found = await this.#newSubject();
    this.#noSubject = found === undefined;
    return found;
  }

  #noSubject = false;

  async #newSubject(): Promise<string | undefined> {
    if (!this.writes) {
      // The probe's page has what the server holds; a list is asked again only when it had none.
      const held = this.held.map((m) => this.sidIn(this.root, m)).find((sid) => sid !== undefined);
      if (held) return held;
      const op = this.root.op("list");
      const { paging } = pagingOf(op.operation);
      const page = await this.run.send({
        op,
        purpose: "set-up: find a message to work on",
        path: this.path(this.root),
      });
      return this.sidIn(this.root, itemsOf(page.json, paging.items)?.[0]);
    }
    return (await this.keep("set-up: a message to work on", "subject"))?.sid;
  }

  /** The SIDs of one item of a view, from the top; undefined when there is none to reach. */
  async item(view: ResourceView): Promise<string[] | undefined> {
    if (view === this.root) {
      const sid = await this.subject();
      return sid === undefined ? undefined : [sid];
    }
    return (await this.#find(view))?.item;
  }

  /** Where a view's items are listed; undefined when no parent item can be reached. */
  async collection(view: ResourceView): Promise<Place | undefined> {
    if (!view.parent) return { sids: [] };
    return (await this.#find(view))?.place;
  }

  /** The spec's example SIDs for the items an operation's path names, from the top: where no real one is needed. */
  exampleSids(view: ResourceView, op: OperationView): string[] {
    return op.operation.parameters
      .filter((p) => p.in === "path" && view.lineage.includes(p.name))
      .map((p) => String(parameterExample(op, "path", p.name)));
  }

  /** The SIDs to address a view's operation with: an item's, or its collection's. */
  async sidsFor(view: ResourceView, op: OperationView): Promise<string[] | undefined> {
    return onItem(op) ? this.item(view) : (await this.collection(view))?.sids;
  }

  /**
   * A child resource's place, from its parent's items: those the server held whose link to it is
   * set, then the run's own; through the link each answer gives (the spec's path when none is
   * given). The first whose list has an item gives that item too.
   */
  async #find(view: ResourceView) {
    if (this.#found.has(view)) return this.#found.get(view);
    const parent = view.parent as NonNullable<ResourceView["parent"]>;
    const candidates: { sids: string[]; json?: Json | undefined }[] = [];
    if (parent.view === this.root) {
      const link = parent.link;
      // Those whose summary of this list (x-summary-of) says it has items come first.
      const schema = answerSchema(this.root.op("fetch"));
      const summary = schema ? summariesOf(schema).find((s) => s.link === link?.field) : undefined;
      const summarized = (m: Json) =>
        summary && m[summary.at] !== null && m[summary.at] !== undefined ? 0 : 1;
      const linked = this.held
        .filter((m) => link && this.linkIn(m, link) !== undefined)
        .sort((a, b) => summarized(a) - summarized(b));
      for (const json of linked.slice(0, 3)) {
        const sid = this.sidIn(this.root, json);
        if (sid) candidates.push({ sids: [sid], json });
      }
      const own = await this.subject();
      if (own) candidates.push({ sids: [own], json: this.mine.find((m) => m.sid === own)?.json });
    } else {
      const above = await this.item(parent.view);
      if (above) candidates.push({ sids: above });
    }
    let found: { place: Place; item?: string[] } | undefined;
    const list = view.has("list") ? view.op("list") : undefined;
    for (const candidate of candidates) {
      const link = parent.link && candidate.json ? this.linkIn(candidate.json, parent.link) : undefined;
      const url = link === undefined ? undefined : this.pageLink(link);
      const place: Place = { sids: candidate.sids, ...(url && "url" in url && { url: url.url }) };
      found ??= { place };
      if (!list) break;
      const { paging } = pagingOf(list.operation);
      const page = await this.run.send({
        op: list,
        purpose: `set-up: find a ${view.noun} to work on`,
        path: this.path(view, candidate.sids),
        ...(place.url !== undefined && { url: place.url }),
      });
      const sid = this.sidIn(view, itemsOf(page.json, paging.items)?.[0]);
      if (sid) {
        found = { place, item: [...candidate.sids, sid] };
        break;
      }
    }
    this.#found.set(view, found);
    return found;
  }

  /** The link an item's answer gives at a link field, if it gives one. */
  linkIn(json: Json, link: { at: string; field: string }): string | undefined {
    const value = (json[link.at] as Json | undefined)?.[link.field];
    return typeof value === "string" ? value : undefined;
  }

  /** The operation a link from the create answer leads to, with its parameters filled from the exchange. */
  followLink(
    action: "fetch" | "update" | "delete",
    created: Exchange,
  ): { op: OperationView; path: Record<string, string> } | undefined {
    const target = this.root.op(action);
    const link = linksOf(this.root.op("create")).find((l) => l.operationId === target.id);
    if (!link) return undefined;
    const path: Record<string, string> = {};
    const requestPath = this.path(this.root);
    for (const [name, expression] of Object.entries(link.parameters)) {
      const fromBody = /^\$response\.body#\/(.+)$/.exec(expression);
      const fromPath = /^\$request\.path\.(.+)$/.exec(expression);
      const value = fromBody
        ? (created.json as Json | undefined)?.[fromBody[1] as string]
        : fromPath
          ? requestPath[fromPath[1] as string]
          : undefined;
      if (!this.addressable(target, name, value)) return undefined;
      path[name] = value as string;
    }
    return { op: target, path };
  }

  /**
   * A page link to follow on the target (src/core/links.ts: on its origin, or Twilio's re-based
   * onto it). Any other link is never followed, so the credentials never leave the target's
   * origin: `refused` says why, for the check's finding.
   */
  pageLink(link: unknown): { url: string } | { refused: string } | undefined {
    if (typeof link !== "string") return undefined;
    const followed = follow(this.options.target.replace(/\/+$/, ""), link);
    // A user name or password in it would be sent as credentials of its own (fetch would refuse it).
    const reason =
      typeof followed === "string"
        ? followed
        : followed.username || followed.password
          ? "holds a user name or password"
          : undefined;
    if (!reason) return { url: (followed as URL).href };
    return {
      refused: `${JSON.stringify(head(link, 200))} ${reason}: not followed, so the credentials stay on the target`,
    };
  }
}
