#!/usr/bin/env bash
# Measures the editorial speed targets (see bench/README.md for the targets and the last results): importing a
# bundle of 1,000 drills, the editors' drill list with 1,000 drills (paged, sorted, filtered by status) and a
# revision diff, all through the API on the packaged app with an embedded database of its own.
#
# Usage: bench/editorial.sh            (BENCH_REQUESTS=400 per latency run by default)
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${BENCH_REQUESTS:-400}
. bench/app.sh

# A bundle of 1,000 drills shaped like the seed's; NAME is put in every name, so a second bundle changes them all.
bundle() {
    python3 - "$1" <<'PY'
import json, sys
name = sys.argv[1]
drills = [{
    "slug": f"bench-drill-{i:04d}", "name": f"{name} drill {i:04d}", "focus": "Ankle dorsiflexion",
    "targetAreas": ["ANKLE", "CALF"], "timings": ["BEFORE_RUN", "REST_DAY"],
    "whyItMatters": "A stiff ankle shortens the stride and hands the load to the knee.",
    "setup": "Face a wall with both hands on it and one leg stepped back.",
    "steps": [f"Step {n} of drill {i}: move slowly and keep the heel down." for n in range(1, 7)],
    "feel": "A stretch along the calf of the back leg.",
    "tips": [{"kind": "PRO_TIP", "text": "Breathe out as you lean in."},
             {"kind": "WATCH_FOR", "text": "The heel lifting off the floor."}],
    "prescription": {"reps": {"min": 5, "max": 10}, "sides": ["LEFT", "RIGHT"], "sideUnit": "LEG",
                     "alternateSides": False, "angles": ["STRAIGHT", "LEFT_45", "RIGHT_45"], "directions": [],
                     "secondsPerRep": 3}} for i in range(1000)]
json.dump({"format": "limber-content", "formatVersion": 1, "drills": drills}, sys.stdout)
PY
}
import_seconds() {  # $1 bundle file, $2 publish
    curl -fsS -o "$LIMBER_DATA_DIR/report.json" -w '%{time_total}' -X POST -H "$AUTH" -H 'Content-Type: application/json' \
        --data-binary "@$1" "$BASE/api/v1/admin/content/import?publish=$2"
}
latency() {  # prints "p50 / p99" in ms
    hey -n "$REQUESTS" -c 4 -H "$AUTH" "$1" | awk '/ 50% in/ { p50 = $3 * 1000 } / 99% in/ { p99 = $3 * 1000 }
        END { printf "%.1f ms / %.1f ms", p50, p99 }'
}

echo "Building..."
./mvnw -B -q package -DskipTests
start_app

TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d '{"email":"admin@demo.limber.run","password":"limber-demo"}' \
    "$BASE/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
AUTH="Authorization: Bearer $TOKEN"
bundle First >"$LIMBER_DATA_DIR/first.json"
bundle Second >"$LIMBER_DATA_DIR/second.json"

created=$(import_seconds "$LIMBER_DATA_DIR/first.json" true)
changed=$(import_seconds "$LIMBER_DATA_DIR/second.json" false)
drafts=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["changed"])' "$LIMBER_DATA_DIR/report.json")

echo "Warming up..."
hey -n 300 -c 4 -H "$AUTH" "$BASE/api/v1/admin/drills?status=draft&page=7&size=50" >/dev/null
hey -n 300 -c 4 -H "$AUTH" "$BASE/api/v1/admin/drills/bench-drill-0500/diff?from=1&to=2" >/dev/null

cat <<REPORT

Limber editorial benchmark — $(date -u +%Y-%m-%d) on $(nproc) cores, JVM options: $(./limber --print-java-options)
import 1,000 new drills, published       : ${created} s (target <= 15 s)
import 1,000 changed drills, as drafts    : ${changed} s ($drafts changed; target <= 15 s)
admin list, 1,000 drafts, page 7 by 50     : $(latency "$BASE/api/v1/admin/drills?status=draft&page=7&size=50") p50 / p99 (target <= 100 ms)
admin list, every status, page 19 by 50    : $(latency "$BASE/api/v1/admin/drills?page=19&size=50") p50 / p99 (target <= 100 ms)
revision diff, 1 -> 2                     : $(latency "$BASE/api/v1/admin/drills/bench-drill-0500/diff?from=1&to=2") p50 / p99 (target <= 50 ms)
(latencies are hey's, 4 connections, $REQUESTS requests: the server's time plus the local round trip)
REPORT
