package run.limber.admin.notes;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import run.limber.domain.content.MarkdownRenderer;

/**
 * The note as runners will read it: the Markdown rendered by the domain's {@link MarkdownRenderer},
 * which also removes anything that could run, so the preview is as safe as the runner page.
 */
class NotePreview extends Aside {

    static final String DISCLAIMER = "Not medical advice: talk to a doctor or physiotherapist about your own case.";

    private final MarkdownRenderer markdown;
    private final Div body = new Div();

    NotePreview(MarkdownRenderer markdown) {
        this.markdown = markdown;
        addClassName("admin-preview");
        getElement().setAttribute("aria-label", "Preview: what runners see");
        body.addClassName("admin-preview__body");
    }

    void show(String title, String text, boolean medicalDisclaimer) {
        removeAll();
        var eyebrow = new Span("Preview");
        eyebrow.addClassName("admin-preview__eyebrow");
        add(eyebrow, new H2(title.isBlank() ? "(no title yet)" : title));
        if (medicalDisclaimer) {
            var notice = new Paragraph(DISCLAIMER);
            notice.addClassName("admin-notice");
            add(notice);
        }
        body.getElement().setProperty("innerHTML", markdown.toSafeHtml(text));
        add(body);
    }

    String html() {
        return body.getElement().getProperty("innerHTML");
    }
}
