#!/usr/bin/env bash
# Runs the assistant's JMH benchmark: questions answered over 10,000 generated programmes, sample time
# (p50/p95/p99 in the JMH output; goal p95 <= 50 ms).
#
#   bench/assistant.sh                  short run, results in bench/results/assistant.json
#   bench/assistant.sh -wi 5 -i 10 ...  any JMH options instead
#
# Maven runs offline (-o) unless MVN_OFFLINE is set to an empty string.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

source "$root/bench/jmh-classpath.sh"
jmh_classpath assistant

if [[ $# -eq 0 ]]; then
    mkdir -p bench/results
    set -- -wi 3 -i 5 -f 1 -rf json -rff bench/results/assistant.json
fi

exec java -cp "$classpath" org.openjdk.jmh.Main AssistantBenchmark "$@"
