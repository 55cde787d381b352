package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.WorkingCopy;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.StaleVersionException;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * The page around one kind's form and preview: status, workflow buttons, history and conflicts. The
 * route has a {@code :slug} parameter; without one (the {@code …/new} alias) it edits a new item.
 * Every step goes through the service, which re-checks state and permissions; a refused step leaves
 * the form as typed.
 *
 * @param <T> the content record of the kind
 */
public abstract class EditorView<T> extends Div implements BeforeEnterObserver {

    private final EditorSupport support;
    private final EditorialService editorial;
    private final EditorialKind<T> kind;
    private final String listPath;
    private final String noun;
    private final ContentForm<T> form;
    private final ItemHeader header = new ItemHeader();
    private final Paragraph error = new Paragraph();
    private final TextField summary = new TextField("Change summary (optional)");
    private final WorkflowBar workflow = new WorkflowBar();
    private WorkingCopy<T> item;
    private boolean loading;
    private boolean dirty;

    /** @param listPath the route of the kind's list, e.g. {@code admin/drills}; editors are at {@code listPath/slug} */
    protected EditorView(EditorSupport support, EditorialKind<T> kind, String listPath, String noun,
                         ContentForm<T> form, Component preview) {
        this.support = support;
        this.editorial = support.editorial();
        this.kind = kind;
        this.listPath = listPath;
        this.noun = noun;
        this.form = form;
        addClassNames("admin-page", "admin-editor-page");
        error.addClassName("admin-error");
        error.getElement().setAttribute("role", "alert");
        summary.setWidthFull();
        form.addChangeListener(() -> dirty |= !loading);
        workflow.addStepListener(step -> {
            switch (step.step()) {
                case SAVE -> saveThen(null);
                case SUBMIT -> saveThen(() -> editorial.submit(kind, item.slug(), version()));
                case PUBLISH -> whenSaved(() -> editorial.publish(kind, item.slug(), version(), step.at()));
                case REQUEST_CHANGES -> whenSaved(() -> editorial.requestChanges(kind, item.slug(), version(),
                        step.comment()));
                case UNPUBLISH -> whenSaved(() -> editorial.unpublish(kind, item.slug(), version()));
                case ARCHIVE -> whenSaved(() -> editorial.archive(kind, item.slug(), version()));
                case HISTORY -> openHistory();
            }
        });
        var columns = new Div(form, preview);
        columns.addClassName("admin-editor");
        add(header, error, summary, workflow, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get("slug");
        try {
            slug.map(existing -> editorial.get(kind, existing)).ifPresentOrElse(this::show, this::showNew);
        } catch (NoSuchEntryException e) {
            showNew();
            header.showNew("No " + noun + " '" + slug.orElseThrow() + "'");
            showError("It may have been renamed or never existed; you can create a new " + noun + " here.");
        }
    }

    /** Saves what is typed (if anything changed), then takes the next step, if any. */
    private void saveThen(Supplier<WorkingCopy<T>> next) {
        if (!dirty && item != null) {
            if (next == null) {
                Notification.show("Nothing to save: no changes since revision " + item.revision().number() + ".");
            } else {
                step(next);
            }
            return;
        }
        ObjectNode draft = form.write();
        String change = summary.isEmpty() ? null : summary.getValue();
        boolean created = item == null;
        boolean saved = step(() -> created ? editorial.create(kind, draft, change)
                : editorial.update(kind, item.slug(), item.version(), draft, change));
        if (saved) {
            summary.clear();
            Notification.show("Saved " + noun + " as revision " + item.revision().number() + ".");
            if (created) {
                UI.getCurrent().navigate(listPath + "/" + item.slug());
            } else if (next != null) {
                step(next);
            }
        }
    }

    /** A step that acts on the saved revision, so it must not leave typing behind unsaved. */
    private void whenSaved(Supplier<WorkingCopy<T>> call) {
        if (dirty) {
            showError("You have unsaved changes: save them first, or reload the page to drop them.");
        } else {
            step(call);
        }
    }

    /** Runs one service call and shows its outcome; answers whether it succeeded. */
    private boolean step(Supplier<WorkingCopy<T>> call) {
        ObjectNode typed = form.write();
        try {
            show(call.get());
            return true;
        } catch (ValidationException e) {
            List<FieldProblem> unclaimed = form.showProblems(e.problems());
            showError("Not saved: check the marked fields." + unclaimed.stream()
                    .map(problem -> " " + problem.field() + ": " + problem.message()).reduce("", String::concat));
        } catch (StaleVersionException e) {
            openConflict(typed);
        } catch (ConflictException | NotPermittedException e) {
            showError(e.getMessage());
        }
        return false;
    }

    private void openConflict(ObjectNode mine) {
        WorkingCopy<T> theirs = editorial.get(kind, item.slug());
        var dialog = new ConflictDialog(theirs, support.changes(theirs.content(), mine));
        dialog.addReloadListener(reload -> show(theirs));
        dialog.addKeepMineListener(keep -> {
            // Mine stays in the form; saving it against their version is the editor's explicit choice.
            item = theirs;
            dirty = true;
            saveThen(null);
        });
        dialog.open();
    }

    private void openHistory() {
        var dialog = new HistoryDialog(support.history().revisions(kind, item.slug()),
                (from, to) -> support.history().diff(kind, item.slug(), from, to).changes());
        dialog.addRestoreListener(restore -> {
            if (dirty) {
                showError("You have unsaved changes: save them first, or reload the page to drop them.");
            } else if (step(() -> editorial.restore(kind, item.slug(), restore.number(), version()))) {
                dialog.close();
                Notification.show("Revision " + restore.number() + " restored as a new draft.");
            }
        });
        dialog.open();
    }

    private void show(WorkingCopy<T> copy) {
        item = copy;
        loading = true;
        form.read(copy.content());
        loading = false;
        dirty = false;
        form.showProblems(List.of());
        header.show(copy);
        showError(null);
        workflow.show(copy, support.mayApprove(copy.revision().authorId()), support.reviewRequired());
    }

    private void showNew() {
        item = null;
        header.showNew("New " + noun);
        showError(null);
        workflow.show(null, false, support.reviewRequired());
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private OptionalLong version() {
        return OptionalLong.of(item.version());
    }
}
