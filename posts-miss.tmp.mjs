import { register } from "tsx/esm/api";
register();
const fs = await import("node:fs");
const { analyseDocument } = await import("./src/extraction/index.ts");
const { testDocument } = await import("./tests/_helpers/documents.ts");
const norm = (s) => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, "").replace(/\bthe\b/g, " ").replace(/[^a-z0-9%$ ]+/g, " ").replace(/\s+/g, " ").trim();
const PRED = new Set(process.argv[2].split(","));
const manifest = JSON.parse(fs.readFileSync("tests/fixtures/dev/manifest.json", "utf8")).filter((e) => /^dev-[a-v]/.test(e.id));
for (const e of manifest) {
  const text = fs.readFileSync(`tests/fixtures/dev/texts/${e.file}`, "utf8");
  const gold = JSON.parse(fs.readFileSync(`tests/fixtures/dev/gold/${e.id}.json`, "utf8"));
  const a = analyseDocument({ ...testDocument(text, { date: e.date }), id: e.id });
  const surf = (x) => [x.name, ...(x.aliases ?? [])].map(norm);
  const g2s = new Map();
  for (const ge of gold.entities) { const gs = new Set(surf(ge)); const se = a.entities.find((s) => s.type === ge.type && surf(s).some((n) => gs.has(n))); if (se) g2s.set(ge.name, se.id); }
  const byId = new Map(a.entities.map((x) => [x.id, x]));
  const sysKeys = new Set(a.relations.map((r) => `${r.source}|${r.predicate}|${r.target}`));
  const goldKeys = new Set();
  for (const r of gold.relations) {
    if (!PRED.has(r.predicate)) continue;
    const s = g2s.get(r.source), t = g2s.get(r.target);
    const ok = s && t && (sysKeys.has(`${s}|${r.predicate}|${t}`) || (/NEGOTIATED|MET_WITH/.test(r.predicate) && sysKeys.has(`${t}|${r.predicate}|${s}`)));
    if (s && t) { goldKeys.add(`${s}|${r.predicate}|${t}`); goldKeys.add(`${t}|${r.predicate}|${s}`); }
    if (!ok) console.log(`MISS ${e.id} ${r.source} ${r.predicate} ${r.target} [${s ? "" : "noS "}${t ? "" : "noT"}] ${r.attributes?.title ?? ""} | ${(r.hint ?? "").slice(0, 140)}`);
  }
  for (const r of a.relations) {
    if (!PRED.has(r.predicate)) continue;
    if (!goldKeys.has(`${r.source}|${r.predicate}|${r.target}`)) console.log(`SPUR ${e.id} ${byId.get(r.source)?.name} ${r.predicate} ${byId.get(r.target)?.name} ${r.attributes?.title ?? ""} ${r.evidence.map((v) => v.rule).join(",")}`);
  }
}
