package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.ClubRole;

@QuarkusTest
class CoachHomeViewTest extends CoachViewTest {

    @Test
    void listsTheClubsOneOwnsOrCoachesWithTheRoleButNotThoseOneIsOnlyAMemberOf() {
        ownerWithClub();
        String owned = clubName;
        var coach = joined("Cora Coach", "COACH");
        ownerWithClub();
        String coached = clubName;
        fixture.join(club, coach.id(), "COACH", false);
        ownerWithClub();
        String memberOnly = clubName;
        fixture.join(club, coach.id(), "MEMBER", false);

        signIn(coach);
        navigate(CoachHomeView.class);

        List<String> links = $(Anchor.class).all().stream().map(Anchor::getText).toList();
        assertThat(links, hasItem(owned));
        assertThat(links, hasItem(coached));
        assertThat(links, not(hasItem(memberOnly)));
        assertThat(clubs.mine(run.limber.domain.shared.PageRequest.first(10)).items().stream()
                .filter(details -> details.name().equals(memberOnly)).findFirst().orElseThrow().role(),
                is(ClubRole.MEMBER));
    }

    @Test
    void creatingAClubOpensItsDashboard() {
        signIn(fixture.person("New Coach"));
        navigate(CoachHomeView.class);

        test($(TextField.class).withCaption("Club name").single()).setValue("Canal Striders");
        test($(ComboBox.class).withCaption("Time zone").single()).selectItem("Europe/Lisbon");
        test($(Button.class).withText("Create the club").single()).click();

        var dashboard = $(DashboardView.class).single();
        assertThat(dashboard.getPageTitle(), is("Dashboard · Canal Striders · Limber coach"));
        assertThat($(Anchor.class).all().stream().map(Anchor::getText).toList(),
                hasItem("Settings"));
    }

    @Test
    void aRefusedClubShowsTheProblemBesideItsFieldAndKeepsWhatWasTyped() {
        signIn(fixture.person("New Coach"));
        navigate(CoachHomeView.class);

        test($(TextArea.class).withCaption("Description (optional)").single()).setValue("Tuesdays by the canal");
        test($(Button.class).withText("Create the club").single()).click();

        var name = $(TextField.class).withCaption("Club name").single();
        assertThat(name.isInvalid(), is(true));
        assertThat(name.getErrorMessage(), is("Give the club a name of 1 to 80 characters."));
        assertThat($(TextArea.class).withCaption("Description (optional)").single().getValue(),
                is("Tuesdays by the canal"));
        assertThat($(CoachHomeView.class).all(), contains($(CoachHomeView.class).single()));
    }
}
