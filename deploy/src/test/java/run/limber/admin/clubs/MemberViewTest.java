package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.MemberSummary;
import run.limber.domain.clubs.adherence.AdherenceService;
import run.limber.domain.clubs.assignments.AssignmentService;
import run.limber.domain.clubs.assignments.NewAssignment;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.ValidationException;
import run.limber.testing.TestAccounts;
import run.limber.webui.base.AccessDeniedView;
import run.limber.webui.base.NotFoundView;

@QuarkusTest
class MemberViewTest extends CoachViewTest {

    private static final String ROUTINE = "ten-minute-mobility";

    @Inject
    AssignmentService assignments;

    @Inject
    AdherenceService adherence;

    TestAccounts.Account mia;

    /** Mia is assigned the routine since a week ago and did it once today, with a note and a pain flag. */
    private void miaTrains() {
        ownerWithClub();
        mia = joined("Mia Member", "MEMBER");
        assignments.assign(club, new NewAssignment(ROUTINE, null, mia.id(), List.of(DayOfWeek.values()),
                SessionContext.BEFORE_RUN, LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(7), null, null));
        fixture.session(mia.id(), ROUTINE, "Calves tight");
        fixture.selfTest(mia.id(), "after a long run");
    }

    @Test
    void aCoachSeesNotesOnlyWhenSharedAndIsToldWhatIsNot() {
        miaTrains();
        fixture.share(club, mia.id(), true, false, false, false);
        signIn(joined("Cora Coach", "COACH"));

        navigate("coach/" + club + "/members/" + mia.id(), MemberView.class);

        assertThat($(H2.class).single().getText(), is("Mia Member"));
        assertThat(items(), hasItems("Notes: shared", "Ease ratings: not shared", "Pain flags: not shared",
                "Self-tests: not shared", "Email: not shared"));
        assertThat(spans(), hasItems("Note: Calves tight", "After run"));
        assertThat(spans().stream().anyMatch(text -> text.startsWith("Pain") || text.startsWith("Ease")), is(false));
        // the day and the routine, never the time or how long it took
        assertThat(spans().stream().anyMatch(text -> text.matches(".*\\d:\\d\\d.*") || text.endsWith(" min")),
                is(false));
        assertThat(paragraphs(), hasItem("Self-tests: not shared."));
        assertThat(headerCells(), hasItem("Mia Member"));
    }

    @Test
    void everythingSharedShowsEaseInDrillNamesPainAndSelfTestsButNothingUnshared() {
        miaTrains();
        fixture.share(club, mia.id(), false, true, true, true);

        navigate("coach/" + club + "/members/" + mia.id(), MemberView.class);

        assertThat(items(), hasItems("Notes: not shared", "Ease ratings: shared", "Pain flags: shared",
                "Self-tests: shared"));
        assertThat(spans(), hasItems("Pain flagged", "Ease (1 very hard – 5 very easy): Hip Switches 4",
                "Knee to wall: left 9.5 cm, right 12.0 cm (sides 2.5 cm apart)"));
        // neither the session's note nor the self-test's: notes are not shared
        assertThat(spans().stream().anyMatch(text -> text.startsWith("Note:")), is(false));
    }

    @Test
    void withNoteEaseAndPainUnsharedThereIsNoSessionListOnlyTheAdherenceRow() {
        miaTrains();
        fixture.share(club, mia.id(), false, false, false, true);

        navigate("coach/" + club + "/members/" + mia.id(), MemberView.class);

        assertThat(paragraphs().stream().anyMatch(text -> text.startsWith("Sessions: not shared.")), is(true));
        assertThat($(Button.class).withText("Older sessions").exists(), is(false)); // the pager is hidden
        assertThat($(Span.class).all().stream().anyMatch(span -> span.hasClassName("coach-session__when")), is(false));
        assertThat(headerCells(), hasItem("Mia Member"));
        assertThat(spans(), hasItem("Knee to wall: left 9.5 cm, right 12.0 cm (sides 2.5 cm apart)"));
    }

    /** The row is read by account: a name that 101 others contain, and sort before, is still found. */
    @Test
    void theAdherenceRowIsTheMembersOwnHoweverManyNamesMatch() {
        ownerWithClub();
        fixture.crowd(club, PageRequest.MAX_SIZE + 1); // "Member with a longish name 0" ... "... 100"
        var named = joined("with a longish name", "MEMBER");

        navigate("coach/" + club + "/members/" + named.id(), MemberView.class);

        assertThat(headerCells(), hasItem("with a longish name"));
        var row = adherence.member(club, named.id(), 4);
        assertThat(row.accountId(), is(named.id()));
        assertThat(row.weeks().size(), is(4));
    }

    @Test
    void theAdherenceOfOneMemberIsForTheClubsCoachesAndOnlyOfItsMembers() {
        miaTrains();
        var elsewhere = fixture.person("Elsa Elsewhere");
        assertThrows(NoSuchEntryException.class, () -> adherence.member(club, elsewhere.id(), 12));
        assertThrows(ValidationException.class, () -> adherence.member(club, mia.id(), 0));

        signIn(joined("Nico Member", "MEMBER"));
        assertThrows(NotPermittedException.class, () -> adherence.member(club, mia.id(), 12));
        signIn(elsewhere);
        assertThrows(NoSuchEntryException.class, () -> adherence.member(club, mia.id(), 12));
    }

    @Test
    void theMembersListAndTheDashboardLinkToTheMembersPage() {
        miaTrains();
        String page = "coach/" + club + "/members/" + mia.id();

        navigate("coach/" + club + "/members", MembersView.class);
        @SuppressWarnings("unchecked")
        var grid = test((Grid<MemberSummary>) $(Grid.class).single());
        var row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).displayName().equals("Mia Member")).findFirst().orElseThrow();
        assertThat(((Anchor) grid.getCellComponent(row, 0)).getHref(), is(page));

        navigate("coach/" + club, DashboardView.class);
        assertThat($(Anchor.class).withText("Mia Member").single().getHref(), is(page));
    }

    @Test
    void someoneNotInTheClubIsNotFoundAndAPlainMemberIsTurnedAway() {
        miaTrains();
        var elsewhere = fixture.person("Elsa Elsewhere");
        String path = "coach/" + club + "/members/";

        for (long stranger : new long[] {elsewhere.id(), 999_999_999_999L}) {
            UI.getCurrent().navigate(path + stranger);
            assertThat($(NotFoundView.class).exists(), is(true));
        }
        UI.getCurrent().navigate(path + "not-a-number");
        assertThat($(NotFoundView.class).exists(), is(true));

        signIn(elsewhere);
        UI.getCurrent().navigate(path + mia.id());
        assertThat($(NotFoundView.class).exists(), is(true));

        signIn(joined("Nico Member", "MEMBER"));
        UI.getCurrent().navigate(path + mia.id());
        assertThat($(AccessDeniedView.class).exists(), is(true));
    }

    @Test
    void aMemberWhoLeftIsNotFoundAtOnce() {
        miaTrains();
        navigate("coach/" + club + "/members/" + mia.id(), MemberView.class);
        assertThat(spans(), not(hasItem("Note: Calves tight")));

        fixture.leave(club, mia.id());
        UI.getCurrent().navigate("coach/" + club + "/members/" + mia.id());
        assertThat($(NotFoundView.class).exists(), is(true));
    }

    private List<String> items() {
        return $(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private List<String> paragraphs() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    private List<String> headerCells() {
        return $(NativeTableHeaderCell.class).all().stream().map(cell -> cell.getElement().getTextRecursively())
                .toList();
    }

    private List<String> spans() {
        return $(Span.class).all().stream().map(Span::getText).toList();
    }
}
