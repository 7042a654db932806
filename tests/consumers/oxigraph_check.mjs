// node oxigraph_check.mjs GRAPH.jsonld [QUERY.rq PRODUCT]
// Loads the JSON-LD into an Oxigraph store and prints {"triples": N, "answers": [[founder, quote], ...]}
// (answers only when a query and product are given; %PRODUCT% in the query becomes a string literal).
// Oxigraph is found under $OXIGRAPH_MODULES/node_modules (install it there with
// `npm install --prefix $OXIGRAPH_MODULES oxigraph@0.5`), else next to this script.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [, , jsonldPath, queryPath, product] = process.argv;
if (!jsonldPath) {
  console.error("usage: node oxigraph_check.mjs GRAPH.jsonld [QUERY.rq PRODUCT]");
  process.exit(2);
}
const root = process.env.OXIGRAPH_MODULES || path.dirname(fileURLToPath(import.meta.url));
let oxigraph;
try {
  oxigraph = createRequire(path.join(path.resolve(root), "resolve.js"))("oxigraph");
} catch (e) {
  console.error(`oxigraph is not installed under ${root}/node_modules: run npm install --prefix ${root} oxigraph@0.5 (${e.message})`);
  process.exit(3);
}
const store = new oxigraph.Store();
try {
  store.load(readFileSync(jsonldPath, "utf8"), { format: "application/ld+json" });
} catch (e) {
  console.error(`Oxigraph cannot load ${jsonldPath}: ${e.message || e}`);
  process.exit(1);
}
const out = { triples: store.size };
if (queryPath && product !== undefined) {
  const query = readFileSync(queryPath, "utf8").replaceAll("%PRODUCT%", JSON.stringify(product));
  out.answers = store.query(query).map((b) => [b.get("founderName").value, b.get("quote").value]);
  out.answers.sort();
}
console.log(JSON.stringify(out));
