// A resource as the checks see it, in one family: the operations the spec has on it, the path
// parameter that names one of its items (and the answer's field that echoes it), the parameters
// that name the items above it, and how an item of its parent links to it. The checks take a view
// and never name a resource: every view comes from the spec's routes (src/core/operations.ts).
import {
  ACTIONS,
  type Action,
  type Family,
  parameterAfter,
  parentOf,
  resources,
} from "../core/operations.js";
import { answerSchema, echoField, itemParameterOf, linkTo, type OperationView, operationOf } from "./spec.js";

export interface ResourceView {
  resource: string;
  /** What one item is called in the report: its path segment's singular ("message", "receipt"). */
  noun: string;
  family: Family;
  /** The actions the spec has on it in this family, reads first. */
  actions: readonly Action[];
  /** The parameter that names one item (undefined when the spec fetches none). */
  item: string | undefined;
  /** The answer's field that holds an item's SID: the one that echoes the item parameter. */
  sidField: string | undefined;
  /** The resource whose items hold this one's, and the link field of its items that leads here. */
  parent: { view: ResourceView; link: { at: string; field: string } | undefined } | undefined;
  /** Its children in the spec (receipts for messages). */
  children: ResourceView[];
  has(action: Action): boolean;
  op(action: Action): OperationView;
  /**
   * The path parameters that name the items above it and its own, in order from the top: the one
   * after each resource's last segment in this resource's paths.
   */
  lineage: string[];
}

const lastSegment = (resource: string) => resource.split("/").at(-1) as string;

function viewOf(resource: string, family: Family, parent: ResourceView | undefined): ResourceView {
  const actions = ACTIONS.filter((action) => {
    try {
      operationOf(family, action, resource);
      return true;
    } catch {
      return false;
    }
  });
  const has = (action: Action) => actions.includes(action);
  const op = (action: Action) => operationOf(family, action, resource);
  const item = has("fetch") ? itemParameterOf(family, resource) : undefined;
  const template = op(has("fetch") ? "fetch" : (actions[0] as Action)).operation.path;
  const ancestry: string[] = [];
  for (let r: string | undefined = resource; r !== undefined; r = parentOf(r)) ancestry.unshift(r);
  const lineage = ancestry.map((r) => parameterAfter(template, lastSegment(r)) as string);
  const parentSchema = parent?.has("fetch") ? answerSchema(parent.op("fetch")) : undefined;
  const view: ResourceView = {
    resource,
    noun: lastSegment(resource)
      .replace(/s$/, "")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase(),
    family,
    actions,
    item,
    sidField: item === undefined ? undefined : echoField(item),
    parent: parent && {
      view: parent,
      link: parentSchema ? linkTo(parentSchema, lastSegment(resource)) : undefined,
    },
    children: [],
    has,
    op,
    lineage,
  };
  return view;
}

/** Every resource of the spec in a family, parents before their children. */
export function viewsOf(family: Family): ResourceView[] {
  const views = new Map<string, ResourceView>();
  for (const resource of resources) {
    const above = parentOf(resource);
    const parent = above === undefined ? undefined : views.get(above);
    const view = viewOf(resource, family, parent);
    if (view.actions.length === 0) continue;
    parent?.children.push(view);
    views.set(resource, view);
  }
  return [...views.values()];
}
