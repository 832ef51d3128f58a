#!/usr/bin/env bash
# Runs the search JMH benchmark over 10,000 generated programmes and prints the figures:
# p50/p95/p99 per search (text, text + filters, browse all; facets counted each time) and the time to
# rebuild the whole index. Goal: p95 ≤ 10 ms.
#
#   bench/search.sh                  default run (about 2 minutes), results in bench/results/search.json
#   bench/search.sh -wi 1 -i 2 ...   any JMH options instead (no summary then)
#
# Other people's JMH runs on a shared machine do not block this one (jmh.ignoreLock).
# Maven runs offline (-o) unless MVN_OFFLINE is set to an empty string.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

source "$root/bench/jmh-classpath.sh"
jmh_classpath backend

if [[ $# -gt 0 ]]; then
    exec java -Djmh.ignoreLock=true -cp "$classpath" org.openjdk.jmh.Main SearchBenchmark "$@"
fi

mkdir -p bench/results
java -Djmh.ignoreLock=true -cp "$classpath" org.openjdk.jmh.Main SearchBenchmark -rf json -rff bench/results/search.json

# The figures, one line a benchmark, from JMH's JSON.
python3 - bench/results/search.json <<'PY'
import json, sys
print()
print("Search over %s programmes (goal: p95 <= 10 ms)" % json.load(open(sys.argv[1]))[0]["params"]["programmeCount"])
for run in json.load(open(sys.argv[1])):
    name = run["benchmark"].rsplit(".", 1)[1]
    m = run["primaryMetric"]
    unit = m["scoreUnit"]
    if run["mode"] == "sample":
        p = m["scorePercentiles"]
        print("  %-15s p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.3f %s" % (name, p["50.0"], p["95.0"], p["99.0"], p["100.0"], unit))
    else:
        print("  %-15s mean %7.1f  min %7.1f  max %7.1f %s (single shot)" % (name, m["score"], m["scorePercentiles"]["0.0"], m["scorePercentiles"]["100.0"], unit))
PY
