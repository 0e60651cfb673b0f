#!/usr/bin/env bash
# Runs the official MCP conformance suite's server scenarios against a server directly and
# through the gateway, for both requirement sets, and prints the comparison tables.
#
#   test/conformance/run.sh [DIRECT_URL] [GATEWAY_URL] [OUT_DIR]
#
# Needs Node >= 22 for the suite's runner (npx @modelcontextprotocol/conformance; the gateway
# and the servers run on Node 20), the server under test running at DIRECT_URL, and the
# gateway started with test/conformance/proctor.yaml (or any config whose connection points at
# that server and allows anonymous callers).
#
# OLDER=1 also runs the scenarios of the older stateful revisions (--spec-version 2025-06-18
# and 2025-03-26), ALL=1 every scenario the suite has (--suite all: pending and draft ones too).
# BRIDGED=1 also runs each requirement set through the connections of fixed era beside
# GATEWAY_URL (GATEWAY_URL-stateful for 2026-07-28 clients, GATEWAY_URL-stateless for
# 2025-11-25 ones: the era bridge), compared with the same direct run.
set -euo pipefail
DIRECT=${1:-http://127.0.0.1:3000/mcp}
GATEWAY=${2:-http://127.0.0.1:7410/mcp/everything}
OUT=${3:-./data/conformance/results}
# CONFORMANCE_RUNNER: how to start the suite's CLI (default: the pinned package through npx).
RUNNER=${CONFORMANCE_RUNNER:-npx -y @modelcontextprotocol/conformance@0.2.0-alpha.12}
if [ -z "${CONFORMANCE_RUNNER:-}" ] && [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  echo "the conformance suite's runner needs Node >= 22 (this is $(node --version)); install it, or set CONFORMANCE_RUNNER" >&2
  exit 1
fi
HERE=$(cd "$(dirname "$0")" && pwd)

# suite SELECTION URL DIR: one run of the scenarios SELECTION names (runner options); the
# runner's output is kept as DIR.log (compare.mjs reads it).
suite() {
  local selection=$1 url=$2 dir=$3
  rm -rf "$dir" && mkdir -p "$dir"
  echo "== $selection: $url" >&2
  # shellcheck disable=SC2086 # the selection is two runner options
  $RUNNER server --url "$url" $selection -o "$dir" >"$dir.log" 2>&1 || true
  grep -E '^Total' "$dir.log" >&2 || { echo "the suite did not run: see $dir.log" >&2; exit 1; }
}

# name:selection. 2026-07-28 first: stateful clients then reach an upstream whose era the
# gateway already knows.
runs=("2026-07-28:--requirements 2026-07-28" "2025-11-25:--requirements 2025-11-25")
if [ "${OLDER:-0}" = 1 ]; then
  runs+=("2025-06-18:--spec-version 2025-06-18" "2025-03-26:--spec-version 2025-03-26")
fi
if [ "${ALL:-0}" = 1 ]; then runs+=("all:--suite all"); fi
for run in "${runs[@]}"; do
  name=${run%%:*}
  suite "${run#*:}" "$DIRECT" "$OUT/$name/direct"
  suite "${run#*:}" "$GATEWAY" "$OUT/$name/gateway"
  echo "### $name"
  node "$HERE/compare.mjs" "$OUT/$name/direct" "$OUT/$name/gateway"
done

if [ "${BRIDGED:-0}" = 1 ]; then
  for pair in 2026-07-28:stateful 2025-11-25:stateless; do
    requirements=${pair%%:*}
    suite "--requirements $requirements" "$GATEWAY-${pair##*:}" "$OUT/$requirements/bridged"
    echo "### $requirements, bridged to the server's ${pair##*:} side"
    node "$HERE/compare.mjs" "$OUT/$requirements/direct" "$OUT/$requirements/bridged"
  done
fi
