package run.limber.domain.accounts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import run.limber.domain.audit.AuditType;

/**
 * Every limit on attempts with credentials, in one place. Each counts the audit log's entries of its types within a
 * sliding window, per subject (the email an attempt names) or per client address; an attempt still being checked
 * counts as the failure it may become. Reaching a limit answers 429 until the oldest counted entry leaves the window.
 */
enum AttemptLimit {

    /** Ten guesses are plenty for someone who forgot; a password reset starts the count afresh. */
    SIGN_IN_PER_ACCOUNT(Per.SUBJECT, 10, Duration.ofMinutes(15), "Too many sign-in attempts.", AuditType.LOGIN_FAILED),
    /** A club's gym shares one address; a hundred failures from it within a quarter-hour are an attack. */
    SIGN_IN_PER_ADDRESS(Per.ADDRESS, 100, Duration.ofMinutes(15), "Too many sign-in attempts.", AuditType.LOGIN_FAILED),
    /**
     * Reset links for one email: enough for a mail lost to the spam folder, too few to flood a mailbox. Counted
     * whether or not the email has an account, so being refused tells nothing either.
     */
    RESET_PER_EMAIL(Per.SUBJECT, 5, Duration.ofHours(1), "Too many reset links asked for.",
            AuditType.PASSWORD_RESET_REQUESTED),
    /** One address asking links for many emails is looking for accounts or flooding mailboxes. */
    RESET_PER_ADDRESS(Per.ADDRESS, 20, Duration.ofHours(1), "Too many reset links asked for.",
            AuditType.PASSWORD_RESET_REQUESTED),
    /**
     * Each registration costs a password hash, and "an account with this email exists" tells who uses Limber; a
     * club's evening at one gym registers a few dozen runners.
     */
    REGISTRATION_PER_ADDRESS(Per.ADDRESS, 30, Duration.ofHours(1), "Too many accounts asked for from here.",
            AuditType.REGISTERED, AuditType.REGISTRATION_REFUSED),
    /**
     * The current password that changing the password or deleting the account asks for: a stolen 15-minute access
     * token must not become a way to guess it. A password reset starts the count afresh.
     */
    PASSWORD_CHECK_PER_ACCOUNT(Per.SUBJECT, 5, Duration.ofMinutes(15), "Too many wrong passwords.",
            AuditType.PASSWORD_CHECK_FAILED);

    enum Per { SUBJECT, ADDRESS }

    final Per per;
    final int attempts;
    final Duration window;
    final String tooMany;
    final Set<AuditType> counted;

    AttemptLimit(Per per, int attempts, Duration window, String tooMany, AuditType first, AuditType... more) {
        this.per = per;
        this.attempts = attempts;
        this.window = window;
        this.tooMany = tooMany;
        this.counted = EnumSet.of(first, more);
    }

    /** Whether a password reset of the subject's account ends the count: the owner proved who they are. */
    boolean clearedByReset() {
        return per == Per.SUBJECT && this != RESET_PER_EMAIL;
    }
}
