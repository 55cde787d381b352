package run.limber.admin.editorial;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import run.limber.admin.base.Labels;
import run.limber.domain.editorial.FieldChange;
import run.limber.domain.editorial.RevisionInfo;

/**
 * Every revision of an item; pick two to see what changed between them, or restore one as a new
 * draft (fires {@link RestoreEvent}).
 */
class HistoryDialog extends Dialog {

    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Div diff = new Div();

    /** @param changes the service's diff between two revision numbers */
    HistoryDialog(List<RevisionInfo> revisions, BiFunction<Integer, Integer, List<FieldChange>> changes) {
        setHeaderTitle("History");
        var grid = new Grid<RevisionInfo>();
        grid.addColumn(RevisionInfo::number).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> Labels.words(revision.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(RevisionInfo::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(revision -> Labels.utc(revision.updatedAt(), "")).setHeader("Saved (UTC)").setAutoWidth(true);
        grid.addColumn(revision -> Objects.requireNonNullElse(revision.summary(), "")).setHeader("Change").setFlexGrow(1);
        grid.addComponentColumn(revision -> new Button("Restore",
                click -> fireEvent(new RestoreEvent(this, revision.number())))).setHeader("Restore as new draft");
        grid.setItems(revisions.reversed());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Revisions");

        List<Integer> numbers = revisions.stream().map(RevisionInfo::number).toList();
        from.setLabel("From revision");
        to.setLabel("To revision");
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() > 1) {
            from.setValue(numbers.get(numbers.size() - 2));
            to.setValue(numbers.getLast());
        }
        var compare = new Button("Compare", click -> {
            if (from.getValue() != null && to.getValue() != null) {
                diff.removeAll();
                diff.add(new DiffTable("Revision " + from.getValue(), "Revision " + to.getValue(),
                        changes.apply(from.getValue(), to.getValue())));
            }
        });
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var picker = new Div(from, to, compare);
        picker.addClassName("admin-history__picker");
        add(grid, picker, diff);
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(64rem, 100vw)");
    }

    Registration addRestoreListener(ComponentEventListener<RestoreEvent> listener) {
        return addListener(RestoreEvent.class, listener);
    }

    /** The editor asked for a revision's content as a new draft. */
    static final class RestoreEvent extends ComponentEvent<HistoryDialog> {

        private final int number;

        RestoreEvent(HistoryDialog source, int number) {
            super(source, false);
            this.number = number;
        }

        int number() {
            return number;
        }
    }
}
