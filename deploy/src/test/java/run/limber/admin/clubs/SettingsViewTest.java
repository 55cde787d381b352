package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.ClubMembership;

@QuarkusTest
class SettingsViewTest extends CoachViewTest {

    @Inject
    ClubMembership membership;

    @Test
    void aCoachRenamesTheClubAndAConcurrentEditKeepsTheTypedTextAndSaysSo() {
        ownerWithClub();
        signIn(joined("Cora Coach", "COACH"));
        navigate("coach/" + club + "/settings", SettingsView.class);
        var name = $(TextField.class).withCaption("Club name").single();

        test(name).setValue("Canal Striders");
        test($(Button.class).withText("Save the details").single()).click();
        nextRequest();
        assertThat(clubs.get(club).name(), is("Canal Striders"));

        var current = clubs.get(club);
        clubs.update(club, current.version(), "Their name", current.timeZone(), null); // someone else saves first
        nextRequest();
        test(name).setValue("My name");
        test($(Button.class).withText("Save the details").single()).click();

        assertThat(name.getValue(), is("My name"));
        nextRequest();
        assertThat(clubs.get(club).name(), is("Their name"));
        assertThat($(Paragraph.class).withClassName("admin-error").single().getText(),
                containsString("Someone else saved the club's details"));
        test($(Button.class).withText("Save the details").single()).click(); // saving again replaces theirs
        nextRequest();
        assertThat(clubs.get(club).name(), is("My name"));
    }

    @Test
    void theJoinLinkIsShownRotatedAndSwitchedOffAndABadInvitationAddressIsMarked() {
        ownerWithClub();
        String code = clubs.get(club).joinCode();
        navigate("coach/" + club + "/settings", SettingsView.class);
        var link = $(TextField.class).withCaption("Join link").single();
        assertThat(link.getValue(), containsString("clubs/join/" + code));

        test($(Button.class).withText("New link and code").single()).click();
        nextRequest();
        assertThat(clubs.get(club).joinCode(), not(is(code)));
        assertThat(link.getValue(), containsString(clubs.get(club).joinCode()));

        test($(Button.class).withText("Switch joining by link off").single()).click();
        nextRequest();
        assertThat(clubs.get(club).joinCode(), is(nullValue()));
        assertThat(link.isVisible(), is(false));

        var email = $(EmailField.class).single();
        test(email).setValue("not an address");
        test($(Button.class).withText("Send the invitation").single()).click();
        assertThat(email.isInvalid(), is(true));
        assertThat(email.getValue(), is("not an address"));
    }

    @Test
    void theDigestChoiceIsSavedAndOnlyTheOwnerDeletesTheClub() {
        ownerWithClub();
        var coach = joined("Cora Coach", "COACH");
        signIn(coach);
        navigate("coach/" + club + "/settings", SettingsView.class);
        assertThat($(Button.class).withText("Delete the club…").exists(), is(false)); // only visible ones are found
        test($(Checkbox.class).withCaption("Email me the Monday digest of who fell behind").single()).click();
        nextRequest();
        assertThat(membership.mine(club).wantsDigest(), is(false));

        signIn(owner);
        navigate("coach/" + club + "/settings", SettingsView.class);
        test($(Button.class).withText("Delete the club…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(CoachHomeView.class).exists(), is(true));
        assertThat(fixture.role(club, owner.id()), is(nullValue()));
    }
}
