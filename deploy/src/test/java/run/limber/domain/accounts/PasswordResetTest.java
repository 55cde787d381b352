package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import run.limber.deploy.security.TestClientAddresses;
import run.limber.domain.shared.ValidationException;
import run.limber.testing.AtOnce;
import run.limber.testing.TestAccounts;

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
        var account = accounts.register(new Registration(email, "forgotten passphrase", "Forgetful", null));
        String session = sessions.start(account.id());

        reset.request(email.toUpperCase(), "https://limber.test/reset-password");
        String token = tokenFromMailTo(email);

        reset.reset(token, "remembered this time");
        assertDoesNotThrow(() -> accounts.authenticate(email, "remembered this time"));
        assertThrows(InvalidCredentialsException.class, () -> accounts.authenticate(email, "forgotten passphrase"));
        assertTrue(sessions.resolve(session).isEmpty(), "old sessions end with a reset");

        var reused = assertThrows(ValidationException.class, () -> reset.reset(token, "and once more please"));
        assertEquals("token", reused.problems().getFirst().field());
    }

    @Test
    void theNewPasswordMustFollowTheRules() {
        String email = UUID.randomUUID() + "@example.org";
        accounts.register(new Registration(email, "forgotten passphrase", "Forgetful", null));
        reset.request(email, "https://limber.test/reset-password");

        var refused = assertThrows(ValidationException.class, () -> reset.reset(tokenFromMailTo(email), "password1"));
        assertEquals("newPassword", refused.problems().getFirst().field());
    }

    @Test
    void unknownEmailsGetNoMailAndNoHint() {
        String email = UUID.randomUUID() + "@example.org";
        assertDoesNotThrow(() -> reset.request(email, "https://limber.test/reset-password"));
        assertTrue(mailbox.getMailsSentTo(email) == null || mailbox.getMailsSentTo(email).isEmpty());
    }

    @Test
    void resetLinksForOneEmailAreLimitedAlikeWhetherOrNotItHasAnAccount() {
        String known = registered();
        String unknown = UUID.randomUUID() + "@example.org";

        var forKnown = AtOnce.run(8, i -> sent(known, TestAccounts.uniqueAddress()));
        var forUnknown = AtOnce.run(8, i -> sent(unknown, TestAccounts.uniqueAddress()));

        assertEquals(Map.of(true, 5L, false, 3L), tally(forKnown));
        assertEquals(tally(forKnown), tally(forUnknown));
        assertEquals(5, mailbox.getMailsSentTo(known).size());
    }

    @Test
    void oneAddressAsksForTwentyLinksAnHour() {
        String gym = TestAccounts.uniqueAddress();

        var sent = AtOnce.run(25, i -> sent(UUID.randomUUID() + "@example.org", gym));

        assertEquals(Map.of(true, 20L, false, 5L), tally(sent));
    }

    @Test
    void aRunnerLockedOutOfSigningInStillResetsByMailAndSignsInAgain() {
        String email = registered();
        for (int i = 0; i < 10; i++) {
            assertThrows(InvalidCredentialsException.class,
                    () -> accounts.authenticate(email, "a wrong guess"));
        }
        assertThrows(TooManyAttemptsException.class,
                () -> accounts.authenticate(email, "forgotten passphrase"));

        reset.request(email, "https://limber.test/reset-password");
        reset.reset(tokenFromMailTo(email), "remembered this time");

        assertDoesNotThrow(() -> accounts.authenticate(email, "remembered this time"));
    }

    private String registered() {
        String email = UUID.randomUUID() + "@example.org";
        accounts.register(new Registration(email, "forgotten passphrase", "Forgetful", null));
        return email;
    }

    /** Whether a link was asked for from this address, or refused as too many. */
    private boolean sent(String email, String address) {
        try {
            TestClientAddresses.from(address, () -> reset.request(email, "https://limber.test/reset-password"));
            return true;
        } catch (TooManyAttemptsException refused) {
            return false;
        }
    }

    private static Map<Boolean, Long> tally(List<Boolean> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private String tokenFromMailTo(String email) {
        var mails = mailbox.getMailsSentTo(email);
        var matcher = LINK.matcher(mails.getLast().getText());
        assertTrue(matcher.find(), mails.getLast().getText());
        return matcher.group(1);
    }
}
