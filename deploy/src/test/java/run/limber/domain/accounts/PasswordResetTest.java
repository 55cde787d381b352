package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import run.limber.domain.shared.ValidationException;

@QuarkusTest
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("https://limber\\.test/reset-password\\?token=(\\S+)");

    @Inject
    PasswordReset reset;

    @Inject
    AccountService accounts;

    @Inject
    WebSessions sessions;

    @Inject
    MockMailbox mailbox;

    @Test
    void aMailedLinkSetsANewPasswordOnceAndSignsOutEverywhere() {
        String email = UUID.randomUUID() + "@example.org";
        var account = accounts.register(new Registration(email, "forgotten passphrase", "Forgetful", null), null);
        String session = sessions.start(account.id());

        reset.request(email.toUpperCase(), "127.0.0.1", "https://limber.test/reset-password");
        String token = tokenFromMailTo(email);

        reset.reset(token, "remembered this time");
        assertDoesNotThrow(() -> accounts.authenticate(email, "remembered this time", "127.0.0.1"));
        assertThrows(InvalidCredentialsException.class, () -> accounts.authenticate(email, "forgotten passphrase", "127.0.0.1"));
        assertTrue(sessions.resolve(session).isEmpty(), "old sessions end with a reset");

        var reused = assertThrows(ValidationException.class, () -> reset.reset(token, "and once more please"));
        assertEquals("token", reused.problems().getFirst().field());
    }

    @Test
    void theNewPasswordMustFollowTheRules() {
        String email = UUID.randomUUID() + "@example.org";
        accounts.register(new Registration(email, "forgotten passphrase", "Forgetful", null), null);
        reset.request(email, null, "https://limber.test/reset-password");

        var refused = assertThrows(ValidationException.class, () -> reset.reset(tokenFromMailTo(email), "password1"));
        assertEquals("newPassword", refused.problems().getFirst().field());
    }

    @Test
    void unknownEmailsGetNoMailAndNoHint() {
        String email = UUID.randomUUID() + "@example.org";
        assertDoesNotThrow(() -> reset.request(email, null, "https://limber.test/reset-password"));
        assertTrue(mailbox.getMailsSentTo(email) == null || mailbox.getMailsSentTo(email).isEmpty());
    }

    private String tokenFromMailTo(String email) {
        var mails = mailbox.getMailsSentTo(email);
        var matcher = LINK.matcher(mails.getLast().getText());
        assertTrue(matcher.find(), mails.getLast().getText());
        return matcher.group(1);
    }
}
