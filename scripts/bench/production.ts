// Imported first by the benchmark scripts: they measure the product as `kg serve` runs it, in
// production mode (see bin/kg.js), so NODE_ENV is set before graphql-js is loaded.
process.env.NODE_ENV ??= "production";
