package run.limber.admin.notes;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.editorial.EditorSupport;
import run.limber.admin.editorial.EditorView;
import run.limber.domain.content.MarkdownRenderer;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.notes.NoteContent;

/** One note's editor with its rendered preview; {@code /admin/notes/new} starts a new note. */
@Route(value = "admin/notes/:slug", layout = AdminLayout.class)
@RouteAlias(value = "admin/notes/new", layout = AdminLayout.class)
@PageTitle("Note · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class NoteEditorView extends EditorView<NoteContent> {

    @Inject
    public NoteEditorView(EditorSupport support, MarkdownRenderer markdown) {
        this(support, new NoteForm(), new NotePreview(markdown));
    }

    private NoteEditorView(EditorSupport support, NoteForm form, NotePreview preview) {
        super(support, EditorialKind.NOTES, NoteListView.PATH, "note", form, preview);
        Runnable redraw = () -> preview.show(form.title(), form.body(), form.medicalDisclaimer());
        form.addChangeListener(redraw);
        redraw.run();
    }
}
