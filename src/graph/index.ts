// The graph core's public surface: the model, building, metrics, storage, queries and the live
// graph. A barrel only: no code of its own. Imports nothing from api/, cli/ or web/.

export * from "../errors.ts";
export * from "./build.ts";
export * from "./keys.ts";
export * from "./live.ts";
export * from "./metrics.ts";
export * from "./model.ts";
export * from "./query.ts";
export * from "./ranks.ts";
export * from "./store.ts";
