package run.limber.webui.clubs;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import run.limber.domain.clubs.adherence.AdherenceWeek;
import run.limber.domain.clubs.assignments.MyAssignment;
import run.limber.domain.clubs.assignments.MyWeek;
import run.limber.webui.base.Links;

/**
 * "From your club" on the home page: what the runner's clubs ask of them today and this week, each with how many
 * sessions count so far and a Play link that plays the routine as the club pinned it.
 */
@StyleSheet("context://styles/clubs.css")
public class FromYourClubPanel extends Section {

    /** @param thisWeek this week's sessions and target per assignment id */
    public FromYourClubPanel(MyWeek week, Map<Long, AdherenceWeek> thisWeek) {
        addClassName("from-your-club");
        var heading = new H2("From your club");
        heading.setId("from-your-club-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        if (!week.today().isEmpty()) {
            add(new H3("Today"), list(week.today(), thisWeek));
        }
        var later = week.thisWeek().stream().filter(a -> !week.today().contains(a)).toList();
        if (!later.isEmpty()) {
            add(new H3(week.today().isEmpty() ? "This week" : "Also this week"), list(later, thisWeek));
        }
    }

    private static UnorderedList list(List<MyAssignment> assignments, Map<Long, AdherenceWeek> thisWeek) {
        var list = new UnorderedList();
        list.addClassName("club-assignments");
        for (var assignment : assignments) {
            var counted = thisWeek.get(assignment.id());
            int target = counted == null ? assignment.weeklyTarget() : counted.target();
            int done = counted == null ? 0 : counted.sessions();
            var play = Links.to("routines/" + assignment.routine() + "/play?assignment=" + assignment.id(), "Play");
            play.getElement().setAttribute("aria-label", "Play " + assignment.routineName());
            play.addClassName("button-link");
            var item = new ListItem(new Span(assignment.clubName() + ": "), new Span(assignment.routineName()),
                    new Paragraph(days(assignment.days()) + " · " + assignment.context().timing().label()
                            + " · this week " + done + " of " + target),
                    play);
            item.addClassName("club-assignment");
            list.add(item);
        }
        return list;
    }

    private static String days(List<DayOfWeek> days) {
        return days.stream().map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }
}
