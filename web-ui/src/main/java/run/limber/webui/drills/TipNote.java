package run.limber.webui.drills;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import run.limber.domain.drills.Tip;

/** A coaching tip, labelled and styled by its kind; "Important" stands out from the rest. */
class TipNote extends Aside {

    TipNote(Tip tip) {
        addClassNames("tip", "tip--" + tip.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var kind = new Paragraph(tip.kind().label());
        kind.addClassName("tip__kind");
        add(kind, new Paragraph(tip.text()));
        getElement().setAttribute("aria-label", tip.kind().label());
    }
}
