#!/usr/bin/env bash
# Benchmark of the association API (issue 13): a batch of 500 signals end to end, its replay under the
# same Idempotency-Key, and client-credential token requests per second from Keycloak beside them.
#
#   bench/associations.sh       (BATCHES=30 REPLAYS=200 PORT=8090 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
BATCHES=${BATCHES:-30}
REPLAYS=${REPLAYS:-200}
source bench/lib.sh

ensure_tools
# The benchmark sends far more than an association may per minute and per day.
export WAAKZAAM_ASSOCIATION_MAX_BATCHES_PER_MINUTE=1000000 WAAKZAAM_ASSOCIATION_MAX_ITEMS_PER_DAY=100000000
use_database waakzaam_bench waakzaam_bench_app
start_platform
: > "$results/wrk.log"

secret=$(sed -nE 's/^CLIENT_SECRET_lto-noord=(.*)$/\1/p' "$WAAKZAAM_DEV_HOME/secrets.properties")
token() {
  curl -s -X POST "$keycloak/protocol/openid-connect/token" -d grant_type=client_credentials \
    -d client_id=lto-noord -d "client_secret=$secret" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# 500 farmers' signals across four regions, each with a member reference of its own.
body=$results/batch-500.json
{
  printf '{"signals":['
  for i in $(seq 0 499); do
    [ "$i" -gt 0 ] && printf ','
    case $((i % 4)) in
      0) place='"postcode":"5712","municipality":"Someren"' ;;
      1) place='"postcode":"6211","municipality":"Maastricht"' ;;
      2) place='"postcode":"7411","municipality":"Deventer"' ;;
      *) place='"postcode":"9711","municipality":"Groningen"' ;;
    esac
    printf '{"memberReference":"lid-%d","signal":{"kind":"BARN_OFFER","sector":"AGRICULTURE","location":{%s},"observedOn":"2026-11-02","description":"Lid %d: twee mannen in een zwarte bus wilden de lege schuur huren.","barnOffer":{"buildingType":"SHED","floorAreaSquareMetres":600,"offeredRentEuros":5000,"rentPeriod":"PER_MONTH","cashPayment":true,"paidUpfront":true,"requestedChanges":["EXTRA_POWER_SUPPLY"],"approach":"IN_PERSON","offerState":"REFUSED"},"vehicles":[{"licencePlate":"VXD-12-B","country":"NL"}]}}' "$i" "$place" "$i"
  done
  printf ']}'
} > "$body"

# post <key>: the seconds one batch took, end to end; fails on any status but 201.
post() {
  local out
  out=$(curl -s -o "$results/batch-answer.json" -w '%{http_code} %{time_total}' -X POST "$url/api/v1/batches" \
    -H "Authorization: Bearer $access" -H 'Content-Type: application/json' -H "Idempotency-Key: $1" \
    --data-binary @"$body")
  [ "${out%% *}" = 201 ] || { echo "bench: batch answered $out"; cat "$results/batch-answer.json"; exit 1; }
  echo "${out##* }"
}

# percentile <p> < seconds, one per line: in milliseconds, nearest rank
percentile() { sort -n | awk -v p="$1" '{v[NR]=$1} END {i=int((p/100)*NR+0.999999); if (i<1) i=1; printf "%.1f", v[i]*1000}'; }

access=$(token)
for i in 1 2 3 4 5; do post "warm-$i-$RANDOM" >/dev/null; done
access=$(token)
# The PostgreSQL of these machines runs without autovacuum; a deployment's runs with it. Without it the
# per-region status counts (one row updated by every insert, ADR 14) bloat batch after batch and the
# batches slow down with them, so the benchmark vacuums every five batches, as autovacuum would.
autovacuum=$(psql -h 127.0.0.1 -U postgres -d waakzaam_bench -qAtc "show autovacuum" 2>/dev/null || echo on)
: > "$results/batch-times.txt"
for i in $(seq 1 "$BATCHES"); do
  post "batch-$i-$RANDOM" >> "$results/batch-times.txt"
  if [ "$autovacuum" = off ] && [ $((i % 5)) = 0 ]; then
    psql -h 127.0.0.1 -U postgres -d waakzaam_bench -qc "vacuum (analyze)" >/dev/null
  fi
done
key="replayed-$RANDOM"
post "$key" >/dev/null
: > "$results/replay-times.txt"
for i in $(seq 1 "$REPLAYS"); do post "$key" >> "$results/replay-times.txt"; done
# The same replay as a client with a kept-alive connection sends it (the generated Java client, any
# HTTP library's pool): wrk on one connection, so the figure is the server's and not curl's new TCP
# connection and Payara's per-connection set-up (about 6 ms even for GET /api/v1 on these machines).
cat > "$results/replay.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $access"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Idempotency-Key"] = "$key"
local f = io.open("$body", "rb")
wrk.body = f:read("*a")
f:close()
dofile("bench/summary.lua")
LUA
THREADS=1 CONNECTIONS=1 load 5 "$results/replay.lua" /api/v1/batches >/dev/null
kept=$(THREADS=1 CONNECTIONS=1 load "$DURATION" "$results/replay.lua" /api/v1/batches)

# Webhook delivery after commit: a receiver on this machine notes when each message arrives; staff
# take Limburg's signals of the last batch into triage one after another, and the moment each change
# was asked for (before its commit: an upper bound) is compared with its message's arrival.
hook_port=$(free_port 9400)
python3 - "$hook_port" > "$results/webhook-arrivals.txt" <<'PY' &
import http.server, json, sys, time
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        print(f"{time.time():.6f} {json.loads(body)['data']['reference']}", flush=True)
        self.send_response(204)
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
PY
receiver=$!
sleep 1
curl -s -o /dev/null -X PUT "$url/api/v1/webhooks" -H "Authorization: Bearer $access" \
  -H 'Content-Type: application/json' -d "{\"url\":\"http://127.0.0.1:$hook_port/hook\"}"
staff=$(staff_token coordinator.limburg)
grep -o '"reference":"VO-[0-9-]*"' "$results/batch-answer.json" | sed -n '2~4p' | cut -d'"' -f4 | head -n 100 \
  > "$results/limburg-references.txt"
: > "$results/webhook-commits.txt"
while read -r reference; do
  echo "$(date +%s.%N) $reference" >> "$results/webhook-commits.txt"
  curl -s -o /dev/null -X POST "$url/api/v1/signals/$reference/triage" -H "Authorization: Bearer $staff"
done < "$results/limburg-references.txt"
sleep 3
kill "$receiver" 2>/dev/null || true
delays=$(awk 'NR==FNR {committed[$2]=$1; next} ($2 in committed) {print $1 - committed[$2]}' \
  "$results/webhook-commits.txt" "$results/webhook-arrivals.txt")
webhooks=$(echo "$delays" | grep -c . || true)

cat > "$results/token.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=lto-noord&client_secret=$secret"
dofile("bench/summary.lua")
LUA
saved_url=$url
url=${keycloak%/realms/waakzaam}
CONNECTIONS=4 load "$WARMUP" "$results/token.lua" /realms/waakzaam/protocol/openid-connect/token >/dev/null
tokens=$(CONNECTIONS=4 load "$DURATION" "$results/token.lua" /realms/waakzaam/protocol/openid-connect/token)
url=$saved_url

stored=$(psql -h 127.0.0.1 -U postgres -d waakzaam_bench -qAtc "select count(*) from signal" 2>/dev/null || echo "?")
{
  echo "Waakzaam association benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; database: $database"
  echo "POST /api/v1/batches, 500 signals, $BATCHES batches one after another (server autovacuum $autovacuum; vacuumed every 5 batches when off):"
  echo "  p50 $(percentile 50 < "$results/batch-times.txt") ms, p95 $(percentile 95 < "$results/batch-times.txt") ms, max $(percentile 100 < "$results/batch-times.txt") ms"
  echo "the same batch again under its key, one kept-alive connection (wrk, ${DURATION} s): $(field "$kept" requests) replays:"
  echo "  p50 $(field "$kept" p50_ms) ms, p95 $(field "$kept" p95_ms) ms, p99 $(field "$kept" p99_ms) ms, non-2xx $(field "$kept" non2xx)"
  echo "the same again, $REPLAYS replays by curl, a new connection each:"
  echo "  p50 $(percentile 50 < "$results/replay-times.txt") ms, p95 $(percentile 95 < "$results/replay-times.txt") ms, max $(percentile 100 < "$results/replay-times.txt") ms"
  echo "webhooks, $webhooks of $(wc -l < "$results/limburg-references.txt") status changes, arrival after the change was asked for:"
  echo "  p50 $(echo "$delays" | percentile 50) ms, p95 $(echo "$delays" | percentile 95) ms, max $(echo "$delays" | percentile 100) ms"
  echo "Keycloak client-credential tokens, 4 connections: $(field "$tokens" rps) req/s, p50 $(field "$tokens" p50_ms) ms, p95 $(field "$tokens" p95_ms) ms, non-2xx $(field "$tokens" non2xx)"
  echo "signals stored: $stored; Payara Micro RSS $(rss_mb) MB"
} | tee "$results/associations-summary.txt"
