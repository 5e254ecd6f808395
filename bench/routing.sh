#!/usr/bin/env bash
# Routing benchmark (issue 15): what composing one partner's package costs, in one JVM
# (nl.waakzaam.bench.PackageBench): composition from the signal, the profile and the traceability
# check, its JSON and PDF, and the encryption of both, for a package listing three clean copies.
# The forwarding's inserts are measured with the rest of the API by the other benches.
#
#   bench/routing.sh        (WARMUP=300 ROUNDS=1000 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-300}
ROUNDS=${ROUNDS:-1000}
results=bench/results
mkdir -p "$results"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" nl.waakzaam.bench.PackageBench "$WARMUP" "$ROUNDS" \
  | tee "$results/routing-summary.txt"
