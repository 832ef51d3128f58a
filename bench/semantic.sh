#!/usr/bin/env bash
# Runs the semantic index's JMH benchmark: index build time (single shot) and query time (p50/p95) on the
# demo data and on 10,000 generated programmes. The 10,000-programme build embeds 20,000 passages: count
# a few minutes on two cores.
#
#   bench/semantic.sh                      default run, results in bench/results/semantic.json
#   bench/semantic.sh -p programmes=demo   any JMH options instead
#
# Measured 2026-12-02 on the shared 2-core machine under load 10-19 (other builds running), so pessimistic:
#   demo (29 programmes, 58 passages): build 1.26 s single shot; query p50 2.7 ms, p95 12.6 ms
#   10,000 generated programmes (20,000 passages): query p50 119 ms, p95 239 ms (before the flat-array
#   scoring loop); build > 10 min (hit JMH's default timeout, since raised to 60 min)
#
# Maven runs offline (-o) unless MVN_OFFLINE is set to an empty string.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

source "$root/bench/jmh-classpath.sh"
jmh_classpath assistant

if [[ $# -eq 0 ]]; then
    mkdir -p bench/results
    set -- -rf json -rff bench/results/semantic.json
fi

exec java -cp "$classpath" org.openjdk.jmh.Main SemanticBenchmark "$@"
