// How `kg` shows an error's message to its user: without the `<module>: ` prefix the messages
// carry for the logs and the tests ("store: graph.json should exist…" reads "graph.json should
// exist…"), the CLI's own `kg: ` in front instead.

/** A leading module name and colon: `store: `, `export/gexf: `, `extraction/parallel: `. */
const MODULE_PREFIX = /^[a-z][a-z0-9-]*(?:\/[a-z0-9-]+)*: /;

/** The message without its leading `<module>: `; other messages unchanged. */
export function userMessage(message: string): string {
  return message.replace(MODULE_PREFIX, "");
}
