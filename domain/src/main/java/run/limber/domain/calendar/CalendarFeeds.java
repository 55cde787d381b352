package run.limber.domain.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.SecretTokens;
import run.limber.domain.content.Timing;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * A runner's calendar feed: a secret address that calendar apps poll without signing in. Making a new one revokes the
 * old one; the secret is shown once and stored only as a hash.
 */
@ApplicationScoped
public class CalendarFeeds {

    private final CalendarFeedRepository feeds;
    private final AccountService accounts;
    private final RoutineCatalog routines;
    private final AssignedTrainings assigned;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, AccountService accounts, RoutineCatalog routines,
                  AssignedTrainings assigned, Clock clock) {
        this.feeds = feeds;
        this.accounts = accounts;
        this.routines = routines;
        this.assigned = assigned;
        this.clock = clock;
    }

    /** Makes the caller a new feed address for these days and moment; any earlier address stops working. */
    @RolesAllowed("RUNNER")
    @Transactional
    public CalendarSubscription subscribe(Set<DayOfWeek> days, Timing context) {
        var problems = new ArrayList<FieldProblem>();
        if (days == null || days.isEmpty()) {
            problems.add(new FieldProblem("days", "Choose at least one training day."));
        }
        if (context == null) {
            problems.add(new FieldProblem("context", "Choose when you train: before a run, after a run or on a rest day."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long accountId = accounts.current().id();
        String token = SecretTokens.newToken();
        var feed = new CalendarFeed(accountId, SecretTokens.hash(token), days, context, clock.instant());
        feeds.replaceFor(accountId, feed);
        return new CalendarSubscription(token, feed.plan());
    }

    /** The caller's current plan, without its secret (Limber cannot show it again). */
    @RolesAllowed("RUNNER")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarPlan> current() {
        return feeds.findByAccount(accounts.current().id()).map(CalendarFeed::plan);
    }

    /** Revokes the caller's feed address, if there is one. */
    @RolesAllowed("RUNNER")
    @Transactional
    public void unsubscribe() {
        feeds.deleteByAccount(accounts.current().id());
    }

    /**
     * The iCalendar document behind a feed address. Whoever holds the secret may read it: that is what lets calendar
     * apps subscribe without an account.
     *
     * @param baseUrl Limber's public address, ending in a slash, for the links in the events
     */
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public String feed(String token, String baseUrl) {
        var found = feeds.findByTokenHash(SecretTokens.hash(String.valueOf(token)))
                // The key in the message is not the secret: error messages end up in logs.
                .orElseThrow(() -> new NoSuchEntryException("calendar feed", "at this address"));
        var plan = found.feed().plan();
        var zone = ZoneId.of(found.timeZone());
        var training = assigned.of(found.feed().accountId(), LocalDate.now(clock.withZone(zone)));
        return TrainingCalendar.write(plan, zone, routines.suggestedFor(plan.context()), training, baseUrl);
    }
}
