package run.limber.domain.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.sessions.SessionService;
import run.limber.domain.shared.ValidationException;

/**
 * The caller's progress towards their weekly goal. Two statements whatever the history: the account (goal and time
 * zone) and one count of sessions grouped by week.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class ProgressService {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 104;

    private final AccountService accounts;
    private final SessionService sessions;
    private final Clock clock;

    ProgressService(AccountService accounts, SessionService sessions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The last {@code weeks} ISO weeks in the caller's time zone, this one first, and the streak. Reads in a transaction
     * of its own, so a goal changed a moment ago in the same request is what it is judged by.
     */
    @Transactional
    public WeeklyProgress progress(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new ValidationException("weeks", "Ask for 1 to " + MAX_WEEKS + " weeks.");
        }
        var account = accounts.current();
        ZoneId zone = ZoneId.of(account.timeZone());
        return IsoWeeks.progress(clock.instant(), zone, account.weeklyGoal(), sessions.countPerWeek(zone), weeks);
    }
}
