package run.limber.admin.editorial;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import run.limber.admin.base.Labels;
import run.limber.domain.editorial.FieldChange;
import run.limber.domain.editorial.WorkingCopy;

/**
 * Someone saved the item after this editor opened it. Shows where their version and the editor's
 * differ, and lets the editor either take theirs (dropping their own typing) or save their own over
 * it on purpose. Closing it changes nothing: the typing stays in the form.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(WorkingCopy<?> theirs, List<FieldChange> changes) {
        setHeaderTitle("Someone else saved this first");
        add(new Paragraph(theirs.revision().author() + " saved revision " + theirs.revision().number() + " at "
                + Labels.utc(theirs.updatedAt(), "") + " (UTC) while you were editing. Nothing of yours is lost yet: "
                + "choose which version to keep."),
                new DiffTable("Their version", "Yours", changes));
        var reload = new Button("Reload theirs (discard mine)", click -> {
            close();
            fireEvent(new ReloadEvent(this));
        });
        var keep = new Button("Keep mine (save over theirs)", click -> {
            close();
            fireEvent(new KeepMineEvent(this));
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Decide later", click -> close()), reload, keep);
        setWidth("min(56rem, 100vw)");
    }

    Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    Registration addKeepMineListener(ComponentEventListener<KeepMineEvent> listener) {
        return addListener(KeepMineEvent.class, listener);
    }

    /** The editor takes the newer version and drops their own changes. */
    static final class ReloadEvent extends ComponentEvent<ConflictDialog> {
        ReloadEvent(ConflictDialog source) {
            super(source, false);
        }
    }

    /** The editor saves their own values over the newer version. */
    static final class KeepMineEvent extends ComponentEvent<ConflictDialog> {
        KeepMineEvent(ConflictDialog source) {
            super(source, false);
        }
    }
}
