#!/usr/bin/env bash
# Attachment benchmark, against the platform started by the run command (Payara Micro at -Xmx512m,
# two inspection workers of 256 MB each):
#   ingest  a mixed corpus of allowed files (>= 50 files, >= 50 MB): bare Tika AutoDetectParser in the driver's
#           JVM, then the same files through the API until every verdict is in; the ratio of the throughputs
#   flood   20 uploads of about 20 MB at once: statuses, verdicts, OutOfMemoryErrors, peak memory
#   slow    with the time limit at 1 s, a file whose inspection takes longer: the time to its verdict
#   and then, without the platform, the inspection alone over the corpus, three passes in one JVM
#
#   bench/attachments.sh          (PORT=8090 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ensure_tools
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
driver_cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
driver() { java -Xmx2g -cp "$driver_cp" nl.waakzaam.bench.AttachmentBench "$url" "$results/corpus" "$@"; }

# peak_rss <file>: samples, every half second until killed, the resident memory of Payara Micro and of the
# inspection workers together, and writes the peak of each to <file>.
peak_rss() {
  local payara=0 workers=0 p w
  while true; do
    p=$(ps -o rss= -p "$(pgrep -f payara-micro.jar | head -n 1)" 2>/dev/null | awk '{s+=$1} END {print int(s/1024)}')
    w=$(pgrep -f InspectionWorker | xargs -r ps -o rss= -p | awk '{s+=$1} END {print int(s/1024)}')
    [ "${p:-0}" -gt "$payara" ] && payara=$p
    [ "${w:-0}" -gt "$workers" ] && workers=$w
    echo "$payara $workers" > "$1"
    sleep 0.5
  done
}

# cpu_seconds <pgrep pattern>: CPU time (user + system) of the matching processes so far, in seconds.
cpu_seconds() {
  local total=0 ticks
  for pid in $(pgrep -f "$1"); do
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    total=$((total + ticks))
  done
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}'
}
cpu_snapshot() { echo "$(cpu_seconds payara-micro.jar) $(cpu_seconds InspectionWorker) $(cpu_seconds 'postgres:')"; }

use_database waakzaam_bench waakzaam_bench_app
start_platform
summary="$results/attachments-summary.txt"
{
  echo "Waakzaam attachment benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $database"
  echo "server: Payara Micro -Xmx512m, 2 inspection workers of 256 MB, time limit 30 s"
} | tee "$summary"

read -r p0 w0 d0 < <(cpu_snapshot)
driver ingest | tee -a "$summary"
read -r p1 w1 d1 < <(cpu_snapshot)
minus() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a - b}'; }
echo "ingest, all five rounds (four to warm up, one measured): CPU seconds Payara Micro $(minus "$p1" "$p0")," \
  "inspection workers $(minus "$w1" "$w0"), PostgreSQL $(minus "$d1" "$d0")" | tee -a "$summary"

peak_rss "$results/peak.txt" &
sampler=$!
driver flood | tee -a "$summary"
kill "$sampler"
read -r payara workers < "$results/peak.txt"
echo "flood: peak RSS Payara Micro $payara MB, inspection workers together $workers MB;" \
  "OutOfMemoryErrors in the server's logs: $(cat "$results/platform.log" $(find "$WAAKZAAM_DEV_HOME" -name '*.log') | grep -c OutOfMemoryError || true)" | tee -a "$summary"
stop_platform

export WAAKZAAM_ATTACHMENT_TIME_LIMIT=PT1S
start_platform
echo "server restarted with the time limit at 1 s" | tee -a "$summary"
driver slow | tee -a "$summary"
stop_platform

# The inspection alone, in one JVM with a worker's heap and collector, pass after pass.
java -Xmx256m -XX:+UseSerialGC -cp "$driver_cp" nl.waakzaam.attachments.infrastructure.InspectionPasses \
  "$results/corpus" 3 2>/dev/null | tee -a "$summary"
