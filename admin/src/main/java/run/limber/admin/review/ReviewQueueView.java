package run.limber.admin.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.base.Labels;
import run.limber.admin.editorial.ChangeRequestDialog;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.StaleVersionException;

/** "Waiting for you": what is in review that the signed-in editor may approve, with approve and request changes. */
@Route(value = "admin/review", layout = AdminLayout.class)
@PageTitle("Waiting for you · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ReviewQueueView extends Div {

    private final ReviewQueue queue;
    private final Grid<ReviewQueue.Waiting> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("Nothing is waiting for your review.");
    private final Paragraph error = new Paragraph();

    public ReviewQueueView(ReviewQueue queue) {
        this.queue = queue;
        addClassName("admin-page");
        error.addClassName("admin-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        grid.addComponentColumn(item -> new Anchor(item.editorPath(), item.title())).setHeader("Title").setFlexGrow(1);
        grid.addColumn(item -> Labels.words(item.kind())).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewQueue.Waiting::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(item -> Labels.utc(item.submittedAt(), "")).setHeader("Submitted (UTC)").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Decide").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Waiting for your review");
        add(new H1("Waiting for you"), error, empty, grid);
        refresh();
    }

    private Div actions(ReviewQueue.Waiting item) {
        var approve = new Button("Approve and publish", click -> act(() -> queue.approve(item)));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel("Approve and publish " + item.title());
        var reject = new Button("Request changes…", click -> new ChangeRequestDialog(item.title(),
                comment -> act(() -> queue.requestChanges(item, comment))).open());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reject.setAriaLabel("Request changes to " + item.title());
        return new Div(approve, reject);
    }

    private void act(Runnable step) {
        try {
            step.run();
            Notification.show("Done.");
            error.setVisible(false);
        } catch (StaleVersionException | ConflictException | NotPermittedException e) {
            error.setText(e instanceof StaleVersionException
                    ? "Someone changed it since this list was loaded; look at it again before deciding." : e.getMessage());
            error.setVisible(true);
        }
        refresh();
    }

    private void refresh() {
        var items = queue.waitingForMe();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }
}
