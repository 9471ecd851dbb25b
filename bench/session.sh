#!/usr/bin/env bash
# One measuring session on PostgreSQL, every figure taken on the same machine in the same run:
#   1. pgbench tpcb-like (`pgbench -i`, then `pgbench -c 8 -j 2 -T 20`) as the database's write yardstick, and
#      pgbench select-only (`-S`, same clients and time) as its read yardstick;
#   2. canteen booking load (wrk): GET /health (plain Javalin), PUT booking, GET month;
#   3. the same booking load on two app instances sharing the database, signed in on the first only;
#   4. the 8:00 herd: PARENTS parents, signed in beforehand, ask for the same PLACES nursery places (Herd.java),
#      while other users read canteen month views;
#   5. the monthly billing run for 50,000 children (bench/billing-benchmark.sh, its own PostgreSQL).
# Writes the figures between the session markers of bench/RESULTS.md (the other sections are kept).
#
# Usage (from anywhere, as root or as a user that can run initdb): bench/session.sh
# Tunables: DURATION (20s), CONNECTIONS (64), CHILDREN (500), PARENTS (1000), PLACES (20), and, to measure only part of
# the session: SKIP_PGBENCH, SKIP_CANTEEN (the wrk load), SKIP_TWO (no second instance), SKIP_HERD, SKIP_BILLING,
# SKIP_RESULTS (print the section, leave the results file alone), RESULTS (the file written, bench/RESULTS.md); Herd.java
# reads WARM_UP (booking volleys the same parents send for other slots before the herd, 16) and HERD_JFR (a JFR file).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/famille-bootstrap/target/famille.jar"
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
CHILDREN=${CHILDREN:-500}
PARENTS=${PARENTS:-1000}
PLACES=${PLACES:-20}
RESULTS=${RESULTS:-$ROOT/bench/RESULTS.md}
ADMIN_PASSWORD='Cantine-Banc-Essai-2026!'
CLOCK=2026-09-07T08:00:00+02:00
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PG_PORT=$(free_port)
PORT_A=$(free_port)
PORT_B=$(free_port)
WORK=$(mktemp -d /tmp/famille-session.XXXXXX)
chmod 755 "$WORK"
PIDS=()

command -v pg_ctl >/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || apt-get install -y -q postgresql >/dev/null
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[[ -f "$JAR" ]] || (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)

mkdir "$WORK/pg" && chown postgres "$WORK/pg" 2>/dev/null || true
as_pg "$PG_BIN/initdb" -A trust -U postgres -D "$WORK/pg" >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k /tmp" -w start >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres famille
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres pgbench

# start_app PORT NAME: the jar on the session's PostgreSQL, answering once /health does.
start_app() {
  FAMILLE_PORT=$1 FAMILLE_DATA_DIR="$WORK/data-$2" FAMILLE_ADMIN_PASSWORD="$ADMIN_PASSWORD" FAMILLE_CLOCK=$CLOCK \
  FAMILLE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/famille" FAMILLE_DB_USER=postgres FAMILLE_DB_PASSWORD=postgres \
    java ${JAVA_OPTS:-} -Xmx512m -jar "$JAR" >"$WORK/app-$2.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return; sleep 0.5; done
  cat "$WORK/app-$2.log" >&2; exit 1
}

# wrk_row LABEL WRK-ARGS...: one markdown table row (requests/s, p50, p99, errors) from a wrk run.
# Each run writes its own file: two runs at once (A and B together) must not read each other's.
wrk_row() {
  local label=$1; shift
  local out; out=$(mktemp "$WORK/wrk.XXXXXX")
  wrk -t2 -d"$DURATION" --latency "$@" >"$out" 2>&1
  local rps p50 p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {printf "%\047d", $2}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")
  sock=$(grep -o 'Socket errors:.*' "$out" || true)
  echo "| $label | $rps | $p50 | $p99 | ${non2xx:-0} non-2xx${sock:+, $sock} |"
}
load() { uptime | sed 's/.*load average: //'; }

OUT="$WORK/section.md"
{
  echo "<!-- bench/session.sh:begin -->"
  echo "## Session on PostgreSQL — pgbench, canteen load, two instances, the 8:00 herd, billing"
  echo
  echo "Script: \`bench/session.sh\` (DURATION=$DURATION, CONNECTIONS=$CONNECTIONS, CHILDREN=$CHILDREN, PARENTS=$PARENTS, PLACES=$PLACES)."
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB,"
  echo "$("$PG_BIN/postgres" --version), $(java -version 2>&1 | head -1). Run on $(date -u '+%Y-%m-%d %H:%M UTC');"
  echo "load average at the start: $(load) (other engineers' builds share the machine)."
  echo
} >"$OUT"

PGBENCH_TPS=1 PGBENCH_LAT=skipped PGBENCH_S_TPS=1 PGBENCH_S_LAT=skipped
if [ -z "${SKIP_PGBENCH:-}" ]; then
  echo "== pgbench" >&2
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -q pgbench >/dev/null 2>&1
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 8 -j 2 -T 20 pgbench >"$WORK/pgbench.out" 2>&1
  PGBENCH_TPS=$(awk '/^tps/ {print int($3)}' "$WORK/pgbench.out")
  PGBENCH_LAT=$(awk '/latency average/ {print $4 " " $5}' "$WORK/pgbench.out")
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -S -c 8 -j 2 -T 20 pgbench >"$WORK/pgbench-s.out" 2>&1
  PGBENCH_S_TPS=$(awk '/^tps/ {print int($3)}' "$WORK/pgbench-s.out")
  PGBENCH_S_LAT=$(awk '/latency average/ {print $4 " " $5}' "$WORK/pgbench-s.out")
fi

echo "== canteen load on one instance" >&2
start_app "$PORT_A" a
python3 "$ROOT/bench/setup.py" "http://127.0.0.1:$PORT_A" "$ADMIN_PASSWORD" "$CHILDREN" "$WORK" >&2
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
BOOK=(-s "$ROOT/bench/book.lua")
MONTH=(-s "$ROOT/bench/month.lua")
SKIPPED="| skipped | 1 | | | |"
HEALTH=$SKIPPED PUT=$SKIPPED MONTHROW=$SKIPPED HEALTH2=$SKIPPED LOAD_CANTEEN=skipped
if [ -z "${SKIP_CANTEEN:-}" ]; then
  wrk -t2 -c16 -d5s "$A/health" >/dev/null
  wrk -t2 -c16 -d5s "${MONTH[@]}" "$A" -- "$WORK/token" "$WORK/children" >/dev/null
  wrk -t2 -c16 -d5s "${BOOK[@]}" "$A" -- "$WORK/token" "$WORK/children" "$WORK/days" >/dev/null
  HEALTH=$(wrk_row "GET /health (plain Javalin)" -c"$CONNECTIONS" "$A/health")
  PUT=$(wrk_row "**PUT booking**" -c"$CONNECTIONS" "${BOOK[@]}" "$A" -- "$WORK/token" "$WORK/children" "$WORK/days")
  MONTHROW=$(wrk_row "**GET month**" -c"$CONNECTIONS" "${MONTH[@]}" "$A" -- "$WORK/token" "$WORK/children")
  HEALTH2=$(wrk_row "GET /health again (drift check)" -c"$CONNECTIONS" "$A/health")
  LOAD_CANTEEN=$(load)
fi

ME_B=skipped ONLY_B=$SKIPPED BOTH_A=$SKIPPED BOTH_B=$SKIPPED LOAD_TWO=skipped
if [ -z "${SKIP_TWO:-}" ]; then
  echo "== two instances" >&2
  start_app "$PORT_B" b
  ME_B=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(cat "$WORK/token")" "$B/api/v1/me")
  wrk -t2 -c16 -d5s "${BOOK[@]}" "$B" -- "$WORK/token" "$WORK/children" "$WORK/days" >/dev/null
  ONLY_B=$(wrk_row "PUT booking on B only (token from A)" -c"$CONNECTIONS" "${BOOK[@]}" "$B" -- "$WORK/token" "$WORK/children" "$WORK/days")
  wrk_row "PUT booking on A, at the same time as B" -c$((CONNECTIONS / 2)) "${BOOK[@]}" "$A" -- "$WORK/token" "$WORK/children" "$WORK/days" >"$WORK/both-a" &
  BOTH_PID=$!
  BOTH_B=$(wrk_row "PUT booking on B, at the same time as A" -c$((CONNECTIONS / 2)) "${BOOK[@]}" "$B" -- "$WORK/token" "$WORK/children" "$WORK/days")
  wait $BOTH_PID
  BOTH_A=$(cat "$WORK/both-a")
  LOAD_TWO=$(load)
  kill "${PIDS[1]}"; wait "${PIDS[1]}" 2>/dev/null || true
fi

if [ -z "${SKIP_HERD:-}" ]; then
  echo "== the 8:00 herd" >&2
  HERD_OK=yes
  # the client on the quick compiler only: its optimising compiler took a tenth of the cores during the herd (perf)
  APP_PID=${PIDS[0]} java -Xmx256m -XX:TieredStopAtLevel=1 "$ROOT/bench/Herd.java" "$A" "$ADMIN_PASSWORD" 2026-09-08 "$PARENTS" "$PLACES" "$WORK/token" "$WORK/children" >"$WORK/herd.out" 2>&1 || HERD_OK=no
  cat "$WORK/herd.out" >&2
  LOAD_HERD=$(load)
fi

ratio() { python3 -c "import sys; a, b = (float(x.replace(',', '')) for x in sys.argv[1:]); print('%d %%' % round(100 * a / b))" "$1" "$2"; }
fraction() { python3 -c "import sys; a, b = (float(x.replace(',', '')) for x in sys.argv[1:]); print('%.2f' % (a / b))" "$1" "$2"; }
rps_of() { echo "$1" | awk -F'|' '{gsub(/ /, "", $3); print $3}'; }

{
  echo "### Yardsticks and canteen load (one instance, wrk -t2 -c$CONNECTIONS -d$DURATION after 5 s of warm-up; load average after: $LOAD_CANTEEN)"
  echo
  echo "| what | requests/s | p50 | p99 | errors |"
  echo "|---|---:|---:|---:|---|"
  echo "| pgbench tpcb-like, scale 1 (\`-c 8 -j 2 -T 20\`) | $(printf "%'d" "$PGBENCH_TPS") TPS | avg $PGBENCH_LAT | | |"
  echo "| pgbench select-only, scale 1 (\`-S -c 8 -j 2 -T 20\`) | $(printf "%'d" "$PGBENCH_S_TPS") TPS | avg $PGBENCH_S_LAT | | |"
  echo "$HEALTH"; echo "$PUT"; echo "$MONTHROW"; echo "$HEALTH2"
  echo
  echo "- PUT booking / pgbench TPS: **$(ratio "$(rps_of "$PUT")" "$PGBENCH_TPS")** (target ≥ 50 %)."
  echo "- GET month / GET /health: **$(ratio "$(rps_of "$MONTHROW")" "$(rps_of "$HEALTH")")** (target ≥ 25 %)."
  echo "- GET month / pgbench select-only TPS: **$(fraction "$(rps_of "$MONTHROW")" "$PGBENCH_S_TPS")** (target ≥ 0.3)."
  echo
  if [ -z "${SKIP_TWO:-}" ]; then
  echo "### Two instances sharing the database (load average after: $LOAD_TWO)"
  echo
  echo "The token was obtained by signing in on instance A; \`GET /api/v1/me\` with it on instance B answered **$ME_B**."
  echo
  echo "| what | requests/s | p50 | p99 | errors |"
  echo "|---|---:|---:|---:|---|"
  echo "$ONLY_B"; echo "$BOTH_A"; echo "$BOTH_B"
  echo
  fi
  if [ -z "${SKIP_HERD:-}" ]; then
  echo "### The 8:00 herd (\`java bench/Herd.java\`, load average after: $LOAD_HERD; result: $([ $HERD_OK = yes ] && echo OK || echo FAILED))"
  echo
  echo '```'
  cat "$WORK/herd.out"
  echo '```'
  echo
  fi
} >>"$OUT"

if [ -z "${SKIP_BILLING:-}" ]; then
  echo "== billing" >&2
  kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true
  BENCH_PG_PORT=$(free_port) "$ROOT/bench/billing-benchmark.sh" >"$WORK/billing.out" 2>&1 || true
  cat "$WORK/billing.out" >&2
  { echo "### Billing run, 50,000 children (\`bench/billing-benchmark.sh\`, -Xmx512m; load average after: $(load))"
    echo; echo '```'; cat "$WORK/billing.out"; echo '```'; echo; } >>"$OUT"
fi
echo "<!-- bench/session.sh:end -->" >>"$OUT"

[ -n "${SKIP_RESULTS:-}" ] || python3 - "$RESULTS" "$OUT" <<'EOF'
import re, sys
results, section = open(sys.argv[1]).read(), open(sys.argv[2]).read()
pattern = re.compile(r"<!-- bench/session.sh:begin -->.*<!-- bench/session.sh:end -->\n?", re.S)
results = pattern.sub(lambda _: section, results) if pattern.search(results) else results.rstrip("\n") + "\n\n" + section
open(sys.argv[1], "w").write(results)
EOF
cat "$OUT"
