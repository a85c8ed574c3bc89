#!/usr/bin/env node
// The `kg` executable: registers tsx so that Node runs the TypeScript sources directly, then hands
// the arguments to the CLI. Nothing else belongs here: commands and exit codes are src/cli's.
import { register } from "tsx/esm/api";

// The product runs in production mode unless told otherwise: graphql-js then skips its development
// checks (a cross-realm test on every type check), a third of a small query's time.
process.env.NODE_ENV ??= "production";
register();
const { runCli } = await import("../src/cli/index.ts");
process.exitCode = await runCli(process.argv);
