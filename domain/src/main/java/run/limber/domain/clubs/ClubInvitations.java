package run.limber.domain.clubs;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import run.limber.domain.accounts.AccountRules;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.SecretTokens;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.PublicLinks;
import run.limber.domain.shared.ValidationException;

/**
 * Invitations by email: a coach names an address, Limber mails it a link that works for a week, once, and only for
 * the account with that address. A club sends a bounded number a day, so no coach can make Limber a spam relay.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class ClubInvitations {

    private static final Duration WINDOW = Duration.ofDays(1);

    private final InvitationRepository invitations;
    private final ClubRepository clubs;
    private final ClubAccess access;
    private final ClubMembership membership;
    private final AccountService accounts;
    private final ClubSettings settings;
    private final Mailer mailer;
    private final PublicLinks links;
    private final Clock clock;

    ClubInvitations(InvitationRepository invitations, ClubRepository clubs, ClubAccess access,
                    ClubMembership membership, AccountService accounts, ClubSettings settings, Mailer mailer,
                    PublicLinks links, Clock clock) {
        this.invitations = invitations;
        this.clubs = clubs;
        this.access = access;
        this.membership = membership;
        this.accounts = accounts;
        this.settings = settings;
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
    }

    /** Coaches invite an address; beyond the club's daily bound it is 429 with the time until one is free again. */
    @Transactional
    public Invited invite(long clubId, String email) {
        access.require(clubId, ClubRole.COACH);
        String address = AccountRules.normalizeEmail(email);
        AccountRules.email(address).ifPresent(problem -> {
            throw new ValidationException("email", "Enter an email address like name@example.com.");
        });
        var club = clubs.findForUpdate(clubId).orElseThrow(() -> new NoSuchEntryException("club", "#" + clubId));
        var now = clock.instant();
        invitations.oldestSince(clubId, now.minus(WINDOW), settings.invitationsPerDay()).ifPresent(oldest -> {
            throw new TooManyAttemptsException("This club has sent " + settings.invitationsPerDay()
                    + " invitations in the last 24 hours.", Duration.between(now, oldest.plus(WINDOW)));
        });
        String token = SecretTokens.newToken();
        var expires = now.plus(settings.invitationLifetime());
        long id = invitations.insert(clubId, address, SecretTokens.hash(token), access.callerId(), now, expires);
        mailer.send(Mail.withText(address, "Join " + club.name() + " on Limber", """
                Hello,

                %s invites you to join %s on Limber, to do the ten-minute mobility routine together.
                Before you join you see exactly what the club's coaches will see of you. Open this link within %d days,
                signed in with this email address:

                %s

                If you do not want to join, ignore this email.
                """.formatted(accounts.current().displayName(), club.name(), settings.invitationLifetime().toDays(),
                links.to("clubs/invitation/" + token))));
        return new Invited(id, address, expires);
    }

    /** What accepting would mean; only for the invited account, within the link's week, before it was used. */
    @Transactional
    public JoinPreview preview(String token) {
        var club = clubs.findById(usable(token).clubId());
        return new JoinPreview(club.name(), club.description(), club.timeZone(), clubs.memberCount(club.id()), clubs.coachNames(club.id()), false,
                SharedWithCoaches.ALWAYS, SharedWithCoaches.IF_CHOSEN);
    }

    /** Joins the club with these sharing choices; the link then stops working. */
    @Transactional
    public Membership accept(String token, SharingChoices sharing) {
        var invitation = usable(token);
        var joined = membership.admit(clubs.findById(invitation.clubId()), sharing);
        invitations.accepted(invitation.id(), clock.instant());
        return joined;
    }

    private InvitationRepository.Invitation usable(String token) {
        String email = accounts.current().email();
        return invitations.findForUpdate(SecretTokens.hash(String.valueOf(token)))
                .filter(found -> !found.accepted() && found.expiresAt().isAfter(clock.instant()))
                .filter(found -> found.email().equals(email))
                // the key in the message is not the secret: error messages end up in logs
                .orElseThrow(() -> new NoSuchEntryException("invitation", "behind this link"));
    }

    /** An invitation sent; its link went to the address only. */
    public record Invited(long id, String email, Instant expiresAt) {
    }
}
