import { register } from "tsx/esm/api";
register();
const fs = await import("node:fs");
const { analyseDocument } = await import("./src/extraction/index.ts");
const { testDocument } = await import("./tests/_helpers/documents.ts");
const { HEAD_OF_STATE_TITLES } = await import("./src/extraction/lexicon/titles.ts");
const norm = (s) => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, "").replace(/\bthe\b/g, " ").replace(/[^a-z0-9%$ ]+/g, " ").replace(/\s+/g, " ").trim();
const manifest = JSON.parse(fs.readFileSync("tests/fixtures/dev/manifest.json", "utf8")).filter((e) => /^dev-[a-v]/.test(e.id));
let c = { both: 0, metOnly: 0, already: 0 };
for (const e of manifest) {
  const text = fs.readFileSync(`tests/fixtures/dev/texts/${e.file}`, "utf8");
  const gold = JSON.parse(fs.readFileSync(`tests/fixtures/dev/gold/${e.id}.json`, "utf8"));
  const a = analyseDocument({ ...testDocument(text, { date: e.date }), id: e.id });
  const byId = new Map(a.entities.map((x) => [x.id, x]));
  const surf = (x) => [x.name, ...(x.aliases ?? [])].map(norm);
  const gname = (se) => gold.entities.find((ge) => ge.type === se.type && surf(ge).some((n) => surf(se).includes(n)))?.name;
  const gk = new Set(gold.relations.map((r) => [r.source, r.predicate, r.target].join("|")));
  const has = (s, p, t) => gk.has([s, p, t].join("|")) || gk.has([t, p, s].join("|"));
  const sk = new Set(a.relations.map((r) => [r.source, r.predicate, r.target].join("|")));
  for (const r of a.relations) {
    if (r.predicate !== "MET_WITH") continue;
    const s = byId.get(r.source), t = byId.get(r.target);
    if (s.type !== "Person" || t.type !== "Person") continue;
    const head = (p) => (p.attributes?.titles ?? []).length >= 0 && [...(p.titles ?? [])].some(() => false);
    if (sk.has([r.source, "NEGOTIATED_WITH", r.target].join("|")) || sk.has([r.target, "NEGOTIATED_WITH", r.source].join("|"))) { c.already++; continue; }
    const gs = gname(s), gt = gname(t);
    const ok = gs && gt && has(gs, "NEGOTIATED_WITH", gt);
    console.log(ok ? "RIGHT" : "WRONG", e.id, s.name, "|", t.name, r.evidence.map((v) => v.rule).join(","));
  }
}
console.log(c);
