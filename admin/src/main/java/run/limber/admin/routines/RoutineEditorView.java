package run.limber.admin.routines;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.editorial.EditorSupport;
import run.limber.admin.editorial.EditorView;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.routines.RoutineContent;

/** The routine composer with its live estimate; {@code /admin/routines/new} starts a new routine. */
@Route(value = "admin/routines/:slug", layout = AdminLayout.class)
@RouteAlias(value = "admin/routines/new", layout = AdminLayout.class)
@PageTitle("Routine · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class RoutineEditorView extends EditorView<RoutineContent> {

    @Inject
    public RoutineEditorView(EditorSupport support, DrillCatalog drills) {
        this(support, drills.all());
    }

    private RoutineEditorView(EditorSupport support, List<PublishedDrill> published) {
        this(support, new RoutineForm(published), new RoutinePreview(published));
    }

    private RoutineEditorView(EditorSupport support, RoutineForm form, RoutinePreview preview) {
        super(support, EditorialKind.ROUTINES, RoutineListView.PATH, "routine", form, preview);
        Runnable redraw = () -> preview.show(form.name(), form.drills(), form.fewest(), form.most());
        form.addChangeListener(redraw);
        redraw.run();
    }
}
