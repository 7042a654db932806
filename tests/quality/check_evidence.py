#!/usr/bin/python3
"""Checks a gold file: every relation's evidence occurs verbatim in its document, and every
relation names entities of the document. usage: check_evidence.py GOLD.json"""
import json, os, sys

gold = sys.argv[1]
base = os.path.dirname(gold)
bad = []
for d in json.load(open(gold, encoding="utf-8"))["docs"]:
    text = open(os.path.join(base, d["doc"]), encoding="utf-8").read()
    ids = {e["id"] for e in d["entities"]}
    for r in d["relations"]:
        if r["evidence"] not in text:
            bad.append("%s: evidence not in text: %r" % (d["doc"], r["evidence"]))
        for k in ("s", "o"):
            if r[k] not in ids:
                bad.append("%s: unknown entity %r" % (d["doc"], r[k]))
if bad:
    sys.exit("\n".join(bad))
print("evidence ok")
