#!/usr/bin/env bash
# Load benchmark of intake on loopback, from one run: req/s of a trivial GET (the API root) and of
# POST /api/v1/signals, their ratio, and the POST's latencies, at 16 connections.
#
#   bench/run.sh            (DURATION=20 CONNECTIONS=16 THREADS=2 PORT=8090 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ensure_tools
use_database waakzaam_bench waakzaam_bench_app
start_platform
: > "$results/wrk.log"

echo "bench: warming up ($WARMUP s each)"
load "$WARMUP" bench/get.lua /api/v1 >/dev/null
load "$WARMUP" bench/signal.lua /api/v1/signals >/dev/null

get=$(load "$DURATION" bench/get.lua /api/v1)
post=$(load "$DURATION" bench/signal.lua /api/v1/signals)
rss=$(rss_mb)

get_rps=$(field "$get" rps); post_rps=$(field "$post" rps)
ratio=$(awk -v p="$post_rps" -v g="$get_rps" 'BEGIN { printf "%.0f", 100 * p / g }')
{
  echo "Waakzaam intake benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $THREADS wrk threads, $CONNECTIONS connections, ${DURATION} s each"
  echo "database:               $database"
  echo "Payara Micro to ready:  ${ready} s (Keycloak, started beside it with lower priority: ${keycloak_ready} s)"
  echo "GET  /api/v1:           ${get_rps} req/s   (p50 $(field "$get" p50_ms) ms, p99 $(field "$get" p99_ms) ms, non-2xx $(field "$get" non2xx))"
  echo "POST /api/v1/signals:   ${post_rps} req/s   (p50 $(field "$post" p50_ms) ms, p99 $(field "$post" p99_ms) ms, non-2xx $(field "$post" non2xx))"
  echo "POST / GET:             ${ratio} %"
  echo "Payara Micro RSS:       ${rss} MB"
} | tee "$results/summary.txt"
