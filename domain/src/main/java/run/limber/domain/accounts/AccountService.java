package run.limber.domain.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import run.limber.domain.audit.AuditLog;
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
    private final LoginThrottle throttle;
    private final Credentials credentials;
    private final CurrentAccount current;
    private final AuditLog audit;
    private final Instance<PersonalData> personalData;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordHasher hasher, PasswordPolicy passwords, LoginThrottle throttle,
                   Credentials credentials, CurrentAccount current, AuditLog audit, Instance<PersonalData> personalData,
                   Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwords = passwords;
        this.throttle = throttle;
        this.credentials = credentials;
        this.current = current;
        this.audit = audit;
        this.personalData = personalData;
        this.clock = clock;
    }

    @PermitAll
    @Transactional
    public AccountView register(Registration registration, String clientAddress) {
        String email = AccountRules.normalizeEmail(registration.email());
        String zone = registration.timeZone() == null || registration.timeZone().isBlank() ? UTC : registration.timeZone();
        var problems = new ArrayList<>(AccountRules.collect(List.of(
                AccountRules.email(email),
                AccountRules.displayName(registration.displayName()),
                AccountRules.timeZone(zone),
                passwords.problem(registration.password()).map(message -> new FieldProblem("password", message)))));
        if (problems.stream().noneMatch(p -> p.field().equals("email")) && accounts.findByEmail(email).isPresent()) {
            problems.addFirst(new FieldProblem("email", "An account with this email exists already. Sign in instead?"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var account = new Account(email, registration.displayName().strip(), zone, hasher.hash(registration.password()),
                clock.instant());
        accounts.persist(account);
        audit.record(AuditType.REGISTERED, account.id(), email, email, null, clientAddress);
        return account.view();
    }

    /**
     * Checks an email and password. Throttling is checked first, so a blocked guesser learns nothing
     * more; failures are recorded even though the call fails.
     */
    @PermitAll
    @Transactional(dontRollbackOn = {InvalidCredentialsException.class, TooManyAttemptsException.class})
    public AccountView authenticate(String email, String password, String clientAddress) {
        String normalized = AccountRules.normalizeEmail(email);
        var now = clock.instant();
        var wait = throttle.waitBefore(normalized, clientAddress, now);
        if (wait.isPresent()) {
            audit.record(AuditType.LOGIN_THROTTLED, null, null, normalized, null, clientAddress);
            throw new TooManyAttemptsException(wait.get());
        }
        Optional<Account> account = accounts.findByEmail(normalized);
        boolean valid = account.isPresent()
                ? hasher.matches(password == null ? "" : password, account.get().passwordHash())
                : hasher.matchesNothing(password == null ? "" : password);
        if (!valid || account.get().isDisabled()) {
            audit.record(AuditType.LOGIN_FAILED, null, null, normalized, valid ? "account disabled" : null, clientAddress);
            throw new InvalidCredentialsException();
        }
        account.get().signedIn(now);
        audit.record(AuditType.LOGIN_SUCCEEDED, account.get().id(), normalized, normalized, null, clientAddress);
        return account.get().view();
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
    public AccountView current() {
        return caller().view();
    }

    /** Changes the caller's name and/or time zone; null leaves a field as it is. */
    @Transactional
    public AccountView updateProfile(String displayName, String timeZone) {
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
    public AccountView changeWeeklyGoal(Integer sessionsPerWeek) {
        AccountRules.weeklyGoal(sessionsPerWeek).ifPresent(problem -> {
            throw new ValidationException(List.of(problem));
        });
        var account = caller();
        account.aimFor(sessionsPerWeek);
        return account.view();
    }

    /**
     * Changes the caller's password and ends every web session and refresh token of the account, so
     * a thief's session dies too; the web UI starts a fresh session for the caller afterwards.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        var account = caller();
        var problems = new ArrayList<FieldProblem>();
        if (currentPassword == null || !hasher.matches(currentPassword, account.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "This is not your current password."));
        }
        passwords.problem(newPassword).ifPresent(message -> problems.add(new FieldProblem("newPassword", message)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        account.changePasswordHash(hasher.hash(newPassword));
        credentials.revokeAll(account.id());
        audit.record(AuditType.PASSWORD_CHANGED, account.id(), account.email(), account.email(), null, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountExport exportData() {
        var account = caller();
        var data = new TreeMap<String, Object>();
        personalData.forEach(section -> data.put(section.section(), section.ofCaller()));
        return new AccountExport(account.view(), audit.activityOf(account.id()), data, clock.instant());
    }

    /** Deletes the caller's account and personal data; the password confirms it is really them. */
    @Transactional
    public void deleteAccount(String password) {
        var account = caller();
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            throw new ValidationException("password", "This is not your password.");
        }
        audit.forget(account.id(), account.email());
        accounts.delete(account);
        audit.record(AuditType.ACCOUNT_DELETED, null, null, "account " + account.id(), null, null);
    }

    /** Records that the caller signed out (their session or token is ended by the caller of this). */
    @Transactional
    public void loggedOut(String clientAddress) {
        var account = caller();
        audit.record(AuditType.LOGGED_OUT, account.id(), account.email(), account.email(), null, clientAddress);
    }

    private Account caller() {
        long id = current.id();
        return accounts.findByIdOptional(id).orElseThrow(io.quarkus.security.UnauthorizedException::new);
    }
}
