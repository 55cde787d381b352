package run.limber.webui.progress;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import run.limber.domain.sessions.LoggedSession;
import run.limber.domain.shared.RoundedMinutes;

/** The runner's latest sessions, one line each: when, which routine, at which moment, how long. */
class RecentSessions extends UnorderedList {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    RecentSessions(List<LoggedSession> sessions, Map<String, String> routineNames, ZoneId zone) {
        addClassName("recent-sessions");
        for (LoggedSession session : sessions) {
            String routine = routineNames.getOrDefault(session.routine(), session.routine());
            add(new ListItem(new Span(WHEN.format(session.startedAt().atZone(zone))),
                    new Span(routine + ", " + session.context().timing().label().toLowerCase(Locale.ROOT) + ", "
                            + RoundedMinutes.of(session.durationSeconds()).value() + " min")));
        }
    }

    static Paragraph none() {
        return new Paragraph("No sessions yet. Play a routine and save it at the end to see it here.");
    }
}
