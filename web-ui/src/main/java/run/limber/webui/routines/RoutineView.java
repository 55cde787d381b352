package run.limber.webui.routines;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.routines.RoutineEntry;
import run.limber.domain.shared.RoundedMinutes;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.SlugPage;
import run.limber.webui.base.TagList;
import run.limber.webui.drills.DrillView;

/** One routine at {@code /routines/{slug}}: what it is for, when and how often, and its drills in order. */
@Route(value = "routines", layout = RunnerLayout.class)
@AnonymousAllowed
public class RoutineView extends SlugPage<PublishedRoutine> {

    private final RoutineCatalog catalog;

    public RoutineView(RoutineCatalog catalog) {
        super("routine", "Routine · Limber");
        this.catalog = catalog;
    }

    @Override
    protected PublishedRoutine load(String slug) {
        return catalog.get(slug);
    }

    @Override
    protected String nameOf(PublishedRoutine routine) {
        return routine.name();
    }

    @Override
    protected String descriptionOf(PublishedRoutine routine) {
        return routine.content().description();
    }

    @Override
    protected void show(PublishedRoutine routine) {
        var back = new RouterLink("All routines", RoutinesView.class);
        back.addClassName("back-link");
        var play = Links.to("routines/" + routine.slug() + "/play", "Play this routine");
        play.addClassName("routine-play");
        var header = new Header(back, new H1(routine.name()), new Paragraph(routine.content().description()), facts(routine),
                play);
        header.addClassName("intro");

        var drills = new OrderedList();
        drills.addClassName("routine-drills");
        routine.drills().forEach(entry -> drills.add(item(entry)));
        var heading = new H2("The drills, in order");
        heading.setId("routine-drills-heading");
        var section = new Section(heading, drills);
        section.getElement().setAttribute("aria-labelledby", "routine-drills-heading");

        add(header, section);
    }

    private static DescriptionList facts(PublishedRoutine routine) {
        var facts = new LinkedHashMap<Term, Description>();
        facts.put(new Term("When"), new Description(TagList.timings(routine.content().timings())));
        facts.put(new Term("How often"), new Description(routine.content().frequency().label()));
        facts.put(new Term("Takes"), new Description(RoundedMinutes.of(routine.estimatedSeconds()).about()));
        var list = new DescriptionList(facts);
        list.addClassName("facts");
        return list;
    }

    private static ListItem item(RoutineEntry entry) {
        var name = new RouterLink(entry.drill().name(), DrillView.class, entry.drill().slug());
        name.addClassName("routine-drills__name");
        var prescription = entry.prescription();
        var dose = new Span(prescription.label() + " · " + RoundedMinutes.of(prescription.estimatedSeconds()).about());
        dose.addClassName("routine-drills__dose");
        return new ListItem(name, dose);
    }
}
