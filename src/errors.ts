// Typed errors shared by every layer (extraction, graph, API, CLI), so they sit below all of them.
// Tests assert the class or `name`, never the message. Messages read
// "<module>: <thing> should be <expected>, found <actual>."

/** Base class of every error this project throws on purpose. */
export class KgError extends Error {
  override name = "KgError";
}

/** Input that cannot be used: a binary or oversized document, a malformed argument. */
export class InvalidInputError extends KgError {
  override name = "InvalidInputError";
}

/** A thing asked for by id or name does not exist. */
export class NotFoundError extends KgError {
  override name = "NotFoundError";
}

/** Bad configuration or options (a programming or deployment error, not bad text). */
export class ConfigError extends KgError {
  override name = "ConfigError";
}

/**
 * The stored state forbids the operation: a data folder that cannot reproduce its graph (documents
 * missing, added or changed behind the graph's back), or a change that could not be saved.
 */
export class ConflictError extends KgError {
  override name = "ConflictError";
}
