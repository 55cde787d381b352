package run.limber.domain.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditRecord;
import run.limber.domain.audit.AuditType;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/** Registering, signing in, and everything a runner does with their own account. */
@ApplicationScoped
public class AccountService {

    private static final String UTC = "UTC";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final Attempts attempts;
    private final Credentials credentials;
    private final CurrentAccount current;
    private final AuditLog audit;
    private final Instance<PersonalData> personalData;
    private final Event<AccountDeleting> deleting;
    private final Clock clock;
    private final AccountMeters meters;

    AccountService(AccountRepository accounts, PasswordHasher hasher, PasswordPolicy passwords, Attempts attempts,
                   Credentials credentials, CurrentAccount current, AuditLog audit, Instance<PersonalData> personalData,
                   Event<AccountDeleting> deleting, Clock clock, AccountMeters meters) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwords = passwords;
        this.attempts = attempts;
        this.credentials = credentials;
        this.current = current;
        this.audit = audit;
        this.personalData = personalData;
        this.deleting = deleting;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Creates a runner's account. Every attempt counts against the limit per address, a refused one too (it may be
     * looking for who has an account); no transaction is held while the password is hashed.
     */
    @PermitAll
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccountSummary register(Registration registration) {
        return hasher.inTurn(() -> registerInTurn(registration));
    }

    private AccountSummary registerInTurn(Registration registration) {
        String email = AccountRules.normalizeEmail(registration.email());
        String zone = registration.timeZone() == null || registration.timeZone().isBlank() ? UTC : registration.timeZone();
        long entry = attempts.beginRegistration(email);
        var problems = new ArrayList<>(AccountRules.collect(List.of(
                AccountRules.email(email),
                AccountRules.displayName(registration.displayName()),
                AccountRules.timeZone(zone),
                passwords.problem(registration.password()).map(message -> new FieldProblem("password", message)))));
        if (problems.stream().noneMatch(p -> p.field().equals("email")) && accounts.findByEmail(email).isPresent()) {
            problems.addFirst(new FieldProblem("email", AccountRules.EMAIL_TAKEN));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String hash = hasher.hash(registration.password());
        return attempts.register(entry,
                new Account(email, registration.displayName().strip(), zone, hash, clock.instant()));
    }

    /**
     * Checks an email and password. Throttling is checked first, so a blocked guesser learns nothing more and costs
     * no hash; each attempt is recorded as failed before its password is checked, so attempts sent at once count
     * against the limits while they run. No transaction is held while the password is checked.
     */
    @PermitAll
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccountSummary authenticate(String email, String password) {
        if (AccountRules.normalizeEmail(email).length() > AccountRules.MAX_EMAIL
                || password != null && password.length() > PasswordPolicy.MAX_LENGTH) {
            // No account has such an email or password: nothing to look up or hash.
            throw new InvalidCredentialsException();
        }
        return hasher.inTurn(() -> authenticateInTurn(email, password));
    }

    private AccountSummary authenticateInTurn(String email, String password) {
        var attempt = attempts.beginSignIn(AccountRules.normalizeEmail(email));
        boolean valid = attempts.check(attempt, password == null ? "" : password);
        if (!valid) {
            meters.signInFailed();
            throw new InvalidCredentialsException();
        }
        if (attempt.disabled()) {
            attempts.failed(attempt, AuditType.LOGIN_FAILED, "account disabled");
            meters.signInFailed();
            throw new InvalidCredentialsException();
        }
        return attempts.signedIn(attempt);
    }

    /**
     * The roles of an account that may still act, or empty when it is disabled or gone. Access tokens carry roles
     * for minutes; every request with one checks them here, so disabling or demoting an account takes effect at once.
     * No security annotation: this runs while the caller's identity is being built.
     */
    @Transactional
    public Optional<Set<Role>> activeRoles(long accountId) {
        return accounts.findByIdOptional(accountId).filter(account -> !account.isDisabled()).map(Account::roles);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountSummary current() {
        return caller().view();
    }

    /** Changes the caller's name and/or time zone; null leaves a field as it is. */
    @Transactional
    public AccountSummary updateProfile(String displayName, String timeZone) {
        var problems = AccountRules.collect(List.of(
                displayName == null ? Optional.empty() : AccountRules.displayName(displayName),
                timeZone == null ? Optional.empty() : AccountRules.timeZone(timeZone)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var account = caller();
        if (displayName != null) {
            account.rename(displayName.strip());
        }
        if (timeZone != null) {
            account.moveTo(timeZone);
        }
        return account.view();
    }

    /** Sets how many sessions per ISO week the caller aims for: 1 to 7. */
    @Transactional
    public AccountSummary changeWeeklyGoal(Integer sessionsPerWeek) {
        AccountRules.weeklyGoal(sessionsPerWeek).ifPresent(problem -> {
            throw new ValidationException(List.of(problem));
        });
        var account = caller();
        account.aimFor(sessionsPerWeek);
        return account.view();
    }

    /**
     * Changes the caller's password and ends every web session and refresh token of the account, so
     * a thief's session dies too; the web UI starts a fresh session for the caller afterwards. Wrong current
     * passwords are limited per account.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void changePassword(String currentPassword, String newPassword) {
        hasher.inTurn(() -> changePasswordInTurn(currentPassword, newPassword));
    }

    private void changePasswordInTurn(String currentPassword, String newPassword) {
        var attempt = attempts.beginPasswordCheck(current.id());
        var problems = new ArrayList<FieldProblem>();
        if (currentPassword == null || !attempts.check(attempt, currentPassword)) {
            problems.add(new FieldProblem("currentPassword", "This is not your current password."));
        } else {
            attempts.withdraw(attempt.entry());
        }
        passwords.problem(newPassword).ifPresent(message -> problems.add(new FieldProblem("newPassword", message)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String hash = hasher.hash(newPassword);
        QuarkusTransaction.requiringNew().run(() -> {
            var account = caller();
            account.changePasswordHash(hash);
            credentials.revokeAll(account.id());
            audit.record(AuditRecord.of(AuditType.PASSWORD_CHANGED).by(account.id(), account.email())
                    .about(account.email()));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountExport exportData() {
        var account = caller();
        var data = new TreeMap<String, Object>();
        personalData.forEach(section -> data.put(section.section(), section.ofCaller()));
        return new AccountExport(account.view(), audit.activityOf(account.id()), data, clock.instant());
    }

    /** Deletes the caller's account and personal data; the password confirms it is really them. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void deleteAccount(String password) {
        hasher.inTurn(() -> deleteAccountInTurn(password));
    }

    private void deleteAccountInTurn(String password) {
        var attempt = attempts.beginPasswordCheck(current.id());
        if (password == null || !attempts.check(attempt, password)) {
            throw new ValidationException("password", "This is not your password.");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            audit.withdraw(attempt.entry());
            var account = caller();
            audit.forget(account.id(), account.email());
            deleting.fire(new AccountDeleting(account.id()));
            accounts.delete(account);
            // Neither actor nor address: the account's owner asked to be forgotten, and an address beside the
            // account's number would tie them to this entry after every other entry has let go of them.
            audit.recordFrom(Optional.empty(),
                    AuditRecord.of(AuditType.ACCOUNT_DELETED).about("account " + account.id()));
        });
    }

    /** Records that the caller signed out (their session or token is ended by the caller of this). */
    @Transactional
    public void loggedOut() {
        var account = caller();
        audit.record(AuditRecord.of(AuditType.LOGGED_OUT).by(account.id(), account.email()).about(account.email()));
    }

    private Account caller() {
        long id = current.id();
        return accounts.findByIdOptional(id).orElseThrow(io.quarkus.security.UnauthorizedException::new);
    }
}
