#!/usr/bin/env bash
# Rendering benchmark: personalised messages (MIME bytes ready to send) per second for a 10-item issue on one
# thread, under a capped heap. Needs no server and no database. See docs/rendering.md.
#   BENCH_HEAP=64m BENCH_WARMUP=5 BENCH_SECONDS=10 bench/render.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile exec:exec@render-bench \
    -Dbench.heap="${BENCH_HEAP:-64m}" \
    -Dbench.warmup="${BENCH_WARMUP:-5}" \
    -Dbench.seconds="${BENCH_SECONDS:-10}"
