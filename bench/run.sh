#!/usr/bin/env bash
# Load benchmark of Waakzaam on loopback, from one run: req/s of a trivial GET (the API root) and of
# POST /api/v1/signals, their ratio, and the POST's p50/p99 latency, at 16 connections.
#
#   bench/run.sh            (DURATION=20 CONNECTIONS=16 THREADS=2 PORT=8090 to change)
#
# The application runs against the PostgreSQL on 127.0.0.1:5432 when one answers (a fresh database
# waakzaam_bench, fsync on, as in production), else against the embedded one.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8090}
WARMUP=${WARMUP:-10}
results=bench/results
mkdir -p "$results"

if ! command -v wrk >/dev/null; then
  echo "bench: installing wrk from Debian's packages"
  apt-get install -y -q -o DPkg::Lock::Timeout=600 wrk >/dev/null
fi

[ -f target/waakzaam.war ] && [ -f target/payara/payara-micro.jar ] || mvn -B -q -DskipTests package

export WAAKZAAM_HTTP_PORT=$PORT
export WAAKZAAM_DEV_HOME
WAAKZAAM_DEV_HOME=$(mktemp -d /tmp/waakzaam-bench.XXXXXX)
export WAAKZAAM_DEV_DB_PORT=$((PORT + 1))
if command -v psql >/dev/null && psql -h 127.0.0.1 -U postgres -d test -qAtc 'select 1' >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d test -qc 'drop database if exists waakzaam_bench with (force)' \
    -c 'create database waakzaam_bench' >/dev/null
  export WAAKZAAM_DB_URL=jdbc:postgresql://127.0.0.1:5432/waakzaam_bench WAAKZAAM_DB_USER=postgres WAAKZAAM_DB_PASSWORD=
  database="PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -qAtc 'show server_version') on 127.0.0.1:5432"
else
  database="embedded PostgreSQL (fsync off)"
fi

setsid mvn -B -q -Prun > "$results/platform.log" 2>&1 &
platform=$!
stop() { kill -TERM -- -"$platform" 2>/dev/null || true; wait "$platform" 2>/dev/null || true; rm -rf "$WAAKZAAM_DEV_HOME"; }
trap stop EXIT

for _ in $(seq 1 240); do
  grep -q 'Waakzaam is running' "$results/platform.log" && break
  kill -0 "$platform" 2>/dev/null || { cat "$results/platform.log"; exit 1; }
  sleep 1
done
ready=$(sed -nE 's/.*ready in ([0-9.]+) s.*/\1/p' "$results/platform.log")

url=http://127.0.0.1:$PORT
load() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --latency -s "$2" "$url$3" | tee -a "$results/wrk.log" | grep '^RESULT'; }
: > "$results/wrk.log"
field() { echo "$1" | sed -nE "s/.* $2=([0-9.]+).*/\1/p"; }

echo "bench: warming up ($WARMUP s each)"
load "$WARMUP" bench/get.lua /api/v1 >/dev/null
load "$WARMUP" bench/signal.lua /api/v1/signals >/dev/null

get=$(load "$DURATION" bench/get.lua /api/v1)
post=$(load "$DURATION" bench/signal.lua /api/v1/signals)
rss=$(ps -o rss= -p "$(pgrep -f 'payara-micro.jar' | head -n 1)" | awk '{printf "%d", $1/1024}')

get_rps=$(field "$get" rps); post_rps=$(field "$post" rps)
ratio=$(awk -v p="$post_rps" -v g="$get_rps" 'BEGIN { printf "%.0f", 100 * p / g }')
{
  echo "Waakzaam benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $THREADS wrk threads, $CONNECTIONS connections, ${DURATION} s each"
  echo "database:               $database"
  echo "startup to ready:       ${ready} s"
  echo "GET  /api/v1:           ${get_rps} req/s   (p50 $(field "$get" p50_ms) ms, p99 $(field "$get" p99_ms) ms, non-2xx $(field "$get" non2xx))"
  echo "POST /api/v1/signals:   ${post_rps} req/s   (p50 $(field "$post" p50_ms) ms, p99 $(field "$post" p99_ms) ms, non-2xx $(field "$post" non2xx))"
  echo "POST / GET:             ${ratio} %"
  echo "Payara Micro RSS:       ${rss} MB"
} | tee "$results/summary.txt"
