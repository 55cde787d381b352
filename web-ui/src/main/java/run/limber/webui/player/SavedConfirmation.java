package run.limber.webui.player;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import run.limber.domain.player.PlayerState;
import run.limber.domain.sessions.LoggedSession;
import run.limber.webui.base.Links;

/** The session is in the log: what was saved, and where to see it counted. */
class SavedConfirmation extends Section {

    SavedConfirmation(LoggedSession session, PlayerState play) {
        addClassName("player-saved");
        var progress = Links.to("progress", "See your progress");
        progress.addClassName("player-saved__progress");
        var links = new Div(progress, Links.to("routines/" + session.routine(), "Back to the routine"));
        links.addClassName("player-controls");
        add(new H1("Session saved"),
                new Paragraph(session.context().timing().label() + ": " + play.plan().routine().name() + ", "
                        + session.completedSets().size() + " of " + play.setCount() + " sets in "
                        + StepText.clock(session.durationSeconds()) + "."),
                links);
        if (session.pain()) {
            var advice = new Paragraph("You noted pain. Rest that drill, and see a professional if it persists.");
            advice.addClassName("player-pain-advice");
            add(advice);
        }
    }
}
