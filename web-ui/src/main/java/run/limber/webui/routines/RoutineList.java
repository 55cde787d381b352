package run.limber.webui.routines;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.webui.base.TagList;

/** Routines as linked cards: what each asks of you, and with {@link #full} also what it is for. */
public class RoutineList extends UnorderedList {

    private RoutineList(List<PublishedRoutine> routines, boolean full) {
        addClassNames("card-grid", "routine-list");
        routines.forEach(routine -> add(card(routine, full)));
    }

    /** For a page section: name, facts and timings, headed one level below the section. */
    public static RoutineList brief(List<PublishedRoutine> routines) {
        return new RoutineList(routines, false);
    }

    /** For the routines page: adds each description, with names as the page's second-level headings. */
    public static RoutineList full(List<PublishedRoutine> routines) {
        return new RoutineList(routines, true);
    }

    private static ListItem card(PublishedRoutine routine, boolean full) {
        var link = new RouterLink(routine.name(), RoutineView.class, routine.slug());
        link.addClassName("card__link");
        HtmlContainer heading = full ? new H2(link) : new H3(link);

        var facts = new Paragraph(RoutineFacts.summary(routine));
        facts.addClassName("card__dose");

        var card = new ListItem(heading);
        if (full) {
            card.add(new Paragraph(routine.content().description()));
        }
        card.add(TagList.timings(routine.content().timings()), facts);
        card.addClassNames("card", "routine-card");
        return card;
    }
}
