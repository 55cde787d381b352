package run.limber.domain.accounts;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditRecord;
import run.limber.domain.audit.AuditType;
import run.limber.domain.shared.ValidationException;

/** "Forgot password": a single-use link by email that lets the owner choose a new password. */
@ApplicationScoped
public class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class);

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordPolicy passwords;
    private final PasswordHasher hasher;
    private final CredentialThrottle throttle;
    private final Credentials credentials;
    private final AccountSettings settings;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, PasswordResetRepository resets, PasswordPolicy passwords,
                  PasswordHasher hasher, CredentialThrottle throttle, Credentials credentials, AccountSettings settings,
                  Mailer mailer, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.passwords = passwords;
        this.hasher = hasher;
        this.throttle = throttle;
        this.credentials = credentials;
        this.settings = settings;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Mails a reset link when the email belongs to an active account. Says nothing either way, so the
     * form cannot be used to find out who has an account; the limits per email and per address count
     * every request alike (429 beyond them), the address being the current request's.
     */
    @PermitAll
    @Transactional
    public void request(String email, String resetPageUrl) {
        String normalized = AccountRules.normalizeEmail(email);
        throttle.check(normalized, AttemptLimit.RESET_PER_EMAIL, AttemptLimit.RESET_PER_ADDRESS);
        audit.record(AuditRecord.of(AuditType.PASSWORD_RESET_REQUESTED).about(normalized));
        var account = accounts.findByEmail(normalized).filter(found -> !found.isDisabled());
        if (account.isEmpty()) {
            return;
        }
        var now = clock.instant();
        String token = SecretTokens.newToken();
        resets.persist(new PasswordResetToken(SecretTokens.hash(token), account.get(), now,
                now.plus(settings.resetLinkLifetime())));
        String link = resetPageUrl + "?token=" + token;
        mailer.send(Mail.withText(normalized, "Reset your Limber password", """
                Hello,

                someone (hopefully you) asked to reset the password of your Limber account.
                Choose a new password here within %d minutes:

                %s

                The link works once. If you did not ask for it, ignore this email: your password stays as it is.
                """.formatted(settings.resetLinkLifetime().toMinutes(), link)));
        if (settings.demoMode()) {
            LOG.infof("Demo mode: password reset link for %s: %s", normalized, link);
        }
    }

    /**
     * Sets a new password with a reset link's token and signs the account out everywhere. Sign-in failures before
     * the reset no longer count against the account. The link is checked before the new password is hashed, and no
     * transaction is held while it is.
     */
    @PermitAll
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void reset(String token, String newPassword) {
        hasher.inTurn(() -> resetInTurn(token, newPassword));
    }

    private void resetInTurn(String token, String newPassword) {
        String tokenHash = SecretTokens.hash(String.valueOf(token));
        QuarkusTransaction.requiringNew().run(() -> usable(tokenHash));
        passwords.problem(newPassword).ifPresent(message -> {
            throw new ValidationException("newPassword", message);
        });
        String passwordHash = hasher.hash(newPassword);
        QuarkusTransaction.requiringNew().run(() -> {
            var reset = usable(tokenHash);
            reset.use(clock.instant());
            var account = reset.account();
            account.changePasswordHash(passwordHash);
            credentials.revokeAll(account.id());
            audit.record(AuditRecord.of(AuditType.PASSWORD_RESET).by(account.id(), account.email())
                    .about(account.email()));
        });
    }

    private PasswordResetToken usable(String tokenHash) {
        return resets.findForUpdate(tokenHash).filter(found -> found.usable(clock.instant()))
                .orElseThrow(() -> new ValidationException("token",
                        "This reset link has expired or was used already. Ask for a new one."));
    }
}
