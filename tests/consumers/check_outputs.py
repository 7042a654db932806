#!/usr/bin/python3
"""Check inmaek's exports with the tools people will open them in.

usage: check_outputs.py DIR [--expected FILE] [--only graphml,dot,jsonld,oxigraph]
                        [--oxigraph-modules DIR] [--keep-renderings]

Reads DIR/graph.graphml, DIR/graph.dot and DIR/graph.jsonld.
- graphml: xmllint --noout and --schema graphml-minimal.xsd (beside this script); every key
  has attr.name/attr.type, typed values parse, no empty ids or data; networkx and igraph see
  the same nodes, edges, labels and relations as a plain XML parse.
- dot: `dot -Tsvg` and `dot -Tpng` succeed with nothing on stderr; the SVG has one node per
  GraphML node with the same label text and one edge label per GraphML edge.
- jsonld: rdflib loads it; entities (inmaek:entityId), schema:name, relation triples, rdf:Statement
  nodes and typed literals agree with the GraphML; the scorer's name-based reading of relation
  triples equals the GraphML's relations.
- oxigraph (only with --oxigraph-modules, or when listed in --only): Oxigraph (node
  oxigraph_check.mjs) loads the JSON-LD to the same triple count as rdflib.
With --expected (expected.json from inmaek_export_fixture) the GraphML is also compared with the
intended ids, labels, types, aliases and edges, the SVG with the intended labels, and the SPARQL
query founders_of_developer.rq is run (rdflib and Oxigraph) against the intended answers.
Exits 0 when every check passes, else 1 with one line per failure.
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
GML = "{http://graphml.graphdrawing.org/xmlns}"
SVG = "{http://www.w3.org/2000/svg}"
RELATIONS = ["founded", "left", "joined", "invested", "developed", "works_for", "acquired",
             "subsidiary_of", "partnered_with"]
CAMEL = {re.sub(r"_(.)", lambda m: m.group(1).upper(), r): r for r in RELATIONS}
INMAEK = "https://inmaek.dev/ns#"
SCHEMA = "https://schema.org/"

failures = []


def fail(section, msg):
    failures.append("%s: %s" % (section, msg))


def check(section, cond, msg):
    if not cond:
        fail(section, msg)
    return cond


def xml_clean(s):
    """What survives in XML 1.0: C0 controls other than tab/LF/CR and U+FFFE/FFFF are removed."""
    return "".join(c for c in s if (c >= " " or c in "\t\n\r") and c not in "\ufffe\uffff")


def dot_text(s):
    """A label as Graphviz shows it after escape_dot: CR dropped, tab -> space, controls removed."""
    s = s.replace("\r", "").replace("\t", " ")
    return "".join(c for c in s if c == "\n" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F))


def dot_title(node_id):
    """A node id as it appears in the SVG <title>: the DOT lexer keeps '\\\\' and a literal '\\n'."""
    return dot_text(node_id).replace("\\", "\\\\").replace("\n", "\\n")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


# ---------------------------------------------------------------- GraphML

def read_graphml(path):
    root = ET.parse(path).getroot()
    keys = {}
    for k in root.iter(GML + "key"):
        keys[k.get("id")] = k
    nodes, edges = {}, []

    def data(el):
        d = {}
        for x in el.findall(GML + "data"):
            k = keys.get(x.get("key"))
            d[k.get("attr.name") if k is not None else x.get("key")] = x.text or ""
        return d
    for g in root.iter(GML + "graph"):
        for n in g.findall(GML + "node"):
            nodes[n.get("id")] = data(n)
        for e in g.findall(GML + "edge"):
            edges.append((e.get("source"), e.get("target"), e.get("id"), data(e)))
    return root, keys, nodes, edges


def check_graphml(d, expected):
    S = "graphml"
    path = os.path.join(d, "graph.graphml")
    r = run(["xmllint", "--noout", path])
    check(S, r.returncode == 0 and not r.stderr, "xmllint --noout: %s" % r.stderr.decode(errors="replace").strip())
    r = run(["xmllint", "--noout", "--schema", os.path.join(HERE, "graphml-minimal.xsd"), path])
    check(S, r.returncode == 0, "xmllint --schema: %s" % r.stderr.decode(errors="replace").strip()[:2000])
    root, keys, nodes, edges = read_graphml(path)
    types = {}
    for kid, k in keys.items():
        check(S, kid and k.get("attr.name") and k.get("attr.type") and k.get("for"),
              "key %r lacks id, for, attr.name or attr.type" % kid)
        types[(k.get("for"), k.get("attr.name"))] = k.get("attr.type")
    parse = {"int": int, "long": int, "double": float, "float": float, "string": str,
             "boolean": lambda v: {"true": True, "false": False}[v]}
    for kind, items in (("node", [(n, dd) for n, dd in nodes.items()]), ("edge", [(e[2], e[3]) for e in edges])):
        for ident, dd in items:
            check(S, ident, "%s with an empty id" % kind)
            for name, value in dd.items():
                check(S, value != "", "%s %r: empty data %r" % (kind, ident, name))
                t = types.get((kind, name), "string")
                try:
                    parse[t](value)
                except (ValueError, KeyError):
                    fail(S, "%s %r: %s=%r is not a valid %s" % (kind, ident, name, value, t))
    for n, dd in nodes.items():
        check(S, dd.get("label"), "node %r has no label" % n)
        check(S, dd.get("type") in ("Person", "Organization", "Product"), "node %r: bad type %r" % (n, dd.get("type")))
    for s, t, i, dd in edges:
        check(S, s in nodes and t in nodes, "edge %r: unknown endpoint %r -> %r" % (i, s, t))
        check(S, dd.get("relation") in RELATIONS, "edge %r: bad relation %r" % (i, dd.get("relation")))
    check(S, root.find(GML + "graph").get("edgedefault") == "directed", "graph is not directed")

    edge_set = collections.Counter((s, t, dd.get("relation"), dd.get("label")) for s, t, _, dd in edges)
    import networkx as nx
    G = nx.read_graphml(path, force_multigraph=True)
    check(S, G.is_directed(), "networkx: graph is not directed")
    check(S, G.number_of_nodes() == len(nodes), "networkx: %d nodes, XML has %d" % (G.number_of_nodes(), len(nodes)))
    check(S, G.number_of_edges() == len(edges), "networkx: %d edges, XML has %d" % (G.number_of_edges(), len(edges)))
    for n, dd in nodes.items():
        if check(S, n in G, "networkx: node %r missing" % n):
            for k in ("label", "type", "aliases"):
                check(S, G.nodes[n].get(k) == dd.get(k), "networkx: node %r %s %r != %r" % (n, k, G.nodes[n].get(k), dd.get(k)))
    nx_edges = collections.Counter((s, t, a.get("relation"), a.get("label")) for s, t, a in G.edges(data=True))
    check(S, nx_edges == edge_set, "networkx: edges differ: extra %s missing %s" % (
        sorted((nx_edges - edge_set).elements())[:5], sorted((edge_set - nx_edges).elements())[:5]))

    import igraph
    IG = igraph.Graph.Read_GraphML(path)
    check(S, IG.is_directed(), "igraph: graph is not directed")
    check(S, IG.vcount() == len(nodes), "igraph: %d nodes, XML has %d" % (IG.vcount(), len(nodes)))
    check(S, IG.ecount() == len(edges), "igraph: %d edges, XML has %d" % (IG.ecount(), len(edges)))
    # igraph's libxml2 SAX reader hands attribute values over with '&' re-escaped as "&#38;"
    # (a known igraph limitation; element text is unaffected), so undo that for ids.
    ig_id = lambda v: v["id"].replace("&#38;", "&")
    ig_nodes = {ig_id(v): v for v in IG.vs}
    for n, dd in nodes.items():
        v = ig_nodes.get(n)
        if check(S, v is not None, "igraph: node %r missing" % n):
            check(S, v["label"] == dd["label"], "igraph: node %r label %r != %r" % (n, v["label"], dd["label"]))
            check(S, v["type"] == dd["type"], "igraph: node %r type %r != %r" % (n, v["type"], dd["type"]))
    ig_edges = collections.Counter((ig_id(IG.vs[e.source]), ig_id(IG.vs[e.target]), e["relation"], e["label"]) for e in IG.es)
    check(S, ig_edges == edge_set, "igraph: edges differ")

    if expected:
        check(S, len(nodes) == expected["node_count"], "%d nodes, expected %d" % (len(nodes), expected["node_count"]))
        check(S, len(edges) == expected["edge_count"], "%d edges, expected %d" % (len(edges), expected["edge_count"]))
        for en in expected.get("nodes", []):
            nid = xml_clean(en["id"])
            dd = nodes.get(nid)
            if not check(S, dd is not None, "expected node %r missing" % nid):
                continue
            check(S, dd.get("label") == xml_clean(en["label"]), "node %r label %r, expected %r" % (nid, dd.get("label"), xml_clean(en["label"])))
            check(S, dd.get("type") == en["type"], "node %r type %r, expected %r" % (nid, dd.get("type"), en["type"]))
            want = " | ".join(xml_clean(a) for a in en["aliases"] if xml_clean(a))
            check(S, dd.get("aliases", "") == want, "node %r aliases %r, expected %r" % (nid, dd.get("aliases", ""), want))
            check(S, dd.get("wikidata", "") == en.get("wikidata", ""), "node %r wikidata %r" % (nid, dd.get("wikidata")))
        if "edges" in expected:
            want = collections.Counter((xml_clean(e["source"]), xml_clean(e["target"]), e["relation"], xml_clean(e["label"]))
                                       for e in expected["edges"])
            check(S, edge_set == want, "edges differ from expected: extra %s missing %s" % (
                sorted(edge_set - want)[:5], sorted(want - edge_set)[:5]))
    return nodes, edges


# ---------------------------------------------------------------- DOT

def check_dot(d, nodes, edges, expected, keep):
    S = "dot"
    path = os.path.join(d, "graph.dot")
    out = d if keep else tempfile.mkdtemp(prefix="inmaek-dot-")
    svg = os.path.join(out, "graph.svg")
    for fmt, target in (("svg", svg), ("png", os.path.join(out, "graph.png"))):
        r = run(["dot", "-T" + fmt, path, "-o", target])
        check(S, r.returncode == 0, "dot -T%s exited %d" % (fmt, r.returncode))
        check(S, not r.stderr, "dot -T%s wrote to stderr: %s" % (fmt, r.stderr.decode(errors="replace").strip()[:2000]))
    if not os.path.exists(svg):
        return
    root = ET.parse(svg).getroot()
    svg_nodes, svg_edges = {}, []
    for g in root.iter(SVG + "g"):
        cls = g.get("class")
        title = g.find(SVG + "title")
        texts = [(t.text or "").replace("\xa0", " ") for t in g.iter(SVG + "text")]
        if cls == "node":
            svg_nodes[title.text or ""] = "\n".join(texts)
        elif cls == "edge":
            svg_edges.append("\n".join(texts))
    entity_nodes = {t: l for t, l in svg_nodes.items() if not t.startswith("__legend_")}
    check(S, len(entity_nodes) == len(nodes), "SVG has %d entity nodes, GraphML %d" % (len(entity_nodes), len(nodes)))
    labels = {n: dd["label"] for n, dd in nodes.items()}
    if expected:
        labels = {xml_clean(e["id"]): e["label"] for e in expected.get("nodes", [])} or labels
    for n, label in labels.items():
        t = dot_title(n)
        if check(S, t in entity_nodes, "node %r (title %r) missing from the SVG" % (n, t)):
            want = dot_text(label)
            check(S, entity_nodes[t] == want, "node %r: SVG label %r, expected %r" % (n, entity_nodes[t], want))
    want_edges = collections.Counter(dot_text(dd.get("label", "")) for _, _, _, dd in edges)
    if expected and "edges" in expected:
        want_edges = collections.Counter(dot_text(e["label"]) for e in expected["edges"])
    got = collections.Counter(svg_edges)
    check(S, got == want_edges, "SVG edge labels differ: extra %s missing %s" % (
        sorted((got - want_edges).elements())[:5], sorted((want_edges - got).elements())[:5]))


# ---------------------------------------------------------------- JSON-LD

def sparql_query(product):
    q = open(os.path.join(HERE, "founders_of_developer.rq"), encoding="utf-8").read()
    return q.replace("%PRODUCT%", json.dumps(product, ensure_ascii=False))


def check_jsonld(d, nodes, edges, expected):
    S = "jsonld"
    import rdflib
    from rdflib.namespace import RDF, XSD
    path = os.path.join(d, "graph.jsonld")
    doc = json.load(open(path, encoding="utf-8"))
    check(S, isinstance(doc.get("@context"), dict), "@context is not an inline object")
    check(S, isinstance(doc.get("@graph"), list), "@graph is not a list")
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    ns = rdflib.Namespace(INMAEK)
    sdo = rdflib.Namespace(SCHEMA)
    ids = {}
    for s, o in g.subject_objects(ns.entityId):
        ids[s] = str(o)
    check(S, sorted(map(xml_clean, ids.values())) == sorted(nodes), "entity ids differ from the GraphML: %s" % (
        sorted(set(map(xml_clean, ids.values())) ^ set(nodes))[:5]))
    names = {}
    for s, i in ids.items():
        vals = list(g.objects(s, sdo.name))
        if check(S, len(vals) == 1, "entity %r has %d schema:name" % (i, len(vals))):
            names[s] = str(vals[0])
            gl = nodes.get(xml_clean(i), {}).get("label")
            check(S, xml_clean(names[s]) == gl, "entity %r: schema:name %r, GraphML label %r" % (i, names[s], gl))
        types = {str(t) for t in g.objects(s, RDF.type)}
        check(S, types & {SCHEMA + "Person", SCHEMA + "Organization", SCHEMA + "SoftwareApplication"},
              "entity %r has no schema.org type: %s" % (i, types))
    rel = set()
    for s, p, o in g:
        if str(p).startswith(INMAEK) and str(p)[len(INMAEK):] in CAMEL and isinstance(o, rdflib.URIRef):
            if check(S, s in ids and o in ids, "relation triple with a non-entity end: %s %s %s" % (s, p, o)):
                rel.add((xml_clean(ids[s]), CAMEL[str(p)[len(INMAEK):]], xml_clean(ids[o])))
    gm = {(s, dd["relation"], t) for s, t, _, dd in edges}
    check(S, rel == gm, "relation triples differ from GraphML: extra %s missing %s" % (sorted(rel - gm)[:5], sorted(gm - rel)[:5]))
    # The scorer's reading (score.py jsonld_triples): (name, relation, name) for predicates whose local name is a relation.
    scored = set()
    for s, p, o in g:
        local = re.sub(r"[^a-z]", "", re.split(r"[#/:]", str(p))[-1].lower())
        r = {re.sub(r"[^a-z]", "", x): x for x in RELATIONS}.get(local)
        if r and isinstance(o, rdflib.URIRef) and s in names and o in names:
            scored.add((xml_clean(names[s]), r, xml_clean(names[o])))
    gm_names = {(nodes[s]["label"], dd["relation"], nodes[t]["label"]) for s, t, _, dd in edges}
    check(S, scored == gm_names, "scorer view differs from GraphML: extra %s missing %s" % (
        sorted(scored - gm_names)[:5], sorted(gm_names - scored)[:5]))
    stmts = set(g.subjects(RDF.type, RDF.Statement))
    check(S, len(stmts) == len(edges), "%d rdf:Statement nodes, %d GraphML edges" % (len(stmts), len(edges)))
    for st in stmts:
        for p in (RDF.subject, RDF.predicate, RDF.object):
            check(S, len(list(g.objects(st, p))) == 1, "statement %s lacks exactly one %s" % (st, p))
    lexical = {XSD.gYear: r"-?\d{4,}", XSD.gYearMonth: r"-?\d{4,}-(0[1-9]|1[0-2])",
               XSD.date: r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
               XSD.decimal: r"[+-]?(\d+(\.\d*)?|\.\d+)", XSD.integer: r"[+-]?\d+"}
    for o in g.objects():
        if isinstance(o, rdflib.Literal) and o.datatype is not None:
            pat = lexical.get(o.datatype)
            check(S, pat is None or re.fullmatch(pat, str(o)), "ill-typed literal %r^^%s" % (str(o), o.datatype))
    answers = None
    if expected and expected.get("sparql"):
        sp = expected["sparql"]
        rows = g.query(sparql_query(sp["product"]))
        answers = sorted([str(r[0]), str(r[1])] for r in rows)
        want = sorted(list(a) for a in sp["answers"])
        check(S, answers == want, "rdflib SPARQL answers %s, expected %s" % (answers, want))
        check(S, want, "the expected SPARQL answer is empty (the fixture should have one)")
    return len(g)


def check_oxigraph(d, rdflib_triples, expected, modules):
    S = "oxigraph"
    cmd = ["node", os.path.join(HERE, "oxigraph_check.mjs"), os.path.join(d, "graph.jsonld")]
    sp = expected.get("sparql") if expected else None
    if sp:
        cmd += [os.path.join(HERE, "founders_of_developer.rq"), sp["product"]]
    env = dict(os.environ)
    if modules:
        env["OXIGRAPH_MODULES"] = modules
    try:
        r = run(cmd, env=env)
    except FileNotFoundError:
        fail(S, "node is not installed")
        return
    if not check(S, r.returncode == 0, "oxigraph_check.mjs failed: %s" % r.stderr.decode(errors="replace").strip()):
        return
    res = json.loads(r.stdout)
    check(S, res["triples"] == rdflib_triples, "Oxigraph loads %d triples, rdflib %s" % (res["triples"], rdflib_triples))
    if sp:
        want = sorted(list(a) for a in sp["answers"])
        check(S, sorted(res["answers"]) == want, "Oxigraph SPARQL answers %s, expected %s" % (res["answers"], want))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--expected")
    ap.add_argument("--only", help="comma-separated sections: graphml,dot,jsonld,oxigraph")
    ap.add_argument("--oxigraph-modules", help="directory holding node_modules/oxigraph")
    ap.add_argument("--keep-renderings", action="store_true", help="write graph.svg/graph.png into DIR")
    a = ap.parse_args()
    only = set(a.only.split(",")) if a.only else {"graphml", "dot", "jsonld"} | ({"oxigraph"} if a.oxigraph_modules else set())
    expected = json.load(open(a.expected, encoding="utf-8")) if a.expected else None
    for f in ("graph.graphml", "graph.dot", "graph.jsonld"):
        if not os.path.exists(os.path.join(a.dir, f)):
            fail("files", "%s is missing" % os.path.join(a.dir, f))
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    # GraphML is the reference the other formats are compared with, so it is always read.
    try:
        nodes, edges = check_graphml(a.dir, expected) if "graphml" in only else read_graphml(os.path.join(a.dir, "graph.graphml"))[2:]
    except Exception as e:  # a parse error is a failure to report, not a crash
        fail("graphml", "%s: %s" % (type(e).__name__, e))
        nodes, edges = {}, []
    if "dot" in only:
        check_dot(a.dir, nodes, edges, expected, a.keep_renderings)
    triples = None
    if only & {"jsonld", "oxigraph"}:
        try:
            triples = check_jsonld(a.dir, nodes, edges, expected)
        except Exception as e:
            fail("jsonld", "%s: %s" % (type(e).__name__, e))
    if "oxigraph" in only and triples is not None:
        check_oxigraph(a.dir, triples, expected, a.oxigraph_modules)
    if failures:
        print("FAILED %s (%d problems):" % (a.dir, len(failures)), file=sys.stderr)
        print("\n".join(failures), file=sys.stderr)
        return 1
    print("OK %s: %d nodes, %d edges%s (%s)" % (a.dir, len(nodes), len(edges),
                                               ", %d RDF triples" % triples if triples is not None else "", ",".join(sorted(only))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
