package run.limber.webui.progress;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import run.limber.domain.content.Timing;
import run.limber.domain.progress.WeeklyProgress;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.webui.base.Links;

/**
 * The home page's panel for a signed-in runner: this week's sessions against the goal, the streak, and what to do
 * today — the full routine before a run or on a rest day, the cooldown after one.
 */
@StyleSheet("context://styles/progress.css")
public class ThisWeekPanel extends Section {

    /** @param suggestions the routine to suggest at each moment of the week that has one */
    public ThisWeekPanel(WeeklyProgress progress, Map<Timing, PublishedRoutine> suggestions) {
        addClassName("this-week");
        var heading = new H2("This week");
        heading.setId("this-week-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        int done = progress.thisWeek().sessions();
        var count = new Paragraph(new Span(done + " of " + progress.goal()),
                new Span(progress.goal() == 1 ? " session" : " sessions"));
        count.addClassName("this-week__count");
        var meter = new Div(new Div());
        meter.addClassName("this-week__meter");
        meter.getElement().setAttribute("role", "presentation");
        meter.getChildren().findFirst().orElseThrow().getElement().getStyle()
                .set("width", Math.min(100, 100 * done / progress.goal()) + "%");
        var streak = new Paragraph(streakText(progress));
        streak.addClassName("this-week__streak");

        var today = new UnorderedList();
        today.addClassName("this-week__today");
        for (Timing moment : Timing.values()) {
            PublishedRoutine routine = suggestions.get(moment);
            if (routine != null) {
                Anchor play = Links.to(PlayLinks.of(routine.slug(), moment), routine.name());
                today.add(new ListItem(new Span(moment.label() + ": "), play));
            }
        }
        var progressLink = Links.to("progress", "Your progress");
        add(heading, count, meter, streak, new Paragraph("What to do today?"), today, progressLink);
    }

    private static String streakText(WeeklyProgress progress) {
        int weeks = progress.streakWeeks();
        if (weeks == 0) {
            return progress.thisWeek().goalMet() ? "" : "Meet this week's goal to start a streak.";
        }
        return "Streak: " + weeks + (weeks == 1 ? " week" : " weeks") + " in a row meeting your goal.";
    }
}
