// The KeyValue type: one entry of an attribute map (relation or entity attributes), so the raw maps
// are typed lists rather than an opaque JSON scalar. Entries come sorted by key.

import { KeyValueRef } from "./refs.ts";

KeyValueRef.implement({
  description: "One entry of an attribute map.",
  fields: (t) => ({
    key: t.exposeString("key"),
    value: t.exposeString("value"),
  }),
});
