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

# test-compile runs the JMH annotation processor; build-classpath in the same reactor run resolves the
# sibling modules to their target/classes, so nothing needs installing first.
mvn -B -q ${MVN_OFFLINE--o} -pl assistant -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test

if [[ ! -f assistant/target/test-classes/META-INF/BenchmarkList ]]; then
    echo "No META-INF/BenchmarkList in assistant/target/test-classes: the JMH annotation processor did not run." >&2
    exit 1
fi

classpath="assistant/target/test-classes:assistant/target/classes:$(cat assistant/target/test-classpath.txt)"

if [[ $# -eq 0 ]]; then
    mkdir -p bench/results
    set -- -wi 3 -i 5 -f 1 -rf json -rff bench/results/eligibility.json
fi

exec java -cp "$classpath" org.openjdk.jmh.Main EligibilityBenchmark "$@"
