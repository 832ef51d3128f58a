#!/usr/bin/env bash
# Runs the eligibility engine's JMH benchmark: one profile against 10,000 generated programmes.
#
#   bench/eligibility.sh                  short run: -wi 3 -i 5 -f 1, results in bench/results/
#   bench/eligibility.sh -wi 5 -i 10 ...  any JMH options instead
#
# Maven runs offline (-o) unless MVN_OFFLINE is set to an empty string.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

source "$root/bench/jmh-classpath.sh"
jmh_classpath assistant

if [[ $# -eq 0 ]]; then
    mkdir -p bench/results
    set -- -wi 3 -i 5 -f 1 -rf json -rff bench/results/eligibility.json
fi

exec java -cp "$classpath" org.openjdk.jmh.Main EligibilityBenchmark "$@"
