package run.limber.admin.clubs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import run.limber.admin.base.Labels;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.clubs.adherence.AdherenceService;
import run.limber.domain.clubs.adherence.AdherenceWeek;
import run.limber.domain.clubs.adherence.Dashboard;
import run.limber.domain.clubs.shares.MemberShares;
import run.limber.domain.clubs.shares.SharedMember;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * One member as the club's coaches see them: what they share and what not, their adherence row, the day and routine
 * of their recent sessions of the club's routines when they share notes, ease or pain, and their self-tests, never
 * more than {@link MemberShares} gives. A member who left (or never was in the club) is the same "not found" page as
 * any unknown address.
 */
@Route(value = "coach/" + ClubPage.CLUB + "/members/:account([0-9]{1,18})", layout = CoachLayout.class)
@PermitAll
public class MemberView extends ClubPage {

    static final int SESSIONS_PER_PAGE = 20;
    static final int SELF_TESTS_SHOWN = 10;

    private final MemberShares shares;
    private final AdherenceService adherence;
    private final RoutineCatalog routines;
    private final H2 name = new H2();
    private final Paragraph facts = new Paragraph();
    private final SharingSummary sharing = new SharingSummary();
    private final AdherenceTable row = new AdherenceTable();
    private final SharedSessionList sessions = new SharedSessionList();
    private final SelfTestList selfTests = new SelfTestList();
    private final Span position = new Span();
    private final Button newer = new Button("Newer sessions");
    private final Button older = new Button("Older sessions");
    private final Div pager = new Div(newer, position, older);
    private long accountId;
    private boolean missing;
    private int page;

    public MemberView(ClubService clubs, MemberShares shares, AdherenceService adherence, RoutineCatalog routines) {
        super(clubs, "Member");
        this.shares = shares;
        this.adherence = adherence;
        this.routines = routines;
        newer.addClickListener(click -> loadSessions(page - 1));
        older.addClickListener(click -> loadSessions(page + 1));
        pager.addClassName("admin-list__tools");
        add(name, facts, section("What they share", sharing), section("Adherence", row),
                section("Recent sessions of the club's routines", sessions, pager),
                section("Self-tests", selfTests));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        accountId = event.getRouteParameters().getLong("account").orElse(-1L);
        missing = false;
        super.beforeEnter(event);
        if (missing) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void opened(ClubDetails club) {
        SharedMember member;
        try {
            member = shares.member(club.id(), accountId);
        } catch (NoSuchEntryException notInClub) {
            missing = true;
            return;
        }
        name.setText(member.displayName());
        facts.setText(Labels.words(member.role()) + " · joined " + Labels.utc(member.joinedAt(), "") + " UTC · email: "
                + (member.email() == null ? "not shared" : member.email()));
        sharing.show(member);
        showAdherence();
        loadSessions(0);
        var zone = ZoneId.of(club.timeZone());
        problems.attempt(() -> selfTests.show(shares.selfTests(club.id(), accountId,
                PageRequest.first(SELF_TESTS_SHOWN)), zone));
    }

    /** The dashboard's row of this member, read by account. */
    private void showAdherence() {
        problems.attempt(() -> {
            var mine = adherence.member(clubId(), accountId, AdherenceService.DEFAULT_WEEKS);
            row.show(new Dashboard(mine.weeks().stream().map(AdherenceWeek::week).toList(),
                    new Page<>(List.of(mine), 0, 1, 1)), List.of(), ZoneId.of(club.timeZone()), null);
        });
    }

    private void loadSessions(int wanted) {
        page = Math.max(0, wanted);
        problems.attempt(() -> {
            var found = shares.sessions(clubId(), accountId, new PageRequest(page, SESSIONS_PER_PAGE));
            sessions.show(found, names());
            pager.setVisible(found.sharing().sessionsVisible());
            long total = found.sessions().total();
            long first = total == 0 ? 0 : (long) page * SESSIONS_PER_PAGE + 1;
            position.setText("Sessions " + first + "–" + Math.min(total, (long) (page + 1) * SESSIONS_PER_PAGE)
                    + " of " + total);
            newer.setEnabled(page > 0);
            older.setEnabled((long) (page + 1) * SESSIONS_PER_PAGE < total);
        });
    }

    /** Routine and drill names by slug, as published now. */
    private Map<String, String> names() {
        var names = new HashMap<String, String>();
        routines.all().forEach(routine -> {
            names.put(routine.slug(), routine.name());
            routine.drills().forEach(entry -> names.put(entry.drill().slug(), entry.drill().name()));
        });
        return names;
    }

    private static Section section(String title, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H3(title));
        section.add(content);
        section.addClassName("admin-section");
        return section;
    }
}
