#!/usr/bin/env bash
# Load benchmark of the staff API with 100,000 signals spread over the ten regions: the first page of
# GET /api/v1/triage/queue and GET /api/v1/signals/{reference} for an analyst of Limburg, with Keycloak's
# token validated and an audit record written on every request.
#
#   bench/staff.sh          (SIGNALS=100000 DURATION=20 CONNECTIONS="4 16" PORT=8090 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNALS=${SIGNALS:-100000}
LEVELS=${CONNECTIONS:-"4 16"}
source bench/lib.sh

ensure_tools
use_database waakzaam_bench waakzaam_bench_app
start_platform
: > "$results/wrk.log"

echo "bench: generating $SIGNALS signals"
start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d waakzaam_bench -q -v count="$SIGNALS" -f bench/generate-signals.sql
echo "bench: generated in $(( $(date +%s) - start )) s"
psql -h 127.0.0.1 -U postgres -d waakzaam_bench -qAtc \
  "select reference from signal where region = 'LIMBURG' order by random() limit 1000" > "$results/references.txt"

{
  echo "Waakzaam staff benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $THREADS wrk threads, ${DURATION} s each"
  echo "database:               $database, $SIGNALS signals over ten regions"
} | tee "$results/staff-summary.txt"

for CONNECTIONS in $LEVELS; do
  token=$(staff_token analist.limburg)
  load "$WARMUP" bench/get.lua "/api/v1/triage/queue" -H "Authorization: Bearer $token" >/dev/null
  load "$WARMUP" bench/staff-signal.lua "/" -H "Authorization: Bearer $token" >/dev/null
  token=$(staff_token analist.limburg)
  queue=$(load "$DURATION" bench/get.lua "/api/v1/triage/queue" -H "Authorization: Bearer $token")
  signal=$(load "$DURATION" bench/staff-signal.lua "/" -H "Authorization: Bearer $token")
  {
    echo "$CONNECTIONS connections:"
    echo "  GET /api/v1/triage/queue (first page of 50): $(field "$queue" rps) req/s, p50 $(field "$queue" p50_ms) ms, p95 $(field "$queue" p95_ms) ms, p99 $(field "$queue" p99_ms) ms, non-2xx $(field "$queue" non2xx)"
    echo "  GET /api/v1/signals/{reference}:           $(field "$signal" rps) req/s, p50 $(field "$signal" p50_ms) ms, p95 $(field "$signal" p95_ms) ms, p99 $(field "$signal" p99_ms) ms, non-2xx $(field "$signal" non2xx)"
  } | tee -a "$results/staff-summary.txt"
done
audit=$(psql -h 127.0.0.1 -U postgres -d waakzaam_bench -qAtc "select count(*) from audit_record")
echo "audit records written:  $audit; Payara Micro RSS $(rss_mb) MB" | tee -a "$results/staff-summary.txt"
