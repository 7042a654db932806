#!/usr/bin/env bash
# Builds inmaek and runs it on examples/: writes out/graph.{graphml,dot,jsonld} and out/graph.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build
# (an existing build/ keeps the generator it was made with)
gen=Ninja
[ -f build/CMakeCache.txt ] && gen=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' build/CMakeCache.txt)
cmake -S . -B build -G "${gen:-Ninja}" -DCMAKE_BUILD_TYPE=Release -DINMAEK_BUILD_TESTS=OFF >/dev/null
cmake --build build --target inmaek -j"$(nproc)"
build/tools/inmaek build examples -o out
dot -Tsvg out/graph.dot -o out/graph.svg
echo "wrote out/graph.graphml out/graph.dot out/graph.jsonld out/graph.svg"
