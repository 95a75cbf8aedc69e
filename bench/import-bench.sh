#!/usr/bin/env bash
# Import benchmark: generates a CSV of N subscribers (default 1,000,000), uploads it to POST /api/imports of a
# Gazette running on PostgreSQL, waits for the job and prints rows per second and peak heap. Server and client share
# one JVM capped at -Xmx256m, so the heap figure is an upper bound for the server alone.
#
#   GAZETTE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/gazette_bench bench/import-bench.sh [rows]
#
# The database is wiped (Flyway clean) before the run: never point this at data you want to keep.
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-1000000}"
export GAZETTE_TEST_PG_URL="${GAZETTE_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
mkdir -p bench/results
result="bench/results/import-$(date +%Y%m%d-%H%M%S).md"

echo "Importing ${rows} rows into ${GAZETTE_TEST_PG_URL} (heap capped at 256 MB)..."
./mvnw -B test -Pbench -Dbench.rows="${rows}" > "${result}.log" 2>&1 || {
    echo "Benchmark failed; see ${result}.log" >&2
    exit 1
}
grep '^|' "${result}.log" | tee "${result}"
echo "Saved to ${result}"
