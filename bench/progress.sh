#!/usr/bin/env bash
# Measures reading progress with a long history (see bench/README.md for the target and the last results): one runner
# with 2,000 logged sessions spread over about ten years, GET /api/v1/me/progress?weeks=52 one request at a time and
# with four at once, p50 and p99 as hey sees them from this machine (so an upper bound of the server-side time).
#
# Usage: bench/progress.sh            (BENCH_SECONDS=20 per load run by default)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${BENCH_SECONDS:-20}
SESSIONS=2000
. bench/app.sh
PROGRESS=$BASE/api/v1/me/progress?weeks=52

command -v psql >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client; }

json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"; }
percentile_ms() { awk -v p="$1" '$0 ~ " " p "% in" { printf "%.1f", $3 * 1000 }'; }

echo "Building..."
./mvnw -B -q package -DskipTests

start_app

EMAIL="bench-$(date +%s)@bench.limber.run"
PASSWORD="a long bench passphrase"
ACCOUNT=$(curl -fs -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"displayName\":\"Bench\",\"timeZone\":\"America/New_York\"}" \
    | json_field id)
TOKEN=$(curl -fs -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | json_field accessToken)

# The history goes straight into the database: 2,000 sessions through the API would measure logging, not reading.
# One session every 42 hours, back from now: about ten years, so the grouped count has some 500 weeks to fold.
psql -q -h 127.0.0.1 -p "$LIMBER_EMBEDDED_DB_PORT" -U postgres -d limber -c "
    insert into training_session (id, account_id, routine_slug, context, started_at, duration_seconds, created_at)
    select gen_random_uuid(), $ACCOUNT, 'ten-minute-mobility', 'REST_DAY', now() - n * interval '42 hours', 600, now()
    from generate_series(1, $SESSIONS) n;
    analyze training_session;"

curl -fs -H "Authorization: Bearer $TOKEN" "$PROGRESS" | grep -q '"streakWeeks"' || { echo "progress failed"; exit 1; }
echo "Warming up..."
hey -z 10s -c 4 -H "Authorization: Bearer $TOKEN" "$PROGRESS" >/dev/null

# The one statement that grows with the history, timed by PostgreSQL itself (the account lookup is a primary key).
sql_ms=$(psql -At -h 127.0.0.1 -p "$LIMBER_EMBEDDED_DB_PORT" -U postgres -d limber -c "
    explain analyze select cast(date_trunc('week', started_at at time zone 'America/New_York') as date), count(*)
    from training_session where account_id = $ACCOUNT group by 1" | awk '/Execution Time/ { print $3 }')

one=$(hey -z "${SECONDS_PER_RUN}s" -c 1 -H "Authorization: Bearer $TOKEN" "$PROGRESS")
four=$(hey -z "${SECONDS_PER_RUN}s" -c 4 -H "Authorization: Bearer $TOKEN" "$PROGRESS")

cat <<REPORT

Limber progress benchmark — $(date -u +%Y-%m-%d) on $(nproc) cores, $SESSIONS sessions for one runner in America/New_York
GET /api/v1/me/progress?weeks=52, one at a time : p50 $(percentile_ms 50 <<<"$one") ms, p99 $(percentile_ms 99 <<<"$one") ms (target <= 20 ms)
the same, four at a time                       : p50 $(percentile_ms 50 <<<"$four") ms, p99 $(percentile_ms 99 <<<"$four") ms, \
$(awk '/Requests\/sec/ { print $2 }' <<<"$four") requests/s
the grouped count alone, in PostgreSQL         : $sql_ms ms
REPORT
