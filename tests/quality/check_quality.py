#!/usr/bin/python3
"""Scores a graph with ../shared/eval/score.py and fails when quality drops below the floors.

usage: check_quality.py SCORE_PY GOLD GRAPHML [--jsonld F] --core F1 --all F1 --recall R [--fragmented N]
Prints the per-type P/R/F1 table either way.
"""
import argparse, json, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("score_py"); ap.add_argument("gold"); ap.add_argument("graphml")
ap.add_argument("--jsonld")
ap.add_argument("--core", type=float, required=True, help="floor for core relations F1")
ap.add_argument("--all", type=float, required=True, help="floor for all relations F1")
ap.add_argument("--recall", type=float, required=True, help="floor for entity recall")
ap.add_argument("--fragmented", type=int, default=1000, help="most entities split into several nodes")
a = ap.parse_args()

cmd = ["/usr/bin/python3", a.score_py, a.gold, a.graphml, "--json"]
if a.jsonld:
    cmd += ["--jsonld", a.jsonld]
# score.py maps nodes to gold entities by name containment over a set, whose order follows
# Python's string hashing: a fixed seed makes its counts the same on every run.
import os
res = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
if res.returncode != 0:
    print(res.stderr, file=sys.stderr)
    sys.exit("score.py failed")
r = json.loads(res.stdout)
for k, m in r["relations"].items():
    print("%-15s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)" % (k, m["p"], m["r"], m["f1"], m["tp"], m["fp"], m["fn"]))
e = r["entities"]
print("entities: recall=%.3f precision=%.3f fragmented=%s" % (e["recall"], e["precision"], e["fragmented"]))
print("missed:", *r["errors"]["missed"][:40], sep="\n  ")
print("false positives:", *r["errors"]["false_positives"][:40], sep="\n  ")
fails = []
if r["relations"]["core"]["f1"] < a.core:
    fails.append("core F1 %.3f < floor %.3f" % (r["relations"]["core"]["f1"], a.core))
if r["relations"]["all"]["f1"] < a.all:
    fails.append("all F1 %.3f < floor %.3f" % (r["relations"]["all"]["f1"], a.all))
if e["recall"] < a.recall:
    fails.append("entity recall %.3f < floor %.3f" % (e["recall"], a.recall))
if len(e["fragmented"]) > a.fragmented:
    fails.append("%d fragmented entities > %d" % (len(e["fragmented"]), a.fragmented))
if "jsonld" in r and r["jsonld"]["only_in_graphml"]:
    fails.append("relations missing from JSON-LD: %s" % r["jsonld"]["only_in_graphml"][:5])
if fails:
    sys.exit("quality below floor: " + "; ".join(fails))
print("quality floors hold")
