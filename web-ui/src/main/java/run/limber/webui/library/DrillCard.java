package run.limber.webui.library;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.shared.RoundedMinutes;
import run.limber.webui.base.TagList;
import run.limber.webui.drills.DrillView;

/** One drill in the library: its name links to the drill page; the whole card is the link's target area. */
class DrillCard extends Article {

    DrillCard(DrillContent drill) {
        addClassNames("card", "drill-card");
        var name = new RouterLink(drill.name(), DrillView.class, drill.slug());
        name.addClassName("card__link");

        var focus = new Paragraph(drill.focus());
        focus.addClassName("card__focus");

        var dose = new Paragraph(new Span(drill.prescription().label()),
                new Span(RoundedMinutes.of(drill.prescription().estimatedSeconds()).about()));
        dose.addClassName("card__dose");

        add(new H3(name), focus, TagList.drillTags(drill.targetAreas(), drill.timings()), dose);
    }
}
