#!/usr/bin/env bash
# Hostile load against the packaged app with the shipped JVM options (see bench/README.md, "Abuse"): 200 sign-ins at
# once with unknown emails, then 200 at once for one known account with wrong passwords, while a second client reads a
# drill and a real runner signs in. Prints the status counts of each flood, the reader's p99 during the floods (and
# without them), whether and when the runner got in, the Java process's resident memory before and after, and whether
# an OutOfMemoryError was logged.
#
# Usage: bench/abuse.sh     (runs the existing build: ./mvnw -B -q package -DskipTests first)
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_PORT=${BENCH_PORT:-18085}
BENCH_DB_PORT=${BENCH_DB_PORT:-54344}
READ_SECONDS=${BENCH_SECONDS:-20}
# The attack comes from many addresses (a botnet), which the per-address throttle alone would not stop: the app runs
# as if behind a proxy and each attacking request names its own address in X-Forwarded-For. The real runner has an
# address of its own too. From one address, the per-address limit would answer 429 after 100 failures, to that
# runner as well if it shared the address.
export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true
. bench/app.sh
DRILL=$BASE/api/v1/drills/straight-leg-ankle-matrix
TOKEN_URL=$BASE/api/v1/auth/token
RUNNER=runner@demo.limber.run
ATTACKED=coach@demo.limber.run

rss_mb() { awk '{ printf "%.0f", $1 / 1024 }' < <(ps -o rss= -p "$JAVA_PID"); }
p99_ms() { awk '/ 99% in/ { printf "%.1f", $3 * 1000 }' "$1"; }
statuses() { awk '/^ *\[[0-9]+\]/ { printf "%s%s: %s", (n++ ? ", " : ""), $1, $2 }' "$1"; }

# 200 sign-ins at once, the n-th from 10.<net>.0.n, each printing its status; summed up as "401: 41, 503: 159".
flood() {
    local net=$1 email=$2
    seq 200 | xargs -P 200 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST "$TOKEN_URL" \
        -H 'Content-Type: application/json' -H "X-Forwarded-For: 10.$net.0.{}" \
        -d "{\"email\":\"$email\",\"password\":\"guess number {}\"}" \
        | sort | uniq -c | awk '{ printf "%s%s: %s", (NR > 1 ? ", " : ""), $2, $1 }'
}

# The real runner signs in from its own address and, told 503, tries again after Retry-After, as a client should.
runner_signs_in() {
    local started tries=0 headers status
    started=$(date +%s.%N)
    headers=$(mktemp)
    while [ $tries -lt 20 ]; do
        tries=$((tries + 1))
        status=$(curl -s -o /dev/null -D "$headers" -w '%{http_code}' -X POST "$TOKEN_URL" \
            -H 'Content-Type: application/json' -H 'X-Forwarded-For: 192.0.2.10' \
            -d "{\"email\":\"$RUNNER\",\"password\":\"limber-demo\"}")
        [ "$status" = 503 ] || break
        sleep "$(awk 'tolower($1) == "retry-after:" { print $2 + 0 }' "$headers")"
    done
    rm -f "$headers"
    echo "$status after $tries tries, $(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f') s"
}

start_app
echo "Warming up..."
hey -z 5s -c 4 "$DRILL" >/dev/null
for _ in 1 2 3; do curl -s -o /dev/null -X POST "$TOKEN_URL" -H 'Content-Type: application/json' \
    -H 'X-Forwarded-For: 192.0.2.99' -d '{"email":"warm-up@example.org","password":"warm up"}'; done
rss_before=$(rss_mb)

QUIET=$LIMBER_DATA_DIR/reader-quiet.txt
UNDER_FLOOD=$LIMBER_DATA_DIR/reader-flood.txt
hey -z 10s -c 4 -q 25 "$DRILL" >"$QUIET"

# The reader: 4 workers x 25 requests/s for the whole of both floods.
hey -z "${READ_SECONDS}s" -c 4 -q 25 "$DRILL" >"$UNDER_FLOOD" &
READER=$!
sleep 1
runner_file=$LIMBER_DATA_DIR/runner.txt
(sleep 0.5; runner_signs_in >"$runner_file") &
RUNNER_JOB=$!
unknown=$(flood 1 "nobody-{}@example.org")
wait $RUNNER_JOB
known=$(flood 2 "$ATTACKED")
wait $READER

cat <<REPORT
200 sign-ins at once, unknown emails : $unknown
200 at once, $ATTACKED, wrong    : $known
reader GET drill, p99 during floods  : $(p99_ms "$UNDER_FLOOD") ms (statuses: $(statuses "$UNDER_FLOOD"); without floods: p99 $(p99_ms "$QUIET") ms)
real runner ($RUNNER) signed in    : $(cat "$runner_file") (200 = signed in)
Java process resident memory         : $rss_before MB before, $(rss_mb) MB after
OutOfMemoryError in the log          : $(grep -c OutOfMemoryError "$LIMBER_DATA_DIR/app.log" || true) times; Java $(kill -0 "$JAVA_PID" 2>/dev/null && echo "still running" || echo "GONE")
REPORT
