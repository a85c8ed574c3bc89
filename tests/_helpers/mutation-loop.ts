// Child process of the crash test (tests/integration/store-crash.test.ts): opens the live graph of
// DIR and ingests and removes documents in an endless loop (with compactions between them),
// printing "ack <op> <id>" once each mutation's promise resolved and "begin remove <id>" before a
// removal. Killed by the test. With MODE "worker", compactions run in a worker thread, started by
// the loop once 3 ingests are pending, while it goes on ingesting and removing ("compact begin",
// then "compact end <folded>" once the compaction resolved).
// Usage: node --import tsx tests/_helpers/mutation-loop.ts DIR RUN [MODE]

import { LiveGraph } from "../../src/graph/live.ts";

const [dir, runArg, mode = "thread"] = process.argv.slice(2);
if (!dir || !runArg) throw new Error("mutation-loop: DIR and RUN should be given, found none.");
const run = Number(runArg);

const FIRST = ["Maria", "Jorge", "Ana", "Paulo", "Keiko", "Lars", "Amina", "Tomas", "Ingrid", "Rafael"];
const LAST = ["Lopez", "Tapia", "Ruiz", "Souza", "Tanaka", "Berg", "Diallo", "Novak", "Holm", "Vega"];
const COUNTRIES = ["Canada", "Chile", "Brazil", "Japan", "Norway", "Peru", "Kenya", "Poland", "Spain", "Mexico"];

function article(n: number): { text: string; title: string } {
  const a = COUNTRIES[n % COUNTRIES.length]!;
  const b = COUNTRIES[(n * 3 + 1) % COUNTRIES.length]!;
  const person = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
  const other = `${FIRST[(n * 3) % FIRST.length]} ${LAST[(n + 4) % LAST.length]}`;
  return {
    title: `Probe ${n}`,
    text: [
      `${a} Trade Minister ${person} met ${b} Mining Minister ${other} in Geneva on Monday.`,
      `The two ministers discussed lithium and copper supply chains under agreement number ${n}.`,
    ].join("\n"),
  };
}

// Compactions come often (after 3 ingests, at once when idle), so that kills land in them too.
const inWorker = mode === "worker";
const live = await LiveGraph.open(
  dir,
  inWorker ? { compactAfter: 1e6 } : { worker: false, compactAfter: 3, compactIdleMs: 0 },
);
process.stdout.write("ready\n");
let compacting = false;
for (let i = 0; ; i++) {
  if (inWorker && !compacting && live.pendingDocuments.length >= 3) {
    compacting = true;
    process.stdout.write("compact begin\n");
    void live.compact().then((folded) => {
      compacting = false;
      process.stdout.write(`compact end ${folded}\n`);
    });
  }
  const n = run * 1000 + i;
  const ingested = live.graph
    .getAttribute("documents")
    .map((document) => document.id)
    .filter((id) => id.startsWith("ingest_"));
  // In a worker, a removal drops the compaction running: rarer, so that most compactions land.
  if (i % (inWorker ? 25 : 3) === (inWorker ? 24 : 2) && ingested.length > 0) {
    const id = ingested[n % ingested.length]!;
    process.stdout.write(`begin remove ${id}\n`);
    await live.removeDocument(id);
    process.stdout.write(`ack remove ${id}\n`);
  } else {
    const { document } = await live.ingestDocument(article(n));
    process.stdout.write(`ack ingest ${document.id}\n`);
  }
}
