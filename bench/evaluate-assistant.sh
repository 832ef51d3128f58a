#!/usr/bin/env bash
# Runs the assistant's evaluation set against a running instance over HTTP and prints the metrics
# (top-1, top-3, verdicts, profile fields, language, nothing-matches, facts, p50/p95 latency).
# Exits 1 when any metric is under 90 %. The instance must hold the demo dataset.
#
#   bench/evaluate-assistant.sh [base-url]     default http://localhost:8080
#
# Maven runs offline (-o) unless MVN_OFFLINE is set to an empty string.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
url="${1:-http://localhost:8080}"

mvn -B -q ${MVN_OFFLINE--o} -pl assistant -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test

classpath="assistant/target/test-classes:assistant/target/classes:$(cat assistant/target/test-classpath.txt)"
exec java -cp "$classpath" org.passerelle.assistant.evaluation.Evaluator "$url"
