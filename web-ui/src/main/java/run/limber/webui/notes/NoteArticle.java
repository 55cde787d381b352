package run.limber.webui.notes;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import run.limber.domain.notes.PublishedNote;

/** One note in full, addressable as {@code /notes#slug}; notes that touch on health carry a visible notice. */
class NoteArticle extends Article {

    static final String DISCLAIMER_TITLE = "Not medical advice.";
    static final String DISCLAIMER = " It is general information; a doctor or pharmacist who knows your health "
            + "can tell you what suits you, especially if you take medication or have a health condition.";

    NoteArticle(PublishedNote note) {
        setId(note.slug());
        addClassNames("card", "note");
        var timing = new Span(note.content().timing().label());
        timing.addClassName("note__timing");
        add(new H3(note.title()), timing);

        if (note.content().medicalDisclaimer()) {
            var title = new Span(DISCLAIMER_TITLE);
            title.addClassName("disclaimer__title");
            var disclaimer = new Paragraph(title, new Text(DISCLAIMER));
            disclaimer.addClassName("disclaimer");
            disclaimer.getElement().setAttribute("role", "note");
            add(disclaimer);
        }

        // bodyHtml is rendered from Markdown and sanitised by the domain; it is safe to insert as is.
        var body = new Div();
        body.addClassName("note__body");
        body.getElement().setProperty("innerHTML", note.bodyHtml());
        add(body);
    }
}
