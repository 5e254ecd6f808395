#!/usr/bin/env bash
# Routing rules benchmark (issue 15): what the suggestion costs per signal with 200 rules in force,
# in one JVM (nl.waakzaam.bench.RuleBench): the signal's facts and the walk down the rules, in the
# worst case where only the last rule applies.
#
#   bench/rules.sh        (WARMUP=20000 ROUNDS=100000 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-20000}
ROUNDS=${ROUNDS:-100000}
results=bench/results
mkdir -p "$results"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" nl.waakzaam.bench.RuleBench "$WARMUP" "$ROUNDS" \
  | tee "$results/rules-summary.txt"
