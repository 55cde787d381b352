#!/usr/bin/env bash
# Two replicas of the packaged app behind HAProxy on one external PostgreSQL (see bench/README.md, "Two replicas behind
# HAProxy"). Instances a and b start at the same time on an empty database (limber_cluster on 127.0.0.1:5432, created
# here and dropped at the end), each with a data directory of its own and no LIMBER_JWT_* keys; HAProxy balances them
# with cookie affinity and readiness checks. Then:
#   1. a token issued by a (its own port) must be accepted by b, and the other way round;
#   2. while hey reads the public API and a runner's client logs sessions with Idempotency-Keys, all through HAProxy,
#      a then b are stopped by SIGTERM and started again, each back UP in HAProxy before the next;
#   3. a runner in the player (Chromium, through HAProxy) loses the instance that served it and must resume on the
#      other one, signed in, at the same drill, set and count.
# Prints failed requests, lost and duplicated writes, the slowest request, each instance's drain and return times, and
# exits non-zero when any check fails.
#
# Usage: bench/cluster.sh      (builds first if the sources are newer than the build; BENCH_PORT=18090 is HAProxy's
#                               port, the instances take the next two; BENCH_SETTLE=5 seconds of load before and after
#                               the restarts; BENCH_KEEP_LOGS=1 keeps the instances' and HAProxy's logs)
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=deploy/target/quarkus-app/quarkus-run.jar
DB=limber_cluster
LB_PORT=${BENCH_PORT:-18090}
SETTLE=${BENCH_SETTLE:-5}
LB=http://127.0.0.1:$LB_PORT
declare -A PORT=([a]=$((LB_PORT + 1)) [b]=$((LB_PORT + 2)))
declare -A PID=() STARTED=() READY=()
WORK=$(mktemp -d /tmp/limber-cluster.XXXXXX)
SOCKET=$WORK/haproxy.sock
STATES=$WORK/haproxy-states
PSQL_ADMIN=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d postgres)
BACKGROUND=()   # haproxy, its monitor and the load generators, stopped at exit
FAILED_CHECKS=()

# The instances: the external database (no embedded one starts; trust authentication ignores the password), loopback
# only, behind a proxy whose X-Forwarded-For/Proto they trust (otherwise every client would be HAProxy's address to
# the sign-in throttle), links built from the balancer's address, and no signing keys: they must agree on their own.
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
export QUARKUS_HTTP_HOST=127.0.0.1
export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true
export LIMBER_PUBLIC_URL=$LB/
export LIMBER_ADMIN_EMAIL=admin@cluster.limber.run LIMBER_ADMIN_PASSWORD="a long cluster passphrase"
unset LIMBER_JWT_PRIVATE_KEY LIMBER_JWT_PUBLIC_KEY LIMBER_ACCOUNTS_DEMO_MODE

for tool in hey haproxy socat; do
    command -v $tool >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool; }
done

now_ms() { local t=${EPOCHREALTIME/./}; echo "${t:0:-3}"; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"; }
require() { # name, test...: remembers a failed check for the exit status, and goes on
    local name=$1; shift
    "$@" || FAILED_CHECKS+=("$name")
}

cleanup() {
    for name in a b; do
        [ -z "${PID[$name]:-}" ] || kill -TERM "${PID[$name]}" 2>/dev/null || true
    done
    for pid in "${BACKGROUND[@]}"; do kill "$pid" 2>/dev/null || true; done
    for name in a b; do
        [ -z "${PID[$name]:-}" ] || wait "${PID[$name]}" 2>/dev/null || true
    done
    "${PSQL_ADMIN[@]}" -c "drop database if exists $DB with (force)" || true
    if [ -n "${BENCH_KEEP_LOGS:-}" ]; then
        rm -rf "$WORK/playwright" "$WORK"/[ab]
        echo "Logs kept in $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

build_if_needed() {
    if [ ! -f "$JAR" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$JAR" -print -quit 2>/dev/null)" ]; then
        echo "Building..."
        ./mvnw -B -q package -DskipTests
    fi
}

# Instance NAME runs ./limber --no-build (the README's way, same JVM options) on its own port and data directory.
start_instance() {
    local name=$1
    mkdir -p "$WORK/$name"
    STARTED[$name]=$(now_ms)
    QUARKUS_HTTP_PORT=${PORT[$name]} LIMBER_DATA_DIR=$WORK/$name ./limber --no-build >>"$WORK/$name.log" 2>&1 &
    PID[$name]=$!
}

wait_ready() {
    local name=$1
    until curl -fs -o /dev/null "http://127.0.0.1:${PORT[$name]}/q/health/ready"; do
        kill -0 "${PID[$name]}" 2>/dev/null || { tail -n 40 "$WORK/$name.log"; echo "instance $name ended while starting"; exit 1; }
        sleep 0.05
    done
    READY[$name]=$(now_ms)
}

# SIGTERM to the launcher (which passes it to Java), then waits for the launcher to exit; sets EXITED (ms).
stop_instance() {
    local name=$1
    kill -TERM "${PID[$name]}"
    wait "${PID[$name]}" || true
    EXITED=$(now_ms)
    PID[$name]=
}

write_haproxy_config() {
    cat >"$WORK/haproxy.cfg" <<CFG
global
    stats socket $SOCKET mode 600 level admin
    log stdout format raw local0 info

defaults
    mode http
    log global
    # Only requests that went wrong are logged (errors, retries, redispatches): the log says why a request failed.
    option httplog
    option dontlog-normal
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    timeout check 2s
    # A connection refused by an instance that has just stopped is tried again on another instance: with "redispatch
    # 1" every retry moves on, where plain "redispatch" retries the same instance a second apart until the last try.
    retries 3
    option redispatch 1

frontend web
    bind 127.0.0.1:$LB_PORT
    option forwardfor
    # With X-Forwarded-Proto but no port, Quarkus takes the scheme's default port (80): the browser's Origin
    # (port $LB_PORT) then differs from the request's, and the CORS filter refuses Vaadin's module scripts (403).
    http-request set-header X-Forwarded-Proto http
    http-request set-header X-Forwarded-Port %[dst_port]
    default_backend limber

backend limber
    balance roundrobin
    # Vaadin keeps a UI in the memory of the instance that made it: a browser stays with that instance while it is UP.
    cookie SRV insert indirect nocache httponly
    # Readiness turns DOWN on SIGTERM: two failed checks half a second apart take the instance out of rotation.
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2
    server a 127.0.0.1:${PORT[a]} cookie a check
    server b 127.0.0.1:${PORT[b]} cookie b check
CFG
}

# Writes "ms server status" to STATES whenever HAProxy's view of a server changes (UP, "UP 1/2" going down, DOWN,
# "DOWN 1/2" coming back), from the stats socket every 50 ms.
monitor_haproxy() {
    declare -A last=()
    local server status
    while :; do
        while IFS=, read -r server status; do
            if [ "${last[$server]:-}" != "$status" ]; then
                echo "$(now_ms) $server $status"
                last[$server]=$status
            fi
        done < <(echo "show stat" | socat stdio "unix-connect:$SOCKET" 2>/dev/null \
                 | awk -F, '$1 == "limber" && ($2 == "a" || $2 == "b") { print $2 "," $18 }')
        sleep 0.05
    done >>"$STATES"
}

# Waits until HAProxy has seen SERVER in STATUS at or after SINCE (ms); prints that time.
wait_haproxy() {
    local server=$1 status=$2 since=$3 at
    for _ in $(seq 1200); do
        at=$(awk -v s="$server" -v want="$status" -v since="$since" \
            '$1 >= since && $2 == s { $1 = $1; st = substr($0, index($0, $3)); if (st == want) { print $1; exit } }' "$STATES")
        if [ -n "$at" ]; then echo "$at"; return; fi
        sleep 0.05
    done
    echo "HAProxy did not see $server $status within 60 s" >&2
    exit 1
}

register_runner() { # email; prints an access token issued through HAProxy
    local email=$1 password="a long cluster passphrase"
    curl -fs -o /dev/null -X POST "$LB/api/v1/auth/register" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Cluster Runner\",\"timeZone\":\"Europe/Berlin\"}"
    curl -fs -X POST "$LB/api/v1/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"$password\"}" | json_field accessToken
}

# A token issued by instance FROM (its own port) used on instance TO; prints the status.
token_travels() {
    local from=$1 to=$2 token
    token=$(curl -fs -X POST "http://127.0.0.1:${PORT[$from]}/api/v1/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$WRITER_EMAIL\",\"password\":\"a long cluster passphrase\"}" | json_field accessToken)
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORT[$to]}/api/v1/me" -H "Authorization: Bearer $token"
}

# hey's failed requests: statuses other than 2xx plus connection errors.
hey_failed() {
    awk '/Status code distribution/ { s = 1; next } /Error distribution/ { s = 2; next }
         s == 1 && /\[[0-9]+\]/ { code = $1; gsub(/[][]/, "", code); if (code !~ /^2/) f += $2 }
         s == 2 && /\[[0-9]+\]/ { n = $1; gsub(/[][]/, "", n); f += n }
         END { print f + 0 }' "$1"
}
hey_total() {
    awk '/Status code distribution/ { s = 1; next } /Error distribution/ { s = 2; next }
         s == 1 && /\[[0-9]+\]/ { t += $2 } s == 2 && /\[[0-9]+\]/ { n = $1; gsub(/[][]/, "", n); t += n }
         END { print t + 0 }' "$1"
}
hey_slowest_ms() { awk '/Slowest:/ { printf "%.0f", $2 * 1000 }' "$1"; }
hey_p99_ms() { awk '/ 99% in/ { printf "%.1f", $3 * 1000 }' "$1"; }
field() { sed -n "s/^$1=//p" "$2"; }

# Restarts NAME under load: SIGTERM, exit, start, ready, UP in HAProxy. Adds a line of its figures to RESTARTS. (Not
# in a command substitution: the new instance must be a child of this shell, to be waited for.)
RESTARTS=()
rolling_restart() {
    local name=$1 term down started up
    term=$(now_ms)
    stop_instance "$name"
    down=$(wait_haproxy "$name" DOWN "$term")
    start_instance "$name"
    started=${STARTED[$name]}
    wait_ready "$name"
    up=$(wait_haproxy "$name" UP "$started")
    RESTARTS+=("$(printf '%s: SIGTERM -> DOWN in HAProxy %s s, -> exit %s s; start -> ready %s s, -> UP in HAProxy %s s' \
        "$name" "$(seconds $((down - term)))" "$(seconds $((EXITED - term)))" \
        "$(seconds $((READY[$name] - started)))" "$(seconds $((up - started)))")")
}

# --- Start: the database, HAProxy, both instances at once --------------------------------------------------------

build_if_needed
"${PSQL_ADMIN[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB"
write_haproxy_config
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>/dev/null &
BACKGROUND+=($!)
until [ -S "$SOCKET" ]; do sleep 0.05; done
monitor_haproxy &
BACKGROUND+=($!)

echo "Starting a and b at once on the empty database $DB..."
start_instance a
start_instance b
wait_ready a
wait_ready b
wait_haproxy a UP "${STARTED[a]}" >/dev/null
wait_haproxy b UP "${STARTED[b]}" >/dev/null
for name in a b; do
    echo "$name ready in $(seconds $((READY[$name] - STARTED[$name]))) s;" \
        "Flyway: $(grep -o -m1 -E 'Successfully applied [0-9]+ migrations?|Schema .* is up to date[^.]*' "$WORK/$name.log" || echo '?')"
done

# --- 1. Tokens travel -----------------------------------------------------------------------------------------------

WRITER_EMAIL=writer-$(date +%s)@cluster.limber.run
PLAYER_EMAIL=player-$(date +%s)@cluster.limber.run
TOKEN=$(register_runner "$WRITER_EMAIL")
register_runner "$PLAYER_EMAIL" >/dev/null
a_to_b=$(token_travels a b)
b_to_a=$(token_travels b a)
echo "token from a accepted by b: $a_to_b; from b by a: $b_to_a (200 = accepted)"
require "a token from a accepted by b" [ "$a_to_b" = 200 ]
require "a token from b accepted by a" [ "$b_to_a" = 200 ]

# --- 2. Rolling restart under load ----------------------------------------------------------------------------------

echo "Warming up..."
hey -z 5s -c 4 "$LB/api/v1/drills/straight-leg-ankle-matrix" >/dev/null
hey -z 5s -c 4 "$LB/api/v1/drills" >/dev/null

echo "Loading through HAProxy and restarting a, then b..."
# hey stops on SIGINT and still prints its report; -z is only a ceiling.
hey -z 10m -c 4 -q 25 "$LB/api/v1/drills" >"$WORK/hey-list.txt" &
HEY_LIST=$!
hey -z 10m -c 4 -q 25 "$LB/api/v1/drills/straight-leg-ankle-matrix" >"$WORK/hey-drill.txt" &
HEY_DRILL=$!
node bench/cluster/writer.cjs "$LB" "$TOKEN" 4 >"$WORK/writer.txt" &
WRITER=$!
BACKGROUND+=("$HEY_LIST" "$HEY_DRILL" "$WRITER")
sleep "$SETTLE"
restart_started=$(now_ms)
rolling_restart a
rolling_restart b
restart_took=$(( $(now_ms) - restart_started ))
sleep "$SETTLE"
kill -INT "$HEY_LIST" "$HEY_DRILL"
kill -TERM "$WRITER"
wait "$HEY_LIST" "$HEY_DRILL"
wait "$WRITER"

list_failed=$(hey_failed "$WORK/hey-list.txt")
drill_failed=$(hey_failed "$WORK/hey-drill.txt")
writes_failed=$(field failed "$WORK/writer.txt")
lost=$(field lost "$WORK/writer.txt")
duplicates=$(field duplicates "$WORK/writer.txt")
mismatches=$(field replay_mismatches "$WORK/writer.txt")
require "no failed reads" [ $((list_failed + drill_failed)) = 0 ]
require "no failed writes" [ "$writes_failed" = 0 ]
require "no acknowledged write lost" [ "$lost" = 0 ]
require "no key logged twice" [ $((duplicates + mismatches)) = 0 ]

# --- 3. The runner in the player loses its instance ----------------------------------------------------------------

echo "Player: a runner on the instance that stops..."
PLAYWRIGHT=$WORK/playwright
# The version the Java browser tests use; its install script (a browser download) is skipped: Debian's Chromium runs.
npm install --prefix "$PLAYWRIGHT" --ignore-scripts --no-save --no-package-lock --silent playwright-core@1.57.0 >/dev/null
NODE_PATH=$PLAYWRIGHT/node_modules node bench/cluster/player.cjs "$LB" "$PLAYER_EMAIL" "a long cluster passphrase" \
    "$WORK" >"$WORK/player.txt" &
PLAYER=$!
BACKGROUND+=("$PLAYER")
for _ in $(seq 1200); do
    [ -s "$WORK/served-by" ] || ! kill -0 "$PLAYER" 2>/dev/null && break
    sleep 0.1
done
served_by=$(cat "$WORK/served-by" 2>/dev/null || true)
if [ -n "$served_by" ] && [ -n "${PID[$served_by]:-}" ]; then
    term=$(now_ms)
    stop_instance "$served_by"
    echo "stopped $served_by, which served the player: exit after $(seconds $((EXITED - term))) s"
fi
touch "$WORK/stopped"
player_status=0
wait "$PLAYER" || player_status=$?
require "the runner resumes on the other instance" [ "$player_status" = 0 ]

# --- Report ---------------------------------------------------------------------------------------------------------

cat <<REPORT

Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)
Rolling restart under load, $(seconds "$restart_took") s (plus ${SETTLE} s of load before and after):
$(printf '  %s\n' "${RESTARTS[@]}")
  GET /api/v1/drills         : $list_failed failed of $(hey_total "$WORK/hey-list.txt"), p99 $(hey_p99_ms "$WORK/hey-list.txt") ms, slowest $(hey_slowest_ms "$WORK/hey-list.txt") ms
  GET /api/v1/drills/{slug}  : $drill_failed failed of $(hey_total "$WORK/hey-drill.txt"), p99 $(hey_p99_ms "$WORK/hey-drill.txt") ms, slowest $(hey_slowest_ms "$WORK/hey-drill.txt") ms
  POST /api/v1/me/sessions   : $(field writes "$WORK/writer.txt") acknowledged, $writes_failed failed attempts ($(field failed_statuses "$WORK/writer.txt")), slowest $(field slowest_ms "$WORK/writer.txt") ms
  acknowledged writes lost   : $lost ($(field stored "$WORK/writer.txt") stored); keys sent again: $(field replays "$WORK/writer.txt"), answered with another session: $mismatches; duplicates: $duplicates
  requests HAProxy retried or redispatched (or that failed): $(grep -c '" *$' "$WORK/haproxy.log" || true)
Tokens: from a accepted by b $a_to_b, from b accepted by a $b_to_a
Player: $(tr '\n' ' ' <"$WORK/player.txt")
REPORT
sed -n 's/^error=/Writer failed: /p' "$WORK/writer.txt"
echo "HAProxy's log: instances going DOWN and UP, and requests answered other than 2xx:"
awk '/Server limber\/|has no server/ || ($5 ~ /^-?[0-9]+\// && $6 !~ /^2/)' "$WORK/haproxy.log" | sed 's/^/  /'

if [ ${#FAILED_CHECKS[@]} -gt 0 ]; then
    printf 'FAILED: %s\n' "${FAILED_CHECKS[@]}"
    exit 1
fi
echo "All checks passed."
