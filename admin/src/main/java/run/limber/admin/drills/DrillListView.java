package run.limber.admin.drills;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.editorial.ContentList;
import run.limber.admin.editorial.EditorSupport;
import run.limber.domain.editorial.EditorialKind;

/** Every drill, by title, filterable by status. */
@Route(value = DrillListView.PATH, layout = AdminLayout.class)
@PageTitle("Drills · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class DrillListView extends Div {

    static final String PATH = "admin/drills";

    public DrillListView(EditorSupport support) {
        add(new ContentList(support, EditorialKind.DRILLS, "Drills", PATH, "drill"));
    }
}
