# Sourced by the benchmark scripts: the packaged app started the README's way (./limber, same JVM options) on an
# embedded database of its own in a temporary directory, and hey to load it. Before sourcing, a script may set
# BENCH_PORT / BENCH_DB_PORT defaults; after it, it may extend CLEANUP with more paths to delete at exit. APP_PID is
# the launcher's process, JAVA_PID the Java process it runs (for memory figures).

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export QUARKUS_HTTP_PORT=${BENCH_PORT:-18081}
export LIMBER_EMBEDDED_DB_PORT=${BENCH_DB_PORT:-54340}
export LIMBER_DATA_DIR; LIMBER_DATA_DIR=$(mktemp -d /tmp/limber-bench.XXXXXX)
BASE=http://127.0.0.1:$QUARKUS_HTTP_PORT
APP_PID=
JAVA_PID=
CLEANUP="$LIMBER_DATA_DIR"

command -v hey >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey; }

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap 'stop_app; rm -rf $CLEANUP' EXIT

# Starts the app and sets STARTED_IN to the seconds until /q/health/ready answers 200.
start_app() {
    local started; started=$(date +%s.%N)
    ./limber --no-build >"$LIMBER_DATA_DIR/app.log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "$BASE/q/health/ready"; do
        kill -0 "$APP_PID" 2>/dev/null || { cat "$LIMBER_DATA_DIR/app.log"; exit 1; }
        sleep 0.05
    done
    STARTED_IN=$(echo "$(date +%s.%N) - $started" | bc)
    JAVA_PID=$(pgrep -P "$APP_PID" java)
}
