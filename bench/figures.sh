#!/usr/bin/env bash
# Figures benchmark (issue 15): what came of the packages forwarded, at 1,000,000 signals spread over
# the ten regions and two years, with the packages the platform would have forwarded of them
# (generate-packages.sql). Loads, with real Keycloak tokens, the default year of
# GET /api/v1/regions/limburg/forwarding-figures as coordinator.limburg and of
# GET /api/v1/stats/forwarding (every region, k-anonymous) as landelijk.analist.
#
#   bench/figures.sh        (SIGNALS=1000000 DURATION=20 CONNECTIONS="4" PORT=8090 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNALS=${SIGNALS:-1000000}
LEVELS=${CONNECTIONS:-"4"}
source bench/lib.sh

ensure_tools
use_database waakzaam_bench waakzaam_bench_app
start_platform
: > "$results/wrk.log"

echo "bench: generating $SIGNALS signals and their packages"
start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d waakzaam_bench -q -v count="$SIGNALS" -f bench/generate-signals.sql
psql -h 127.0.0.1 -U postgres -d waakzaam_bench -q -f bench/generate-packages.sql
packages=$(psql -h 127.0.0.1 -U postgres -d waakzaam_bench -qAtc "select count(*) from forwarding_package")
limburg=$(psql -h 127.0.0.1 -U postgres -d waakzaam_bench -qAtc \
  "select count(*) from forwarding_package where region = 'LIMBURG' and forwarded_at > now() - interval '365 days'")
echo "bench: generated in $(( $(date +%s) - start )) s"

{
  echo "Waakzaam figures benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $THREADS wrk threads, ${DURATION} s each"
  echo "database:               $database, $SIGNALS signals, $packages packages ($limburg of Limburg in the last 365 days)"
} | tee "$results/figures-summary.txt"

for CONNECTIONS in $LEVELS; do
  coordinator=$(staff_token coordinator.limburg)
  national=$(staff_token landelijk.analist)
  load "$WARMUP" bench/get.lua "/api/v1/regions/limburg/forwarding-figures" -H "Authorization: Bearer $coordinator" >/dev/null
  load "$WARMUP" bench/get.lua "/api/v1/stats/forwarding" -H "Authorization: Bearer $national" >/dev/null
  region=$(load "$DURATION" bench/get.lua "/api/v1/regions/limburg/forwarding-figures" -H "Authorization: Bearer $coordinator")
  coordinator=$(staff_token coordinator.limburg)
  national=$(staff_token landelijk.analist)
  whole=$(load "$DURATION" bench/get.lua "/api/v1/stats/forwarding" -H "Authorization: Bearer $national")
  {
    echo "$CONNECTIONS connections:"
    echo "  GET /api/v1/regions/limburg/forwarding-figures (a year, per partner): $(field "$region" rps) req/s, p50 $(field "$region" p50_ms) ms, p95 $(field "$region" p95_ms) ms, p99 $(field "$region" p99_ms) ms, non-2xx $(field "$region" non2xx)"
    echo "  GET /api/v1/stats/forwarding (a year, every region, k-anonymous):    $(field "$whole" rps) req/s, p50 $(field "$whole" p50_ms) ms, p95 $(field "$whole" p95_ms) ms, p99 $(field "$whole" p99_ms) ms, non-2xx $(field "$whole" non2xx)"
  } | tee -a "$results/figures-summary.txt"
done
echo "Payara Micro RSS $(rss_mb) MB" | tee -a "$results/figures-summary.txt"
