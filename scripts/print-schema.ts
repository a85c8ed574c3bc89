// Writes the API's SDL (types sorted by name) to schema/schema.graphql, the committed contract that
// tests compare with. Run `npm run schema:print` after changing a file of src/api/schema/.

import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchemaSdl } from "../src/api/schema/index.ts";

const target = fileURLToPath(new URL("../schema/schema.graphql", import.meta.url));
mkdirSync(fileURLToPath(new URL("../schema/", import.meta.url)), { recursive: true });
writeFileSync(target, printSchemaSdl());
console.log(`wrote ${target}`);
