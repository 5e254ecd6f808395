#!/usr/bin/env bash
# Linking benchmark (issue 14): 1,000,000 signals over the ten regions and 5,000,000 rows in the entity
# index, then, as analist.limburg with a real Keycloak token:
#   related lookup     GET /api/v1/signals/{reference}/related     (1 and 4 connections)
#   the signal view    GET /api/v1/signals/{reference}, then its related list, as the console asks,
#                      the pair timed as one (4)
#   extraction         in one JVM (nl.waakzaam.bench.ExtractionBench), and through the API: POST
#                      /api/v1/signals naming six entities against the same text naming none (4)
# The measured signals are REAL (default 1,000) signals of Limburg submitted through the API, each naming
# two plates, a phone number (in the text and typed), an e-mail address, an IBAN and a KvK number from
# shared pools, so that they relate to each other; their index keys (which only the application can
# compute) are then copied onto generated signals of all regions (bench/generate-entities.sql).
#
#   bench/linking.sh        (SIGNALS=1000000 REAL=1000 DURATION=20 WARMUP=60 PORT=8090 to change;
#                            REUSE=1 measures again on the database of the last run, without filling it)
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNALS=${SIGNALS:-1000000}
REAL=${REAL:-1000}
WARMUP=${WARMUP:-60}
source bench/lib.sh

ensure_tools
if [ "${REUSE:-0}" = 1 ]; then
  reuse_database waakzaam_linking waakzaam_linking_app
else
  use_database waakzaam_linking waakzaam_linking_app
fi
# One client sends every submission here; the limit per client is not what is measured.
export WAAKZAAM_INTAKE_MAX_SUBMISSIONS_PER_HOUR=100000000
start_platform
: > "$results/wrk.log"
db() { psql -h 127.0.0.1 -U postgres -d waakzaam_linking "$@"; }

# iban <10 digits>: a Dutch IBAN of bank ABNA with its check digits (ISO 7064 mod 97-10).
iban() {
  awk -v account="$1" 'BEGIN {
    digits = "10112310" account "232100"; r = 0
    for (i = 1; i <= length(digits); i++) r = (r * 10 + substr(digits, i, 1)) % 97
    printf "NL%02dABNA%s", 98 - r, account }'
}
letters=(B D F G H J K L N P R S T V X Z)
plate() { printf '%02d-%s%s%s-%d' $(( $1 % 97 + 1 )) "${letters[$(( $1 % 16 ))]}" "${letters[$(( $1 / 16 % 16 ))]}" "${letters[$(( $1 / 256 % 16 ))]}" $(( $1 % 9 + 1 )); }

# body <i>: a signal of Limburg naming entities drawn from pools, so that the real signals share them.
body() {
  local i=$1 p=$((RANDOM % 400)) q=$((RANDOM % 400)) f=$((RANDOM % 400)) m=$((RANDOM % 300)) b=$((RANDOM % 200)) k=$((RANDOM % 300))
  printf '{"kind":"GENERAL","sector":"CAR_TRADE","location":{"postcode":"6211 AB","municipality":"Maastricht"},"observedOn":"2026-11-20",'
  printf '"description":"Een man kwam op %d november met de auto met kenteken %s. Hij belde later vanaf 06-%08d en wilde betalen via rekening %s.",' \
    $((i % 28 + 1)) "$(plate "$p")" $((20000000 + f)) "$(iban "$(printf '%010d' $((417164300 + b)))")"
  printf '"general":{"whatHappened":"Hij bood 40.000 euro contant voor een bestelbus.","suspicion":"MONEY_LAUNDERING","counterpartyKvkNumber":"%08d","paymentMethod":"CASH","amountEuros":40000},' $((30000000 + k))
  printf '"vehicles":[{"licencePlate":"%s","country":"NL"}],' "$(plate "$q")"
  printf '"persons":[{"role":"koper","phone":"+31 6 %08d","email":"koper%d@example.nl"}]}' $((20000000 + f)) "$m"
}

if [ "${REUSE:-0}" != 1 ]; then
  echo "bench: generating $SIGNALS signals"
  start=$(date +%s)
  db -q -v count="$SIGNALS" -f bench/generate-signals.sql
  echo "bench: generated in $(( $(date +%s) - start )) s"

  echo "bench: submitting $REAL signals through the API"
  start=$(date +%s)
  for i in $(seq 1 "$REAL"); do
    status=$(body "$i" | curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @- "$url/api/v1/signals")
    [ "$status" = 201 ] || { echo "bench: submission $i answered $status"; body "$i"; exit 1; }
  done
  echo "bench: submitted in $(( $(date +%s) - start )) s"

  start=$(date +%s)
  db -q -f bench/generate-entities.sql
  echo "bench: entity index filled in $(( $(date +%s) - start )) s"
  # As autovacuum would in time: hint bits set and the visibility map written, so that the first
  # reads of the measurement do not write the freshly loaded pages.
  start=$(date +%s)
  db -q -c "vacuum (analyze) signal" -c "vacuum (analyze) signal_entity" -c "vacuum (analyze) signal_status_change" -c "checkpoint"
  echo "bench: vacuumed in $(( $(date +%s) - start )) s"
fi
# The real signals only (observed on 20 November): not the demo signals, nor what the submissions
# below added in an earlier run (observed on the 21st, naming values of their own).
db -qAtc "select reference from signal where description not like 'Generated signal %' and region = 'LIMBURG' and observed_on = date '2026-11-20' order by random()" \
  > "$results/references.txt"

# A submission naming values of no pool, so that the thousands it adds relate to no measured signal.
named=$(body 1 | sed -E 's/"observedOn":"2026-11-20"/"observedOn":"2026-11-21"/; s/06-2000([0-9]{4})/06-2999\1/; s/"\+31 6 2000/"+31 6 2999/; s/koper[0-9]+@/verkoper@/; s/"counterpartyKvkNumber":"3/"counterpartyKvkNumber":"4/; s/NL[0-9]{2}ABNA[0-9]{10}/NL67ABNA7700112233/; s/kenteken [0-9]{2}-/kenteken 99-/; s/"licencePlate":"[0-9]{2}-/"licencePlate":"98-/')
echo "$named" > "$results/submission-named.json"
# The same signal with its entities left out: no vehicle, no person, no KvK number, a text naming nothing.
echo "$named" | sed -E 's/"(vehicles|persons)":\[[^]]*\],?//g; s/kenteken [^.]*\./kenteken onbekend, een lichte bus, rond die tijd, echt waar./; s/vanaf [^ ]+ en wilde betalen via rekening [^.]*\./vanaf een nummer dat hij niet wilde noemen, en wilde contant betalen./; s/"counterpartyKvkNumber":"[0-9]+",//; s/,\}$/}/' \
  > "$results/submission-plain.json"

{
  echo "Waakzaam linking benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $THREADS wrk threads, ${DURATION} s each after ${WARMUP} s of warm-up"
  echo "database: $database; $(db -qAtc 'select count(*) from signal') signals, $(db -qAtc 'select count(*) from signal_entity') entity rows;" \
    "$(wc -l < "$results/references.txt") measured signals of Limburg naming" \
    "$(db -qAtc "select round(avg(c), 1) from (select count(*) c from signal_entity e join signal s on s.id = e.signal_id where s.description not like 'Generated signal %' and s.observed_on = date '2026-11-20' group by s.id) x") entities each"
} | tee "$results/linking-summary.txt"

line() {
  echo "$1: $(field "$2" rps) req/s, p50 $(field "$2" p50_ms) ms, p95 $(field "$2" p95_ms) ms, p99 $(field "$2" p99_ms) ms, non-2xx $(field "$2" non2xx)"
  # Refusals (an expired token, a platform not ready) are fast: figures with them mean nothing.
  [ "$(field "$2" non2xx)" = 0 ] || { echo "bench: answers other than 2xx; stopping" >&2; exit 1; }
}

# Exported, so that the value given before each load reaches wrk.
export SIGNAL_PATH= THEN_PATH=
token=$(staff_token analist.limburg)
SIGNAL_PATH=/related CONNECTIONS=4 load "$WARMUP" bench/staff-signal.lua "/" -H "Authorization: Bearer $token" >/dev/null
SIGNAL_PATH= CONNECTIONS=4 load "$WARMUP" bench/staff-signal.lua "/" -H "Authorization: Bearer $token" >/dev/null
for CONNECTIONS in 1 4; do
  # wrk wants at least as many connections as threads.
  token=$(staff_token analist.limburg)
  related=$(SIGNAL_PATH=/related THREADS=$(( CONNECTIONS < THREADS ? CONNECTIONS : THREADS )) load "$DURATION" bench/staff-signal.lua "/" -H "Authorization: Bearer $token")
  line "related lookup, $CONNECTIONS connections (target p95 <= 10 ms)" "$related" | tee -a "$results/linking-summary.txt"
done
token=$(staff_token analist.limburg)
view=$(SIGNAL_PATH= CONNECTIONS=4 load "$DURATION" bench/staff-signal.lua "/" -H "Authorization: Bearer $token")
line "signal view without its list, 4 connections" "$view" | tee -a "$results/linking-summary.txt"
# As the console opens a signal: the signal, then its related list; wrk times each pair as one.
token=$(staff_token analist.limburg)
pair=$(SIGNAL_PATH= THEN_PATH=/related CONNECTIONS=4 load "$DURATION" bench/staff-signal.lua "/" -H "Authorization: Bearer $token")
line "signal view, then its related list, timed together, 4 connections (target p95 <= 20 ms; req/s counts answers)" "$pair" \
  | tee -a "$results/linking-summary.txt"
db -qAtc "select 'related list lengths: ' || string_agg(n || ' entities listing ' || listed, ', ' order by listed) from (select listed, count(*) n from (select least(count(*) - 1, 20) listed from signal_entity e join signal_entity o using (entity_type, entity_key) join signal s on s.id = e.signal_id where s.description not like 'Generated signal %' and s.region = 'LIMBURG' and s.observed_on = date '2026-11-20' group by e.signal_id, e.entity_type, e.entity_key) x group by listed) y" \
  | tee -a "$results/linking-summary.txt"

mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" nl.waakzaam.bench.ExtractionBench \
  | tee -a "$results/linking-summary.txt"

for kind in plain named plain named; do
  export SUBMISSION=$kind
  CONNECTIONS=4 load "$((WARMUP / 4))" bench/submit.lua "/" >/dev/null
  submit=$(CONNECTIONS=4 load "$DURATION" bench/submit.lua "/")
  line "POST /api/v1/signals naming $( [ "$kind" = named ] && echo 'its entities' || echo 'nothing' ), 4 connections" "$submit" \
    | tee -a "$results/linking-summary.txt"
done
echo "Payara Micro RSS $(rss_mb) MB" | tee -a "$results/linking-summary.txt"
