#!/usr/bin/env bash
# Sending benchmark: seeds N subscribers (default 100,000) on PostgreSQL with set-based SQL, sends one issue (10 items,
# ~27 KB per message) to all of them through POST /api/issues/{id}/send, and prints messages per second, CPU and peak
# heap. Mail goes over loopback SMTP to Postfix's smtp-sink, which throws it away. Before that, smtp-source measures
# the wire limit of the same sink (messages of the same size, 4 kept-open sessions like Gazette's 4 workers), so the
# table can say how close Gazette comes to it. Server and client share one JVM capped at -Xmx256m.
#
#   GAZETTE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/gazette_bench bench/send-bench.sh [extra Maven arguments]
#
# Environment: RECIPIENTS (default 100000), THREADS (worker threads, default 4), VACUUM_EVERY (seconds between
# VACUUMs of the queue while it runs, for a server with autovacuum off; default 0 = none), WIRE_MESSAGES (messages smtp-source
# sends to measure the wire limit, default 50000), MESSAGE_BYTES (smtp-source payload, default 27000), JVM_ARGS (extra
# options of the test JVM, e.g. -XX:StartFlightRecording=filename=target/bench/send.jfr).
# Needs /usr/sbin/smtp-sink and /usr/sbin/smtp-source (Debian package postfix; the Postfix daemon need not run).
#
# The database is wiped (Flyway clean) before the run: never point this at data you want to keep.
set -euo pipefail
cd "$(dirname "$0")/.."

recipients="${RECIPIENTS:-100000}"
threads="${THREADS:-4}"
wire_messages="${WIRE_MESSAGES:-50000}"
# What one Gazette message of the benchmark weighs: with the default theme, ten items' markup alone is ~25 KB, so the
# benchmark's issue comes out at ~27 KB (it prints the exact size); the wire limit is measured with the same size.
message_bytes="${MESSAGE_BYTES:-27000}"
export GAZETTE_TEST_PG_URL="${GAZETTE_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/gazette_bench}"

if [[ ! -x /usr/sbin/smtp-sink || ! -x /usr/sbin/smtp-source ]]; then
    echo "Installing postfix for smtp-sink and smtp-source..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y postfix >/dev/null
fi

# A free loopback port: bind port 0 and read what the kernel chose.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

# smtp-sink without -c/-v prints nothing per message; it must drop root privileges (-u) when started as root.
sink_args=()
[[ "$(id -u)" == 0 ]] && sink_args+=(-u nobody)
/usr/sbin/smtp-sink "${sink_args[@]}" -m 1000 "127.0.0.1:${port}" 1000 &
sink_pid=$!
trap 'kill "${sink_pid}" 2>/dev/null || true; wait "${sink_pid}" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null && break
    sleep 0.1
done

mkdir -p bench/results
result="bench/results/send-$(date +%Y%m%d-%H%M%S).md"

# Wire limit: the same sink, one recipient per message, 4 sessions that each keep their connection (-d).
echo "Measuring the wire limit: smtp-source, ${wire_messages} messages of ${message_bytes} bytes, 4 sessions, port ${port}..."
started="$(date +%s.%N)"
/usr/sbin/smtp-source -d -s 4 -l "${message_bytes}" -m "${wire_messages}" -M bench.localhost \
    -f bench@example.org -t sink@example.org "127.0.0.1:${port}"
ended="$(date +%s.%N)"
wire_rate="$(awk -v n="${wire_messages}" -v a="${started}" -v b="${ended}" 'BEGIN { printf "%.0f", n / (b - a) }')"
echo "Wire limit: ${wire_rate} messages/s ($(awk -v a="${started}" -v b="${ended}" 'BEGIN { printf "%.1f", b - a }') s); load: $(cut -d' ' -f1-3 /proc/loadavg)"

# Autovacuum cleans the queue's dead row versions as a send goes (each row is updated twice). Where the server has it
# turned off (this project's development machine does), VACUUM_EVERY seconds stands in for it; 0 leaves it to the server.
vacuum_every="${VACUUM_EVERY:-0}"
if [[ "${vacuum_every}" != 0 ]]; then
    database="${GAZETTE_TEST_PG_URL##*/}"
    ( while sleep "${vacuum_every}"; do
          psql -h 127.0.0.1 -U postgres -d "${database}" -qc 'VACUUM delivery' >/dev/null 2>&1 || true
      done ) &
    vacuum_pid=$!
    trap 'kill "${sink_pid}" "${vacuum_pid}" 2>/dev/null || true; wait "${sink_pid}" 2>/dev/null || true' EXIT
fi

echo "Sending to ${recipients} recipients from ${GAZETTE_TEST_PG_URL} (heap capped at 256 MB)..."
./mvnw -B test -Pbench -Dbench.test=SendBenchmark -Dbench.recipients="${recipients}" -Dbench.threads="${threads}" \
    -Dbench.smtp.port="${port}" -Dbench.wire.rate="${wire_rate}" -Dbench.wire.bytes="${message_bytes}" ${JVM_ARGS:+"-Dbench.jvm.args=${JVM_ARGS}"} "$@" \
    > "${result}.log" 2>&1 || {
    grep '^|' "${result}.log" || true
    echo "Benchmark failed; see ${result}.log" >&2
    exit 1
}
grep '^|' "${result}.log" | tee "${result}"
echo "Saved to ${result}"
