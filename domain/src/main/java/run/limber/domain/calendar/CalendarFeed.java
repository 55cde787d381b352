package run.limber.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import run.limber.domain.content.Timing;
import run.limber.domain.shared.EnumSets;

/** A runner's calendar feed: which days, at which moment, behind which secret address (kept only as a hash). */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    /** Day names in week order, comma-separated: a handful of fixed values needs no table of its own. */
    @Column(nullable = false, updatable = false)
    private String days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Timing context;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long accountId, String tokenHash, Set<DayOfWeek> days, Timing context, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.days = EnumSets.ordered(days, DayOfWeek.class).stream().map(Enum::name).collect(Collectors.joining(","));
        this.context = context;
        this.createdAt = now;
    }

    long accountId() {
        return accountId;
    }

    String tokenHash() {
        return tokenHash;
    }

    String days() {
        return days;
    }

    CalendarPlan plan() {
        var dayList = Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).toList();
        return new CalendarPlan(id, EnumSets.ordered(dayList, DayOfWeek.class), context, createdAt);
    }
}
