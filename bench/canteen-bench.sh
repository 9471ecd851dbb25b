#!/usr/bin/env bash
# Benchmark of the canteen against the running jar, with wrk (Debian package `wrk`):
#   PUT /api/v1/children/{id}/canteen/{date}  (random child and service day: mostly real inserts)
#   GET /api/v1/children/{id}/canteen?from=&to= (a random month of a random child)
# beside GET /health, a plain Javalin endpoint, measured in the same run on the same machine.
#
# Usage (from the repository root, after `mvn -B -ntp -q package -DskipTests`):
#   bench/canteen-bench.sh h2         # the embedded default: H2 file in a temporary data folder
#   bench/canteen-bench.sh postgres   # a throwaway PostgreSQL cluster (Debian's postgresql, run as user postgres)
# Tunables: PORT (a free one), PG_PORT, DURATION (20s), THREADS (2), CONNECTIONS (64), CHILDREN (500).
set -euo pipefail

DB=${1:-h2}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${PORT:-$(free_port)}
PG_PORT=${PG_PORT:-$(free_port)}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
CHILDREN=${CHILDREN:-500}
ADMIN_PASSWORD='Cantine-Banc-Essai-2026!'
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/famille-bootstrap/target/famille.jar"
WORK=$(mktemp -d /tmp/famille-bench.XXXXXX)
chmod 755 "$WORK"
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ "$DB" == postgres && -d "$WORK/pg" ]]; then runuser -u postgres -- pg_ctl -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[[ -f "$JAR" ]] || { echo "build the jar first: mvn -B -ntp -q package -DskipTests" >&2; exit 1; }

export FAMILLE_PORT=$PORT FAMILLE_DATA_DIR="$WORK/data" FAMILLE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
       FAMILLE_CLOCK=2026-09-07T08:00:00+02:00
if [[ "$DB" == postgres ]]; then
  mkdir "$WORK/pg" && chown postgres "$WORK/pg" && touch "$WORK/pg.log" && chown postgres "$WORK/pg.log"
  runuser -u postgres -- initdb -A trust -D "$WORK/pg" >/dev/null
  runuser -u postgres -- pg_ctl -D "$WORK/pg" -l "$WORK/pg.log" -o "-c listen_addresses=127.0.0.1 -p $PG_PORT" -w start >/dev/null
  runuser -u postgres -- createdb -h 127.0.0.1 -p "$PG_PORT" famille
  export FAMILLE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/famille" FAMILLE_DB_USER=postgres FAMILLE_DB_PASSWORD=postgres
fi

java ${JAVA_OPTS:-} -Xmx512m -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://localhost:$PORT/health" >/dev/null || { cat "$WORK/app.log"; exit 1; }
kill -0 "$APP_PID" 2>/dev/null || { echo "the portal did not start" >&2; cat "$WORK/app.log"; exit 1; }

python3 "$ROOT/bench/setup.py" "http://localhost:$PORT" "$ADMIN_PASSWORD" "$CHILDREN" "$WORK"

run() {
  local name=$1; shift
  echo "== $name"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%|Latency "
}
URL="http://localhost:$PORT"
# warm-up: JIT, connection pool, calendar cache
wrk -t2 -c16 -d5s "$URL/health" >/dev/null
wrk -t2 -c16 -d5s -s "$ROOT/bench/month.lua" "$URL" -- "$WORK/token" "$WORK/children" >/dev/null
wrk -t2 -c16 -d5s -s "$ROOT/bench/book.lua" "$URL" -- "$WORK/token" "$WORK/children" "$WORK/days" >/dev/null

echo "database: $DB, $CHILDREN children, $(wc -l <"$WORK/days") service days, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores"
run "GET /health (plain Javalin endpoint)" "$URL/health"
run "PUT /api/v1/children/{id}/canteen/{date}" -s "$ROOT/bench/book.lua" "$URL" -- "$WORK/token" "$WORK/children" "$WORK/days"
run "GET /api/v1/children/{id}/canteen?from=&to= (a month)" -s "$ROOT/bench/month.lua" "$URL" -- "$WORK/token" "$WORK/children"
run "GET /health again (drift check)" "$URL/health"
