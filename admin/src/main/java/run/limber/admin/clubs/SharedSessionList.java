package run.limber.admin.clubs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import run.limber.admin.base.Labels;
import run.limber.domain.clubs.shares.SharedSession;
import run.limber.domain.clubs.shares.SharedSessions;

/**
 * A member's recent sessions of the club's routines, one block each, so it reads on a phone: the day, the routine,
 * and the note, ease and pain only as the member shares them; when they share none of these, one line that says so.
 */
class SharedSessionList extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    SharedSessionList() {
        addClassName("coach-sessions");
    }

    /** @param names routine and drill names by slug; a slug not there is shown as it is */
    void show(SharedSessions sessions, Map<String, String> names) {
        removeAll();
        if (!sessions.sharing().sessionsVisible()) {
            add(new Paragraph("Sessions: not shared. Without notes, ease or pain shared, the adherence row above is"
                    + " all there is: sessions per week, the streak and the date of the last session."));
            return;
        }
        if (sessions.sessions().items().isEmpty()) {
            add(new Paragraph("No sessions of the club's assigned routines since joining."));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("coach-clubs");
        sessions.sessions().items().forEach(session -> list.add(item(session, names)));
        add(list);
    }

    private static ListItem item(SharedSession session, Map<String, String> names) {
        var heading = new Span(DAY.format(session.day()) + " · " + names.getOrDefault(session.routine(),
                session.routine()));
        heading.addClassName("coach-session__when");
        var facts = new Span(Labels.words(session.context()));
        facts.addClassName("coach-muted");
        var item = new ListItem(heading, facts);
        item.addClassName("coach-session");
        if (session.pain() != null) {
            item.add(new Span(session.pain() ? "Pain flagged" : "No pain flagged"));
        }
        if (session.ratings() != null && !session.ratings().isEmpty()) {
            item.add(new Span("Ease (1 very hard – 5 very easy): " + session.ratings().stream()
                    .map(rating -> names.getOrDefault(rating.drill(), rating.drill())
                            + (rating.side() == null ? "" : " " + rating.side().name().toLowerCase(Locale.ROOT))
                            + " " + rating.ease())
                    .collect(Collectors.joining(", "))));
        }
        if (session.note() != null) {
            item.add(new Span("Note: " + session.note()));
        }
        return item;
    }
}
