#!/usr/bin/env bash
# Installs what inmaek needs on Debian 12, or, when not root, prints the exact apt line and stops.
# usage: scripts/deps.sh [build|test]   (test adds the real consumers the tests run)
set -euo pipefail
want=(g++ cmake ninja-build pkg-config libboost-graph-dev rapidjson-dev libspdlog-dev doctest-dev
      libicu-dev libxml2-dev graphviz fonts-nanum hunspell-ko)
if [ "${1:-build}" = test ]; then
  want+=(libxml2-utils python3 python3-networkx python3-igraph python3-rdflib)
  command -v npm >/dev/null 2>&1 || want+=(nodejs npm)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "inmaek needs these Debian packages; run as root:" >&2
  echo "  $line" >&2
  exit 1
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
