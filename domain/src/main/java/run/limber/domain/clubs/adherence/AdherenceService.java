package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import run.limber.domain.clubs.ClubAccess;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.progress.IsoWeeks;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.ValidationException;

/**
 * The coaches' view of how their members keep up: per ISO week in the club's time zone, sessions of the assigned
 * routines against the targets. Each read is a fixed handful of statements: the caller's role, the club's time zone,
 * its assignments, and one query for the members (plus their count when paged in SQL). Orders other than by name, and
 * the filter on this week, rank every member in scope by their kept weeks ({@link KeptWeeks}) and then read the
 * page's members in full.
 */
@ApplicationScoped
public class AdherenceService {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 52;
    /** Weeks read for the streak, whatever the number shown. */
    static final int STREAK_HORIZON = AdherenceWeeks.STREAK_WEEKS;

    private static final Comparator<MemberAdherence> BY_NAME = Comparator
            .comparing((MemberAdherence m) -> m.displayName().toLowerCase(java.util.Locale.ROOT))
            .thenComparingLong(MemberAdherence::accountId);

    private final ClubAccess access;
    private final AdherenceReader reader;
    private final AdherenceCsv csv;
    private final KeptWeeks kept;
    private final Clock clock;

    AdherenceService(ClubAccess access, AdherenceReader reader, AdherenceCsv csv, KeptWeeks kept,
                     Clock clock) {
        this.access = access;
        this.reader = reader;
        this.csv = csv;
        this.kept = kept;
        this.clock = clock;
    }

    /** The dashboard page; coaches and the owner only. */
    @Transactional
    public Dashboard dashboard(long clubId, DashboardQuery query) {
        access.require(clubId, ClubRole.COACH);
        var scope = query.scope(clubId);
        checkGroup(clubId, query.groupId());
        var weeks = weeks(clubId, query.weeks(), STREAK_HORIZON);
        var page = query.page();
        if (query.pagedInSql()) {
            long total = reader.count(scope);
            var items = new ArrayList<MemberAdherence>(page.size());
            reader.members(scope, weeks.since(), page.size(), page.offset(), true,
                    row -> items.add(weeks.judge(row)));
            return new Dashboard(weeks.listed(), new Page<>(items, page.page(), page.size(), total));
        }
        var ranked = new ArrayList<MemberAdherence>();
        int ranking = query.sort() == DashboardSort.STREAK ? STREAK_HORIZON : 1;
        kept.rank(scope, weeks.thisWeek(), ranking, member -> {
            if (!query.behindOnly() || member.behind()) {
                ranked.add(member);
            }
        });
        ranked.sort(switch (query.sort()) {
            case NAME -> BY_NAME;
            case BEHIND -> Comparator.comparingInt(MemberAdherence::shortfall).reversed().thenComparing(BY_NAME);
            case STREAK -> Comparator.comparingInt(MemberAdherence::streakWeeks).reversed().thenComparing(BY_NAME);
        });
        var slice = Page.slice(ranked, page);
        var full = new HashMap<Long, MemberAdherence>();
        reader.members(MemberScope.accounts(clubId, slice.items().stream().mapToLong(MemberAdherence::accountId)
                .toArray()), weeks.since(), -1, 0, true, row -> full.put(row.accountId(), weeks.judge(row)));
        var items = slice.items().stream().map(member -> full.get(member.accountId())).filter(Objects::nonNull)
                .toList();
        return new Dashboard(weeks.listed(), new Page<>(items, slice.page(), slice.size(), slice.total()));
    }

    /**
     * One member's row of the dashboard, by account id, read as the dashboard reads a page; coaches and the owner
     * only. Not found when the account is not in the club.
     */
    @Transactional
    public MemberAdherence member(long clubId, long accountId, int weekCount) {
        checkWeeks(weekCount);
        access.require(clubId, ClubRole.COACH);
        var weeks = weeks(clubId, weekCount, STREAK_HORIZON);
        var found = new ArrayList<MemberAdherence>(1);
        reader.members(MemberScope.accounts(clubId, new long[] {accountId}), weeks.since(), -1, 0, true,
                row -> found.add(weeks.judge(row)));
        if (found.isEmpty()) {
            throw new NoSuchEntryException("member", Long.toString(accountId));
        }
        return found.getFirst();
    }

    /**
     * Per week, newest first: how many members of the club (or group) were asked for sessions and how many met it.
     * Counted from the members' kept weeks (see {@link KeptWeeks}).
     */
    @Transactional
    public List<WeekSummary> summary(long clubId, int weekCount, Long groupId) {
        checkWeeks(weekCount);
        access.require(clubId, ClubRole.COACH);
        checkGroup(clubId, groupId);
        return kept.summary(clubId, groupId, thisWeek(ZoneId.of(reader.timeZone(clubId))), weekCount);
    }

    /**
     * The whole club's adherence as CSV, one row per member and week; checked now, written when the caller is ready
     * to stream it, row by row as the database sends them.
     */
    @Transactional
    public CsvExport csv(long clubId, int weekCount) {
        checkWeeks(weekCount);
        access.require(clubId, ClubRole.COACH);
        var zone = ZoneId.of(reader.timeZone(clubId));
        return out -> csv.write(clubId, zone, weekCount, out);
    }

    /** The weeks of a read in the club's time zone, with its assignments. */
    ClubWeeks weeks(long clubId, int shown, int horizon) {
        var zone = ZoneId.of(reader.timeZone(clubId));
        return weeks(clubId, thisWeek(zone), shown, horizon);
    }

    ClubWeeks weeks(long clubId, LocalDate thisWeek, int shown, int horizon) {
        return new ClubWeeks(thisWeek, shown, Math.max(shown, horizon), reader.assignments(clubId));
    }

    LocalDate thisWeek(ZoneId zone) {
        return IsoWeeks.mondayOf(LocalDate.ofInstant(clock.instant(), zone));
    }

    private void checkGroup(long clubId, Long groupId) {
        if (groupId != null && !reader.groupInClub(groupId, clubId)) {
            throw new NoSuchEntryException("group", Long.toString(groupId));
        }
    }

    static void checkWeeks(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new ValidationException("weeks", "Ask for 1 to " + MAX_WEEKS + " weeks.");
        }
    }
}
