package run.limber.domain.accounts;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditRecord;
import run.limber.domain.audit.AuditType;
import run.limber.domain.shared.ValidationException;

/**
 * The steps around a password that a throttle limits, each its own short transaction, so that no database connection
 * is held while a password is hashed: begin (check the limits, then record the attempt as the failure it is until
 * proven otherwise, which later attempts count), check the password, settle the entry. Callers run them within their
 * {@link PasswordHasher#inTurn turn}.
 */
@ApplicationScoped
class Attempts {

    /** A begun attempt: its audit entry, and the account whose password it is checked against, if there is one. */
    record Attempt(long entry, Optional<Long> accountId, Optional<String> passwordHash, boolean disabled) {
    }

    private final AccountRepository accounts;
    private final CredentialThrottle throttle;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountMeters meters;

    Attempts(AccountRepository accounts, CredentialThrottle throttle, PasswordHasher hasher, AuditLog audit,
             Clock clock, AccountMeters meters) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
    }

    /** A sign-in for this email, known or not; a throttled one is recorded as such. */
    @Transactional(dontRollbackOn = TooManyAttemptsException.class)
    Attempt beginSignIn(String email) {
        try {
            throttle.check(email, AttemptLimit.SIGN_IN_PER_ACCOUNT, AttemptLimit.SIGN_IN_PER_ADDRESS);
        } catch (TooManyAttemptsException throttled) {
            audit.record(AuditRecord.of(AuditType.LOGIN_THROTTLED).about(email));
            meters.signInThrottled();
            throw throttled;
        }
        long entry = audit.open(AuditRecord.of(AuditType.LOGIN_FAILED).about(email));
        return accounts.findByEmail(email)
                .map(account -> new Attempt(entry, Optional.of(account.id()), Optional.of(account.passwordHash()),
                        account.isDisabled()))
                .orElseGet(() -> new Attempt(entry, Optional.empty(), Optional.empty(), false));
    }

    /** A check of the signed-in caller's own password, before they change it or delete their account. */
    @Transactional
    Attempt beginPasswordCheck(long accountId) {
        var account = accounts.findByIdOptional(accountId).orElseThrow(UnauthorizedException::new);
        throttle.check(account.email(), AttemptLimit.PASSWORD_CHECK_PER_ACCOUNT);
        long entry = audit.open(AuditRecord.of(AuditType.PASSWORD_CHECK_FAILED).by(account.id(), account.email())
                .about(account.email()));
        return new Attempt(entry, Optional.of(account.id()), Optional.of(account.passwordHash()), account.isDisabled());
    }

    /** A registration from the current request's address; it stays refused unless {@link #register} succeeds. */
    @Transactional
    long beginRegistration(String email) {
        throttle.check(email, AttemptLimit.REGISTRATION_PER_ADDRESS);
        return audit.open(AuditRecord.of(AuditType.REGISTRATION_REFUSED).about(email));
    }

    /** Whether the password is the attempt's account's (against a decoy, at the same cost, when there is no account). */
    boolean check(Attempt attempt, String password) {
        return attempt.passwordHash().isPresent()
                ? hasher.matches(password, attempt.passwordHash().get())
                : hasher.matchesNothing(password);
    }

    @Transactional
    AccountSummary signedIn(Attempt attempt) {
        var account = accounts.findById(attempt.accountId().orElseThrow());
        account.signedIn(clock.instant());
        audit.settle(attempt.entry(), AuditRecord.of(AuditType.LOGIN_SUCCEEDED).by(account.id(), account.email()));
        return account.view();
    }

    /** A failure with a reason: the right password for a disabled account. */
    @Transactional
    void failed(Attempt attempt, AuditType failure, String detail) {
        audit.settle(attempt.entry(), AuditRecord.of(failure).detail(detail));
    }

    /** The attempt was no failure (a right password): it no longer counts. */
    @Transactional
    void withdraw(long entry) {
        audit.withdraw(entry);
    }

    /** Creates the account unless the email was taken meanwhile (two registrations take turns on the email). */
    @Transactional
    AccountSummary register(long entry, Account account) {
        audit.lockUntilCommit("registration", account.email());
        if (accounts.findByEmail(account.email()).isPresent()) {
            throw new ValidationException("email", AccountRules.EMAIL_TAKEN);
        }
        accounts.persist(account);
        audit.settle(entry, AuditRecord.of(AuditType.REGISTERED).by(account.id(), account.email()));
        return account.view();
    }
}
