package run.limber.admin.routines;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.editorial.ContentList;
import run.limber.admin.editorial.EditorSupport;
import run.limber.domain.editorial.EditorialKind;

/** Every routine, by title, filterable by status. */
@Route(value = RoutineListView.PATH, layout = AdminLayout.class)
@PageTitle("Routines · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class RoutineListView extends Div {

    static final String PATH = "admin/routines";

    public RoutineListView(EditorSupport support) {
        add(new ContentList(support, EditorialKind.ROUTINES, "Routines", PATH, "routine"));
    }
}
