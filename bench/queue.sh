#!/usr/bin/env bash
# Staff console benchmark (issue 6): one region (Limburg) filled with 10,000 and then 1,000,000 signals
# (bench/generate-region.sql: five years of signals, the last two months still being handled), the first
# page of the work queue as the console asks for it, at both sizes; then a triage action.
#   queue, console default   GET /api/v1/triage/queue?status=<open>&sort=deadline&limit=25
#   queue, newest            GET /api/v1/triage/queue?sort=newest&limit=50
#   queue, filtered          GET /api/v1/triage/queue?priority=URGENT&status=IN_TRIAGE&sort=newest&limit=25
#   triage action            PUT /api/v1/signals/{reference}/classification on signals in triage
# Every request validates Keycloak's token and writes audit records, as in production. Each size is
# measured after a minute of warm-up: the JIT compiles for minutes on two cores (see bench/README.md).
#
#   bench/queue.sh          (SIGNALS=1000000 SMALL=10000 DURATION=20 WARMUP=60 CONNECTIONS="2 4" PORT=8090 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNALS=${SIGNALS:-1000000}
SMALL=${SMALL:-10000}
LEVELS=${CONNECTIONS:-"2 4"}
WARMUP=${WARMUP:-60}
source bench/lib.sh

ensure_tools
use_database waakzaam_queue waakzaam_queue_app
start_platform
: > "$results/wrk.log"
db() { psql -h 127.0.0.1 -U postgres -d waakzaam_queue "$@"; }

generate() {
  local start
  start=$(date +%s)
  db -q -v first="$1" -v last="$2" -f bench/generate-region.sql
  echo "bench: signals $1 to $2 generated in $(( $(date +%s) - start )) s"
}

open="RECEIVED,IN_TRIAGE,AWAITING_REPORTER,ROUTED"
measure() {
  local size=$1 token default newest filtered
  token=$(staff_token analist.limburg)
  default=$(load "$DURATION" bench/get.lua "/api/v1/triage/queue?status=$open&sort=deadline&limit=25" -H "Authorization: Bearer $token")
  newest=$(load "$DURATION" bench/get.lua "/api/v1/triage/queue?sort=newest&limit=50" -H "Authorization: Bearer $token")
  filtered=$(load "$DURATION" bench/get.lua "/api/v1/triage/queue?priority=URGENT&status=IN_TRIAGE&sort=newest&limit=25" -H "Authorization: Bearer $token")
  {
    echo "$size signals in Limburg, $CONNECTIONS connections ($(db -qAtc "select string_agg(status || ' ' || signals, ', ' order by status) from signal_status_count where region = 'LIMBURG'")):"
    echo "  queue, console default (open, by deadline, 25): $(field "$default" rps) req/s, p50 $(field "$default" p50_ms) ms, p95 $(field "$default" p95_ms) ms, p99 $(field "$default" p99_ms) ms, non-2xx $(field "$default" non2xx)"
    echo "  queue, newest first (50):                       $(field "$newest" rps) req/s, p50 $(field "$newest" p50_ms) ms, p95 $(field "$newest" p95_ms) ms, p99 $(field "$newest" p99_ms) ms, non-2xx $(field "$newest" non2xx)"
    echo "  queue, urgent in triage (25):                   $(field "$filtered" rps) req/s, p50 $(field "$filtered" p50_ms) ms, p95 $(field "$filtered" p95_ms) ms, p99 $(field "$filtered" p99_ms) ms, non-2xx $(field "$filtered" non2xx)"
  } | tee -a "$results/queue-summary.txt" >&2
  echo "$(field "$default" p95_ms) $(field "$newest" p95_ms) $(field "$filtered" p95_ms)"
}

{
  echo "Waakzaam queue benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $THREADS wrk threads, ${DURATION} s each after ${WARMUP} s of warm-up (JIT) per size"
  echo "database: $database"
} | tee "$results/queue-summary.txt"

warm_up() {
  local token
  token=$(staff_token analist.limburg)
  load "$WARMUP" bench/get.lua "/api/v1/triage/queue?status=$open&sort=deadline&limit=25" -H "Authorization: Bearer $token" >/dev/null
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
generate 1 "$SMALL"
warm_up
declare -A small
for CONNECTIONS in $LEVELS; do small[$CONNECTIONS]=$(measure "$SMALL" | tail -n 1); done
generate $((SMALL + 1)) "$SIGNALS"
warm_up
declare -A large
for CONNECTIONS in $LEVELS; do large[$CONNECTIONS]=$(measure "$SIGNALS" | tail -n 1); done

# The triage action, at the full size.
db -qAtc "select reference from signal where region = 'LIMBURG' and status = 'IN_TRIAGE' order by random() limit 1000" \
  > "$results/open-references.txt"
CONNECTIONS=4
token=$(staff_token analist.limburg)
load "$WARMUP" bench/classify.lua "/" -H "Authorization: Bearer $token" >/dev/null
token=$(staff_token analist.limburg)
action=$(load "$DURATION" bench/classify.lua "/" -H "Authorization: Bearer $token")
echo "triage action (PUT classification, $SIGNALS signals, 4 connections): $(field "$action" rps) req/s, p50 $(field "$action" p50_ms) ms, p95 $(field "$action" p95_ms) ms, p99 $(field "$action" p99_ms) ms, non-2xx $(field "$action" non2xx) (target p95 <= 30 ms)" \
  | tee -a "$results/queue-summary.txt"

# Back to the small size with the JIT as warm as for the large one: the first small measurement ran
# on a JIT still compiling, which flatters the ratio. The ratio is taken against this one.
start=$(date +%s)
db -q -c "alter table signal disable trigger signal_status_count_track" \
  -c "delete from signal where region = 'LIMBURG' and reference > 'VO-2000-$(printf '%06d' $((SMALL + 100000)))'" \
  -c "delete from signal_status_count" \
  -c "insert into signal_status_count (region, status, signals) select region, status, count(*) from signal group by region, status" \
  -c "alter table signal enable trigger signal_status_count_track" -c "vacuum analyze signal"
echo "bench: back to $(db -qAtc "select count(*) from signal where region = 'LIMBURG'") signals in $(( $(date +%s) - start )) s"
for CONNECTIONS in $LEVELS; do
  warm=$(measure "$SMALL (again, warm JIT)" | tail -n 1)
  read -r s_default s_newest s_filtered <<< "$warm"
  read -r l_default l_newest l_filtered <<< "${large[$CONNECTIONS]}"
  echo "$CONNECTIONS connections, p95 at $SIGNALS / p95 at $SMALL (warm): console default $(ratio "$l_default" "$s_default"), newest $(ratio "$l_newest" "$s_newest"), urgent in triage $(ratio "$l_filtered" "$s_filtered") (target <= 1.5)" \
    | tee -a "$results/queue-summary.txt"
done

echo "Payara Micro RSS $(rss_mb) MB; audit records $(db -qAtc 'select count(*) from audit_record')" | tee -a "$results/queue-summary.txt"
