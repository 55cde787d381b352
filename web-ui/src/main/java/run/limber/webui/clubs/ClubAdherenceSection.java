package run.limber.webui.clubs;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import run.limber.domain.clubs.adherence.AdherenceWeek;
import run.limber.domain.clubs.adherence.AssignmentAdherence;

/**
 * The runner's own adherence on the progress page: per club assignment its recent weeks, newest first, each with its
 * sessions against the target and the word coaches see (met, partly, missed, in progress) — never colour alone.
 */
@StyleSheet("context://styles/clubs.css")
public class ClubAdherenceSection extends Div {

    /** Weeks shown per assignment. */
    public static final int WEEKS = 6;

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** @param routineNames published routines' names by slug */
    public ClubAdherenceSection(List<AssignmentAdherence> assignments, Map<String, String> routineNames) {
        addClassName("club-adherence");
        for (var assignment : assignments) {
            var weeks = new OrderedList();
            weeks.addClassName("adherence-weeks");
            assignment.weeks().forEach(week -> weeks.add(week(week)));
            int streak = assignment.streakWeeks();
            add(new H3(assignment.clubName() + ": " + routineNames.getOrDefault(assignment.routine(),
                            assignment.routine())),
                    new Paragraph("Target: " + assignment.weeklyTarget() + " a week. Streak: " + streak
                            + (streak == 1 ? " week" : " weeks") + " in a row met."),
                    weeks);
        }
    }

    private static ListItem week(AdherenceWeek week) {
        var item = new ListItem("Week of " + WEEK.format(week.week()) + ": " + (week.status() == null
                ? "nothing assigned"
                : week.sessions() + " of " + week.target() + ", " + word(week)));
        item.addClassName("adherence-week");
        if (week.status() != null) {
            item.addClassName("adherence-week--" + week.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return item;
    }

    private static String word(AdherenceWeek week) {
        return switch (week.status()) {
            case MET -> "met";
            case PARTLY -> "partly";
            case MISSED -> "missed";
            case IN_PROGRESS -> "in progress";
        };
    }
}
