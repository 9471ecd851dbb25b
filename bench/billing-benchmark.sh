#!/usr/bin/env bash
# Benchmark: bill a month of the school canteen for 50,000 children (30,000 families) on PostgreSQL,
# with a 512 MiB heap. Needs Debian's postgresql package (initdb/pg_ctl); not part of `mvn verify`.
# Usage: bench/billing-benchmark.sh            (builds the jar if needed, then prints the figures)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=famille-bootstrap/target/famille.jar
[ -f "$JAR" ] || mvn -B -ntp -q package -DskipTests
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PG_BIN" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
PORT=${BENCH_PG_PORT:-55432}
DATA=$(mktemp -d /tmp/famille-bench-pg.XXXXXX)
chown postgres "$DATA"
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
run_pg "$PG_BIN/initdb" -A trust -U postgres -D "$DATA" >/dev/null
run_pg "$PG_BIN/pg_ctl" -D "$DATA" -o "-p $PORT -c listen_addresses=127.0.0.1 -k /tmp ${BENCH_PG_OPTS:-}" -l "$DATA/server.log" -w start >/dev/null
trap 'run_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$DATA"' EXIT
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres famille_bench 2>/dev/null || psql -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE DATABASE famille_bench" >/dev/null
CLASSES=$(mktemp -d)
javac -d "$CLASSES" -cp "$JAR" bench/BillingBenchmark.java
java -Xmx512m -cp "$JAR:$CLASSES" BillingBenchmark "jdbc:postgresql://127.0.0.1:$PORT/famille_bench" postgres ""
