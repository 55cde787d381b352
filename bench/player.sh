#!/usr/bin/env bash
# Measures the player's next-set action (PlayerService.next) at p99 with 50 runners playing at once, inside the
# packaged app on its own embedded database (see bench/README.md for the target and the last results).
#
# Usage: bench/player.sh        (BENCH_SECONDS=30 measured after a 5 s warm-up; BENCH_RUNNERS=50; BENCH_THINK_MS=1000)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_MEASURED=${BENCH_SECONDS:-30}
RUNNERS=${BENCH_RUNNERS:-50}
THINK_MS=${BENCH_THINK_MS:-1000}
BENCH_DB_PORT=${BENCH_DB_PORT:-54341}
. bench/app.sh

# As in foundation.sh: the bench build's copy of this file would corrupt the next ordinary build. The bench endpoint
# must never outlive the run: its classes would linger in target/ for the next build and its tests, and the packaged
# app (which ./limber runs without rebuilding while the sources are unchanged) would serve it.
PROJECT_INFO=deploy/target/vaadin-plugin-project-info.txt
BENCH_BUILD="deploy/target/classes/run/limber/bench deploy/target/quarkus-app"
CLEANUP="$CLEANUP $PROJECT_INFO $BENCH_BUILD"

echo "Building with the bench profile (adds bench/java: the in-app load driver)..."
rm -f "$PROJECT_INFO"
./mvnw -B -q -Pbench package -DskipTests

start_app

# The driver runs inside the app: each runner is a thread signed in as an account of its own, calling the service.
run() { curl -fs -X POST "$BASE/bench/player?runners=$RUNNERS&seconds=$SECONDS_MEASURED&warmup=5&thinkMillis=$1"; }
field() { sed -E "s/.*\"$1\":([0-9.]+).*/\1/" <<<"$2"; }

echo "Playing: $RUNNERS runners, one action each per ~$THINK_MS ms, ${SECONDS_MEASURED}s measured..."
paced=$(run "$THINK_MS")
echo "Playing again without pauses between actions (saturation, for reference)..."
saturated=$(run 0)

cat <<REPORT

Limber player benchmark — $(date -u +%Y-%m-%d) on $(nproc) cores, JVM options: $(./limber --print-java-options)
PlayerService.next, $RUNNERS runners, ~$THINK_MS ms between actions: $(field calls "$paced") calls, p50 $(field p50 "$paced") ms, p95 $(field p95 "$paced") ms, p99 $(field p99 "$paced") ms (target <= 50 ms), max $(field max "$paced") ms
PlayerService.next, $RUNNERS runners, no pauses (saturated)   : $(field calls "$saturated") calls, p50 $(field p50 "$saturated") ms, p95 $(field p95 "$saturated") ms, p99 $(field p99 "$saturated") ms, max $(field max "$saturated") ms
REPORT
