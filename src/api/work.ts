// Cooperative execution of GraphQL resolvers under the request's work budget: every resolver of the
// schema is wrapped so that it counts the bytes it adds to the answer, stops the request once the
// time budget or the response cap is spent, and yields to the event loop every few milliseconds
// (so /healthz and other requests answer while a heavy query runs); the walks of graph/query.ts run
// as steps that yield too. Wraps and drives; defines no fields.

import type { WorkBudget } from "../graph/budget.ts";
import type { Steps } from "../graph/query.ts";
import { defaultFieldResolver, type GraphQLSchema, isObjectType } from "./graphql.ts";

// Bytes counted for a field beyond its string value: its name, quotes, colon and comma, roughly.
const FIELD_OVERHEAD = 12;

const instrumented = new WeakSet<GraphQLSchema>();

function counted(budget: WorkBudget, value: unknown): unknown {
  budget.addBytes(typeof value === "string" ? value.length + FIELD_OVERHEAD : FIELD_OVERHEAD);
  return value;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `steps` (a walk of graph/query.ts), giving the event loop a turn each time they pause: the
 * result as is when they never pause, else a promise of it.
 */
export function runSteps<T>(steps: Steps<T>, budget: WorkBudget | undefined): T | Promise<T> {
  const first = steps.next();
  if (first.done) return first.value;
  return (async () => {
    for (;;) {
      await nextTurn();
      budget?.yielded();
      const next = steps.next();
      if (next.done) return next.value;
    }
  })();
}

// A request that must yield parks here: every resolver called while it is pending waits for it,
// so that the executor's loop over the rest of a list cannot go on running synchronously.
const pauses = new WeakMap<WorkBudget, Promise<void>>();

function runResolver(budget: WorkBudget, call: () => unknown): unknown {
  const pending = pauses.get(budget);
  if (pending) return pending.then(() => runResolver(budget, call));
  if (budget.step()) {
    const pause = nextTurn().then(() => {
      pauses.delete(budget);
      budget.yielded();
    });
    pauses.set(budget, pause);
    return pause.then(() => runResolver(budget, call));
  }
  return counted(budget, call());
}

/**
 * Wraps, in place and once, every field resolver of `schema` so that it runs under the context's
 * `budget` (a `WorkBudget`): the schema's SDL does not change. A context without a budget (a caller
 * outside the API) runs the resolvers as they are.
 */
export function instrumentSchema(schema: GraphQLSchema): GraphQLSchema {
  if (instrumented.has(schema)) return schema;
  instrumented.add(schema);
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      if (type === mutation) {
        // A mutation runs to its end (stopping it halfway is what must never happen); its answer
        // then gets a budget of its own.
        field.resolve = async (source, args, context, info) => {
          const result = await resolve(source, args, context, info);
          (context as { budget?: WorkBudget } | null)?.budget?.restart();
          return result;
        };
        continue;
      }
      field.resolve = (source, args, context, info) => {
        const budget = (context as { budget?: WorkBudget } | null)?.budget;
        if (!budget) return resolve(source, args, context, info);
        return runResolver(budget, () => resolve(source, args, context, info));
      };
    }
  }
  return schema;
}
