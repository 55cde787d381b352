package run.limber.admin.editorial;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import run.limber.admin.base.Labels;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.WorkingCopy;

/**
 * The top of an editor: which item, its status and revision, what runners see, and, on a draft sent
 * back from review, what the reviewer asked for.
 */
class ItemHeader extends Div {

    private final H1 heading = new H1();
    private final Div status = new Div();
    private final Paragraph reviewComment = new Paragraph();

    ItemHeader() {
        status.addClassName("admin-editor__status");
        reviewComment.addClassName("admin-notice");
        add(heading, status, reviewComment);
    }

    void show(WorkingCopy<?> copy) {
        heading.setText(copy.slug());
        var badge = new Span(Labels.words(copy.status()));
        badge.addClassNames("admin-status", "admin-status--" + copy.status().name().toLowerCase(Locale.ROOT));
        status.removeAll();
        status.add(badge, new Span(" Revision " + copy.revision().number() + " by " + copy.revision().author()
                + (copy.publishedRevision() == null ? " · not published"
                : " · runners see revision " + copy.publishedRevision())
                + (copy.scheduledAt() == null ? "" : " · goes live " + Labels.utc(copy.scheduledAt(), "") + " UTC")));
        String comment = copy.revision().reviewComment();
        reviewComment.setText(comment == null ? "" : "Reviewer asked for changes: " + comment);
        reviewComment.setVisible(comment != null && copy.status() == ItemStatus.DRAFT);
    }

    /** A new item, or (with a heading of its own) one the address names but that does not exist. */
    void showNew(String title) {
        heading.setText(title);
        status.removeAll();
        reviewComment.setVisible(false);
    }
}
