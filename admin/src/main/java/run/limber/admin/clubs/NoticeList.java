package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.LongFunction;
import run.limber.admin.base.Labels;
import run.limber.admin.editorial.DiffTable;
import run.limber.domain.clubs.assignments.ChangeNotice;

/**
 * Open change notices, oldest first: what changed between the pinned and the published revision, field by field, and
 * one button each to move the assignment to the new version or keep it as pinned.
 */
class NoticeList extends Section {

    enum Choice { MOVE, KEEP }

    NoticeList() {
        addClassName("admin-section");
    }

    void show(List<ChangeNotice> notices, long total, LongFunction<String> assignmentName) {
        removeAll();
        add(new H2("Change notices (" + total + " open)"));
        if (notices.isEmpty()) {
            add(new Paragraph("No open notices: every assignment plays what is published now, or you chose to keep it."));
        }
        notices.forEach(notice -> add(card(notice, assignmentName.apply(notice.assignmentId()))));
        if (total > notices.size()) {
            add(new Paragraph("Deal with these to see the next " + (total - notices.size()) + "."));
        }
    }

    private Article card(ChangeNotice notice, String assignment) {
        String what = Labels.words(notice.kind()) + " " + notice.slug();
        var heading = new H3(what + ": revision " + notice.pinnedRevision() + " → "
                + (notice.currentRevision() == null ? "no longer published" : "revision " + notice.currentRevision()));
        var about = new Paragraph("In the assignment " + assignment + ". Noticed " + Labels.utc(notice.createdAt(), "")
                + " (UTC).");
        var move = new Button("Move to the new version", click -> fireEvent(new Chosen(this, Choice.MOVE, notice)));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setEnabled(notice.currentRevision() != null);
        var keep = new Button("Keep the pinned version", click -> fireEvent(new Chosen(this, Choice.KEEP, notice)));
        var buttons = new Div(move, keep);
        buttons.addClassName("admin-workflow");
        var card = new Article(heading, about, new DiffTable("Pinned (revision " + notice.pinnedRevision() + ")",
                "Published now", notice.diff().changes()), buttons);
        card.addClassName("coach-notice");
        return card;
    }

    Registration addChosenListener(ComponentEventListener<Chosen> listener) {
        return addListener(Chosen.class, listener);
    }

    /** The coach moved or kept an assignment about a notice. */
    static final class Chosen extends ComponentEvent<NoticeList> {

        private final Choice choice;
        private final ChangeNotice notice;

        Chosen(NoticeList source, Choice choice, ChangeNotice notice) {
            super(source, true);
            this.choice = choice;
            this.notice = notice;
        }

        Choice choice() {
            return choice;
        }

        ChangeNotice notice() {
            return notice;
        }
    }
}
