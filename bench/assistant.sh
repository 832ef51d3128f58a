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

mvn -B -q ${MVN_OFFLINE--o} -pl assistant -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test

if [[ ! -f assistant/target/test-classes/META-INF/BenchmarkList ]]; then
    echo "No META-INF/BenchmarkList in assistant/target/test-classes: the JMH annotation processor did not run." >&2
    exit 1
fi

classpath="assistant/target/test-classes:assistant/target/classes:$(cat assistant/target/test-classpath.txt)"

if [[ $# -eq 0 ]]; then
    mkdir -p bench/results
    set -- -wi 3 -i 5 -f 1 -rf json -rff bench/results/assistant.json
fi

exec java -cp "$classpath" org.openjdk.jmh.Main AssistantBenchmark "$@"
