package run.limber.admin.notes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.editorial.ContentList;
import run.limber.admin.editorial.EditorSupport;
import run.limber.domain.editorial.EditorialKind;

/** Every recovery and nutrition note, by title, filterable by status. */
@Route(value = NoteListView.PATH, layout = AdminLayout.class)
@PageTitle("Notes · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class NoteListView extends Div {

    static final String PATH = "admin/notes";

    public NoteListView(EditorSupport support) {
        add(new ContentList(support, EditorialKind.NOTES, "Notes", PATH, "note"));
    }
}
