package run.limber.webui.library;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import run.limber.domain.clubs.adherence.AssignmentAdherence;
import run.limber.domain.clubs.adherence.OwnAdherence;
import run.limber.domain.clubs.assignments.MyAssignments;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.progress.ProgressService;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.shared.PageRequest;
import run.limber.webui.base.Described;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.UsableBeforeClient;
import run.limber.webui.clubs.FromYourClubPanel;
import run.limber.webui.progress.ThisWeekPanel;
import run.limber.webui.routines.RoutineList;

/**
 * The home page: what Limber is, for a signed-in runner how their week is going and what their clubs assign them,
 * the drill library with its filters, and the routines.
 */
@Route(value = "", layout = RunnerLayout.class)
@PageTitle("Limber · Ankle and hip mobility for runners")
@AnonymousAllowed
public class LibraryView extends Div implements BeforeEnterObserver, Described, UsableBeforeClient {

    private final DrillCatalog drills;
    private final DrillFilters filters = new DrillFilters();
    private final Paragraph status = new Paragraph();
    private final Div cards = new Div();

    public LibraryView(DrillCatalog drills, RoutineCatalog routines, SecurityIdentity identity,
                       ProgressService progress, MyAssignments assignments, OwnAdherence adherence) {
        this.drills = drills;
        addClassNames("page", "library");

        var intro = new Header(new H1("Mobility for runners"), new Paragraph(
                "Five drills for your ankles and hips that take about ten minutes. "
                        + "Do them three or four times a week — before a run or on a rest day — "
                        + "and your stride gets the range of motion it keeps asking for."));
        intro.addClassName("intro");

        var drillsHeading = new H2("Drills");
        drillsHeading.setId("drills-heading");
        status.addClassName("results-status");
        // Announced after each filter change, so screen-reader users hear what the filter did.
        status.getElement().setAttribute("aria-live", "polite");
        cards.addClassName("card-grid");
        var drillSection = new Section(drillsHeading, filters, status, cards);
        drillSection.getElement().setAttribute("aria-labelledby", "drills-heading");

        var routinesHeading = new H2("Routines");
        routinesHeading.setId("routines-heading");
        var routineSection = new Section(routinesHeading,
                new Paragraph("Prefer to follow a set order? A routine strings the drills together."),
                RoutineList.brief(routines.list(PageRequest.first(PageRequest.MAX_SIZE)).items()));
        routineSection.getElement().setAttribute("aria-labelledby", "routines-heading");

        add(intro);
        if (!identity.isAnonymous()) {
            add(new ThisWeekPanel(progress.progress(1), suggestions(routines)));
            fromYourClub(assignments, adherence);
        }
        add(drillSection, routineSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var filter = LibraryFilter.from(event.getLocation().getQueryParameters());
        filters.show(filter);
        List<PublishedDrill> found = drills.list(filter.toDrillFilter(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        cards.removeAll();
        found.forEach(drill -> cards.add(new DrillCard(drill.content())));
        if (found.isEmpty()) {
            cards.add(emptyState());
        }
        status.setText(statusText(found.size(), filter));
    }

    /** Runners in no club (most) cost one query; members a second for this week's counts. */
    private void fromYourClub(MyAssignments assignments, OwnAdherence adherence) {
        var week = assignments.thisWeek();
        if (week.thisWeek().isEmpty()) {
            return;
        }
        var counts = adherence.mine(1).stream()
                .collect(Collectors.toMap(AssignmentAdherence::assignmentId, mine -> mine.weeks().getFirst()));
        add(new FromYourClubPanel(week, counts));
    }

    private static Map<Timing, PublishedRoutine> suggestions(RoutineCatalog routines) {
        var suggestions = new EnumMap<Timing, PublishedRoutine>(Timing.class);
        for (Timing moment : Timing.values()) {
            routines.suggestedFor(moment).ifPresent(routine -> suggestions.put(moment, routine));
        }
        return suggestions;
    }

    private static String statusText(int count, LibraryFilter filter) {
        String drills = count == 1 ? "1 drill" : count + " drills";
        return filter.isAny() ? drills : drills + " match your filter";
    }

    private static Div emptyState() {
        var showAll = new RouterLink("Show all drills", LibraryView.class);
        showAll.addClassName("button-link");
        var empty = new Div(new Paragraph("No drill matches both choices yet. Try another combination."), showAll);
        empty.addClassName("empty-state");
        return empty;
    }

    @Override
    public String description() {
        return "Five ankle and hip mobility drills for runners, about ten minutes, three or four times a week.";
    }
}
