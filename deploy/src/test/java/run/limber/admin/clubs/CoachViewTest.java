package run.limber.admin.clubs;

import jakarta.inject.Inject;
import java.util.UUID;
import run.limber.domain.clubs.ClubService;
import run.limber.testing.QuarkusViewTest;
import run.limber.testing.TestAccounts;

/** Coach page tests start from a fresh owner and club of their own; no test counts another's clubs. */
abstract class CoachViewTest extends QuarkusViewTest {

    @Inject
    ClubService clubs;

    @Inject
    CoachFixture fixture;

    TestAccounts.Account owner;
    long club;
    String clubName;

    /** A new owner, signed in, with a new club in Europe/Berlin. */
    void ownerWithClub() {
        owner = fixture.person("Olive Owner");
        signIn(owner);
        clubName = "Riverside " + UUID.randomUUID().toString().substring(0, 6);
        club = clubs.create(clubName, "Europe/Berlin", null).id();
    }

    TestAccounts.Account joined(String name, String role) {
        var person = fixture.person(name);
        fixture.join(club, person.id(), role, false);
        return person;
    }

    void signIn(TestAccounts.Account account) {
        signInAs(account.email(), account.password());
    }
}
