#!/usr/bin/env bash
# Measures the foundation's speed targets on this machine (see bench/README.md for the targets and
# the last results): start-up time, GET /api/v1/drills/{slug} against a static file of the same size
# served by the same app, p99 latency at a fixed 300 requests/s, and resident memory after the load.
#
# Usage: bench/foundation.sh            (BENCH_SECONDS=20 per load run by default)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${BENCH_SECONDS:-20}
BENCH_PORT=${BENCH_PORT:-18080}
BENCH_DB_PORT=${BENCH_DB_PORT:-54339}
. bench/app.sh
DRILL=$BASE/api/v1/drills/straight-leg-ankle-matrix
STATIC=$BASE/bench/drill.json

# Vaadin's Quarkus extension rewrites this file without truncating it, so the bench profile's longer
# copy would corrupt the next ordinary build; dropping it makes each build write it afresh.
PROJECT_INFO=deploy/target/vaadin-plugin-project-info.txt
CLEANUP="$CLEANUP $PROJECT_INFO"

rss_mb() { awk '{ s += $1 } END { printf "%.0f", s / 1024 }' < <(ps -o rss= -p "$1"); }
postgres_rss_mb() { awk '{ s += $1 } END { printf "%.0f", s / 1024 }' < <(ps -o rss= -p "$(pgrep -d, -f "$LIMBER_DATA_DIR/postgres")"); }
requests_per_second() { hey "$@" | awk '/Requests\/sec/ { print $2 }'; }
p99_ms() { hey "$@" | awk '/ 99% in/ { printf "%.1f", $3 * 1000 }'; }

echo "Building with the bench profile (adds the static comparison file)..."
rm -f "$PROJECT_INFO"
./mvnw -B -q -Pbench package -DskipTests

start_app
first=$STARTED_IN
restarts=()
for _ in 1 2 3; do
    stop_app
    start_app
    restarts+=("$STARTED_IN")
done

drill_bytes=$(curl -fs "$DRILL" | wc -c)
static_bytes=$(curl -fs "$STATIC" | wc -c)

echo "Warming up..."
hey -z 10s -c 16 "$DRILL" >/dev/null
hey -z 5s -c 16 "$STATIC" >/dev/null

drill_rps=$(requests_per_second -z "${SECONDS_PER_RUN}s" -c 32 "$DRILL")
static_rps=$(requests_per_second -z "${SECONDS_PER_RUN}s" -c 32 "$STATIC")
# hey's -q is per worker: 10 workers x 30 requests/s = a steady 300 requests/s.
p99=$(p99_ms -z "${SECONDS_PER_RUN}s" -c 10 -q 30 "$DRILL")

cat <<REPORT

Limber foundation benchmark — $(date -u +%Y-%m-%d) on $(nproc) cores, JVM options: $(./limber --print-java-options)
first start, fresh data directory : ${first} s to ready
restart, existing data directory  : ${restarts[*]} s to ready (target <= 8 s)
GET drill ($drill_bytes B) saturated  : $drill_rps requests/s
static file ($static_bytes B)         : $static_rps requests/s
ratio drill / static              : $(echo "scale=2; $drill_rps / $static_rps" | bc) (target >= 0.5)
p99 at a fixed 300 requests/s     : $p99 ms (target <= 50 ms)
Java process resident memory      : $(rss_mb "$JAVA_PID") MB after the load (target <= 450 MB)
embedded PostgreSQL memory        : $(postgres_rss_mb) MB resident, all its processes summed
REPORT
