#!/usr/bin/env bash
# Benchmark of `inmaek build` with its peers side by side (issue 5); see docs/benchmark.md.
#
# usage: scripts/bench.sh [--1m] [--sizes LIST] [--threads LIST] [--work DIR] [--keep]
#                         [--json FILE] [-- inmaek_bench options...]
#   default: 10k and 100k articles, 1 and 2 threads; --1m adds the 1M-article corpus (~5 GB).
#   Corpora and outputs go to --work (default: build-bench/bench-data) and are deleted at the
#   end unless --keep. Results: bench-results.json (--json) and a table on stdout.
# Needs Debian's graphviz, python3-networkx, python3-igraph, python3-rdflib, python3-pydot and
# python3-pygraphviz (installed here when root, else the apt line is printed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
sizes=10k,100k
threads=1,2
work=""
keep=0
json="$root/bench-results.json"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --1m) sizes="$sizes,1M" ;;
    --sizes) sizes=$2; shift ;;
    --threads) threads=$2; shift ;;
    --work) work=$2; shift ;;
    --keep) keep=1 ;;
    --json) json=$2; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
work=${work:-$build/bench-data}

want=(graphviz python3 python3-networkx python3-igraph python3-rdflib python3-pydot python3-pygraphviz)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "bench.sh: missing ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
    echo "bench.sh: continuing; the missing peers are reported as n/a" >&2
  fi
fi

# Disk: ~5 KB per article for the corpus, plus the outputs.
max=0
for s in ${sizes//,/ }; do
  n=${s%[kKmM]}
  case "$s" in *[kK]) n=$((n * 1000)) ;; *[mM]) n=$((n * 1000000)) ;; esac
  [ "$n" -gt "$max" ] && max=$n
done
mkdir -p "$work"
need_kb=$((max * 6))
avail_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
echo "bench.sh: largest corpus $max articles needs ~$((need_kb / 1024)) MB; $((avail_kb / 1024)) MB free in $work" >&2
if [ "$avail_kb" -lt $((need_kb * 2)) ]; then
  echo "bench.sh: not enough disk space in $work (df -h: $(df -h "$work" | awk 'NR==2 {print $4}') free)" >&2
  exit 3
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" inmaek inmaek_bench inmaek_corpus_gen >/dev/null

echo "bench.sh: load before: $(cat /proc/loadavg)" >&2
status=0
"$build/tools/bench/inmaek_bench" --work "$work" --sizes "$sizes" --threads "$threads" --json "$json" \
  --python /usr/bin/python3 ${extra[@]+"${extra[@]}"} || status=$?
if [ "$keep" -eq 0 ]; then
  rm -rf "$work"/corpus-* "$work"/out-*
fi
exit $status
