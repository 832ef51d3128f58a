#!/usr/bin/env bash
# Measures the runnable jar as an administrator meets it: time from launch to /health/ready on an
# empty data directory (migrations, demo data, indexes), resident memory once ready, and resident
# memory after the first pages and API calls.
#
#   bench/startup.sh            uses ui/target/passerelle.jar (build it first: mvn -o package -DskipTests)
#   RUNS=3 bench/startup.sh     repeats and prints every run
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/ui/target/passerelle.jar"
[[ -f "$jar" ]] || { echo "No $jar: run 'mvn -o -q package -DskipTests' first." >&2; exit 1; }
port=${PORT:-18080}
runs=${RUNS:-1}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s.%N)
  PASSERELLE_DATA_DIR="$data" PORT=$port PASSERELLE_ADMIN_PASSWORD=bench java -jar "$jar" >"$data/app.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" == 200 ]]; do
    kill -0 $pid 2>/dev/null || { echo "The application stopped; see $data/app.log" >&2; exit 1; }
    sleep 0.2
  done
  ready=$(date +%s.%N)
  rss_ready=$(rss_mb $pid)
  total=$(curl -s "http://localhost:$port/api/programmes?size=1" | sed -n 's/.*"total" *: *\([0-9]*\).*/\1/p')
  for path in / /programmes /login /api/programmes?q=laser; do curl -s -o /dev/null "http://localhost:$port$path"; done
  sleep 2
  rss_used=$(rss_mb $pid)
  printf 'run %d: ready in %.1f s, %s published programmes, RSS %s MB when ready, %s MB after first requests\n' \
    "$run" "$(awk -v a="$start" -v b="$ready" 'BEGIN {print b - a}')" "${total:-?}" "$rss_ready" "$rss_used"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
