#!/usr/bin/env bash
# Measures the coaches' adherence reads on a big club (see bench/README.md, "Clubs"): one club of 5,000 members in 20
# groups with 2.5 million sessions over two years, in a database of its own (limber_bench on the PostgreSQL at
# 127.0.0.1:5432, created here and dropped at the end; BENCH_KEEP_DB=1 keeps it, and a later run with BENCH_KEEP_DB=1
# measures the kept club again without loading it anew). Prints p50/p95 of a dashboard page
# (50 members x 12 weeks) by name, by who is behind, of those behind only and by streak, of the club-wide weekly
# summary (its first read, its reads of kept weeks, and reads right after a session was logged), and the time of the
# whole club's CSV.
#
# Usage: bench/clubs.sh       (BENCH_REQUESTS=200 per latency run; BENCH_NO_BUILD=1 runs the existing build)
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${BENCH_REQUESTS:-200}
MEMBERS=5000
GROUP_COUNT=20
SESSIONS=2500000
DB=limber_bench
PSQL_ADMIN=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d postgres)
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d "$DB")
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres
BENCH_PORT=${BENCH_PORT:-18086}
. bench/app.sh

json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"; }
percentile_ms() { awk -v p="$1" '$0 ~ " " p "% in" { printf "%.1f", $3 * 1000 }'; }
drop_db() { [ -n "${BENCH_KEEP_DB:-}" ] || "${PSQL_ADMIN[@]}" -c "drop database if exists $DB with (force)"; }
trap 'stop_app; drop_db; rm -rf $CLEANUP' EXIT

if [ -z "${BENCH_NO_BUILD:-}" ]; then
    echo "Building..."
    ./mvnw -B -q package -DskipTests
fi
KEPT=
if [ -n "${BENCH_KEEP_DB:-}" ]; then
    KEPT=$("${PSQL_ADMIN[@]}" -At -c "select 1 from pg_database where datname = '$DB'")
fi
[ -n "$KEPT" ] || "${PSQL_ADMIN[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB"
start_app

EMAIL="coach-$(date +%s)@bench.limber.run"
PASSWORD="a long bench passphrase"
COACH=$(curl -fs -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"displayName\":\"Bench Coach\"}" | json_field id)
TOKEN=$(curl -fs -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | json_field accessToken)

# The club goes straight into the database: through the API this would measure joining, not reading. Members live in
# four time zones; each group has one assignment (Monday, Wednesday, Friday, three a week, since two years ago) of one
# of two routines, and one member in ten has a personal one of a third routine on Tuesdays and Thursdays. Sessions:
# 500 per member at random over the two years, four in five of an assigned routine.
if [ -n "$KEPT" ]; then
    CLUB=$("${PSQL[@]}" -At -c "select id from club where name = 'Bench Harriers'")
    "${PSQL[@]}" -c "insert into club_member (club_id, account_id, role, joined_at) values ($CLUB, $COACH, 'COACH', now())"
else
echo "Loading $MEMBERS members and $SESSIONS sessions..."
load_started=$(date +%s.%N)
CLUB=$("${PSQL[@]}" -At <<SQL
set synchronous_commit = off;
insert into club (name, time_zone, join_code, created_at) values ('Bench Harriers', 'Europe/Berlin', 'BENCH0001', now());
insert into club_member (club_id, account_id, role, joined_at) select max(id), $COACH, 'OWNER', now() - interval '3 years' from club;
insert into account (email, display_name, time_zone, password_hash, created_at)
select 'member-' || n || '@bench.limber.run', 'Member ' || lpad(n::text, 5, '0'),
       (array['Europe/Berlin', 'UTC', 'America/New_York', 'Pacific/Auckland'])[1 + n % 4], 'bench', now()
from generate_series(1, $MEMBERS) n;
create temporary table bench_member as
select a.id, row_number() over (order by a.id) - 1 as n from account a where a.email like 'member-%@bench.limber.run';
insert into club_member (club_id, account_id, role, joined_at, share_email)
select (select max(id) from club), id, 'MEMBER', now() - interval '3 years', n % 3 = 0 from bench_member;
insert into club_group (club_id, name, created_at)
select (select max(id) from club), 'Group ' || g, now() from generate_series(1, $GROUP_COUNT) g;
insert into club_group_member (group_id, club_id, account_id)
select (select min(id) from club_group) + m.n % $GROUP_COUNT, (select max(id) from club), m.id from bench_member m;
insert into club_assignment (club_id, group_id, routine_slug, routine_revision_id, drill_revisions, days, context,
                             starts_on, weekly_target, created_at)
select g.club_id, g.id,
       case when (g.id - (select min(id) from club_group)) % 2 = 0 then 'post-run-cooldown' else 'ten-minute-mobility' end,
       (select min(id) from content_revision), '{}', '{1,3,5}', 'BEFORE_RUN', current_date - 730, 3, now()
from club_group g;
insert into club_assignment (club_id, member_id, routine_slug, routine_revision_id, drill_revisions, days, context,
                             starts_on, weekly_target, created_at)
select (select max(id) from club), m.id, 'hip-flow', (select min(id) from content_revision), '{}', '{2,4}',
       'REST_DAY', current_date - 365, 2, now()
from bench_member m where m.n % 10 = 0;
insert into training_session (id, account_id, routine_slug, context, started_at, duration_seconds, created_at)
select gen_random_uuid(), m.id,
       case when (s / $MEMBERS) % 5 = 0 then 'something-else' when (m.n % $GROUP_COUNT) % 2 = 0 then 'post-run-cooldown'
            else 'ten-minute-mobility' end,
       'BEFORE_RUN', now() - random() * interval '730 days', 600, now()
from generate_series(0, $SESSIONS - 1) s join bench_member m on m.n = s % $MEMBERS;
vacuum analyze;
select max(id) from club;
SQL
)
echo "Loaded in $(echo "$(date +%s.%N) - $load_started" | bc | xargs printf '%.0f') s"
fi

AUTH="Authorization: Bearer $TOKEN"
ADHERENCE=$BASE/api/v1/clubs/$CLUB/adherence
PAGE="$ADHERENCE?weeks=12&size=50&page=37"
curl -fs -H "$AUTH" "$PAGE" | grep -q '"streakWeeks"' || { echo "dashboard failed"; exit 1; }
echo "Warming up..."
hey -n 100 -c 2 -H "$AUTH" "$PAGE" >/dev/null
# The summary's first read judges every member and keeps their weeks (club_member_week, V12); later reads find them.
"${PSQL[@]}" -c "delete from club_member_week where club_id = $CLUB"
summary_cold=$(curl -fs -o /dev/null -w '%{time_total}' -H "$AUTH" "$ADHERENCE/summary?weeks=12")
hey -n 20 -c 2 -H "$AUTH" "$ADHERENCE/summary?weeks=12" >/dev/null

latency() { hey -n "$1" -c 1 -H "$AUTH" "$2" | awk '/ 50% in/ { p50 = $3 } / 95% in/ { p95 = $3 }
    END { printf "p50 %.1f ms, p95 %.1f ms", p50 * 1000, p95 * 1000 }'; }
page=$(latency "$REQUESTS" "$PAGE")
group_page=$(latency "$REQUESTS" "$ADHERENCE?weeks=12&size=50&groupId=$("${PSQL[@]}" -At -c 'select min(id) from club_group')")
summary=$(latency "$((REQUESTS / 10))" "$ADHERENCE/summary?weeks=12")
# A session logged makes its member's kept weeks stale: the next read judges that member again (and keeps them).
summary_after_session=()
for _ in $(seq 10); do
    "${PSQL[@]}" -c "insert into training_session (id, account_id, routine_slug, context, started_at,
        duration_seconds, created_at) select gen_random_uuid(), account_id, 'post-run-cooldown', 'BEFORE_RUN', now(),
        600, now() from club_member where club_id = $CLUB and role = 'MEMBER' order by random() limit 1"
    summary_after_session+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "$AUTH" "$ADHERENCE/summary?weeks=12")")
done
after_session=$(printf '%s\n' "${summary_after_session[@]}" | sort -n | awk '{ t[NR] = $1 * 1000 }
    END { printf "median %.1f ms, max %.1f ms", (t[5] + t[6]) / 2, t[NR] }')
behind=$(latency "$REQUESTS" "$ADHERENCE?weeks=12&size=50&sort=BEHIND")
behind_only=$(latency "$REQUESTS" "$ADHERENCE?weeks=12&size=50&behind=true")
# sorting by streak keeps 26 weeks of every member: the first read judges them all
streak_cold=$(curl -fs -o /dev/null -w '%{time_total}' -H "$AUTH" "$ADHERENCE?weeks=12&size=50&sort=STREAK")
streak=$(latency "$((REQUESTS / 10))" "$ADHERENCE?weeks=12&size=50&sort=STREAK")
csv_times=()
for _ in 1 2 3; do
    csv_times+=("$(curl -fs -o "$LIMBER_DATA_DIR/club.csv" -w '%{time_total}' -H "$AUTH" "$ADHERENCE.csv?weeks=12")")
done
csv_rows=$(($(wc -l <"$LIMBER_DATA_DIR/club.csv") - 1))

cat <<REPORT

Limber clubs benchmark — $(date -u +%Y-%m-%d) on $(nproc) cores; one club of $MEMBERS members in $GROUP_COUNT groups,
$SESSIONS sessions over two years; hey from this machine, so latencies are an upper bound of the server-side time
dashboard page, 50 members x 12 weeks, by name  : $page (target p95 <= 150 ms)
the same, one group's members                   : $group_page
dashboard page sorted BEHIND (kept weeks)       : $behind (target p95 <= 150 ms)
dashboard page, only members behind this week   : $behind_only (target p95 <= 150 ms)
dashboard page sorted by streak                 : $streak (first read $(awk '{ printf "%.0f ms", $1 * 1000 }' <<<"$streak_cold"))
weekly summary, whole club, 12 weeks            : $summary (target p95 <= 150 ms)
the same, first read (judges every member)      : $(awk '{ printf "%.1f ms", $1 * 1000 }' <<<"$summary_cold")
the same, right after a session was logged (x10): $after_session
CSV, whole club, 12 weeks ($csv_rows rows)        : ${csv_times[*]} s (target <= 3 s)
Java process resident memory after              : $(awk '{ printf "%.0f", $1 / 1024 }' < <(ps -o rss= -p "$JAVA_PID")) MB
REPORT
