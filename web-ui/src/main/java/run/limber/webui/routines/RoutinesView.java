package run.limber.webui.routines;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.shared.PageRequest;
import run.limber.webui.base.Described;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.UsableBeforeClient;

/** Every published routine, with what it is for and what it asks of you. */
@Route(value = "routines", layout = RunnerLayout.class)
@PageTitle("Routines · Limber")
@AnonymousAllowed
public class RoutinesView extends Div implements Described, UsableBeforeClient {

    public RoutinesView(RoutineCatalog routines) {
        addClassNames("page", "routines");
        var intro = new Header(new H1("Routines"),
                new Paragraph("Each routine is a set of drills in a fixed order, so you can work through it without planning."));
        intro.addClassName("intro");
        add(intro, RoutineList.full(routines.list(PageRequest.first(PageRequest.MAX_SIZE)).items()));
    }

    @Override
    public String description() {
        return "Mobility routines for runners: drills in a fixed order for before a run, after a run or a rest day.";
    }
}
