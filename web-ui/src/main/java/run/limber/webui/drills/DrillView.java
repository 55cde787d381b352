package run.limber.webui.drills;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.stream.Collectors;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.Illustration;
import run.limber.domain.media.MediaLibrary;
import run.limber.domain.shared.RoundedMinutes;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.SlugPage;
import run.limber.webui.base.TagList;

/**
 * One drill at {@code /drills/{slug}}, laid out to be followed on a phone: the dose first, then
 * why and how, the numbered steps in large type, what to feel, the tips, and every set in order.
 */
@Route(value = "drills", layout = RunnerLayout.class)
@AnonymousAllowed
public class DrillView extends SlugPage<DrillContent> {

    private final DrillCatalog catalog;

    public DrillView(DrillCatalog catalog) {
        super("drill", "Drill · Limber");
        this.catalog = catalog;
    }

    @Override
    protected DrillContent load(String slug) {
        return catalog.get(slug).content();
    }

    @Override
    protected String nameOf(DrillContent drill) {
        return drill.name();
    }

    /** For example "Hip rotation for the hip: 2 sets of 8 reps a side, about 3 min." */
    @Override
    protected String descriptionOf(DrillContent drill) {
        String areas = drill.targetAreas().stream().map(area -> area.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and "));
        return drill.focus() + (areas.isEmpty() ? "" : " for the " + areas) + ": " + drill.prescription().label()
                + ", " + RoundedMinutes.of(drill.prescription().estimatedSeconds()).about() + ".";
    }

    @Override
    protected void show(DrillContent drill) {
        add(header(drill),
                section("why", "Why it matters", new Paragraph(drill.whyItMatters())),
                section("setup", "Setup", new Paragraph(drill.setup())),
                section("steps", "Steps", steps(drill)),
                section("feel", "What you should feel", new Paragraph(drill.feel())));
        if (!drill.tips().isEmpty()) {
            var tips = new Div();
            tips.addClassName("tips");
            drill.tips().forEach(tip -> tips.add(new TipNote(tip)));
            add(section("tips", "Tips", tips));
        }
        add(section("sets", "Your sets", new SetList(drill.prescription())));
    }

    private static Header header(DrillContent drill) {
        var back = Links.to("", "All drills");
        back.addClassName("back-link");
        var focus = new Paragraph(drill.focus());
        focus.addClassName("eyebrow");

        var label = new Paragraph(drill.prescription().label());
        label.addClassName("dose__label");
        var time = new Paragraph("Takes " + RoundedMinutes.of(drill.prescription().estimatedSeconds()).about());
        time.addClassName("dose__time");
        var dose = new Div(label, time);
        dose.addClassName("dose");

        var header = new Header(back, focus, new H1(drill.name()),
                TagList.drillTags(drill.targetAreas(), drill.timings()), dose);
        drill.illustration().ifPresent(illustration -> header.add(image(illustration)));
        header.addClassName("intro");
        return header;
    }

    private static OrderedList steps(DrillContent drill) {
        var steps = new OrderedList();
        steps.addClassName("steps");
        for (int i = 0; i < drill.steps().size(); i++) {
            var step = new ListItem(drill.steps().get(i));
            drill.illustrationOfStep(i + 1).ifPresent(illustration -> step.add(image(illustration)));
            steps.add(step);
        }
        return steps;
    }

    private static Image image(Illustration illustration) {
        var image = new Image(MediaLibrary.url(illustration.media()), illustration.alt());
        image.addClassName("illustration");
        image.getElement().setAttribute("loading", "lazy");
        return image;
    }

    private static Section section(String id, String heading, Component body) {
        var title = new H2(heading);
        title.setId("drill-" + id);
        var section = new Section(title, body);
        section.addClassName("drill__section");
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        return section;
    }
}
