// Small helpers the schema files share: reading a node's attributes from the live graph, turning
// attribute maps into sorted key/value lists, and resolving ids or names of entities given as
// arguments. No GraphQL types are defined here.

import { NotFoundError } from "../../errors.ts";
import { compareStrings } from "../../graph/keys.ts";
import type { NodeAttributes } from "../../graph/model.ts";
import { resolveEntity } from "../../graph/query.ts";
import type { Context } from "../context.ts";
import type { KeyValueShape } from "./refs.ts";

/** The attributes of entity `id` in the live graph; NotFoundError when it is gone. */
export function entityAttributes(ctx: Context, id: string): NodeAttributes {
  const { graph } = ctx.live;
  // One lookup where hasNode + getNodeAttributes made two: this runs for every field of every entity.
  try {
    return graph.getNodeAttributes(id);
  } catch (error) {
    if (graph.hasNode(id)) throw error;
    throw new NotFoundError(`api: entity should exist, found no entity with id "${id}".`);
  }
}

/** An attribute map as key/value pairs sorted by key (code-unit order), so output is stable. */
export function toKeyValues(map: Record<string, string> | undefined): KeyValueShape[] {
  return Object.keys(map ?? {})
    .sort(compareStrings)
    .map((key) => ({ key, value: String(map?.[key]) }));
}

/** The node key of an entity given by id or by any of its names (NotFoundError when unknown). */
export function resolveEntityArg(ctx: Context, idOrName: string): string {
  return resolveEntity(ctx.live.graph, ctx.live.index, idOrName);
}

/** Node keys among `values` (the rest are texts as written). */
export function entityKeys(ctx: Context, values: readonly (string | null)[]): string[] {
  return values.filter((value): value is string => value != null && ctx.live.graph.hasNode(value));
}

/** Display names of `values`: an entity's name, or the text as written. */
export function displayNames(ctx: Context, values: readonly (string | null)[]): string[] {
  const { graph } = ctx.live;
  return values
    .filter((value): value is string => value != null)
    .map((value) => (graph.hasNode(value) ? graph.getNodeAttribute(value, "name") : value));
}
