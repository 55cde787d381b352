package run.limber.admin.drills;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.editorial.EditorSupport;
import run.limber.admin.editorial.EditorView;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.media.MediaLibrary;

/** One drill's editor with its live preview; {@code /admin/drills/new} starts a new drill. */
@Route(value = "admin/drills/:slug", layout = AdminLayout.class)
@RouteAlias(value = "admin/drills/new", layout = AdminLayout.class)
@PageTitle("Drill · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class DrillEditorView extends EditorView<DrillContent> {

    @Inject
    public DrillEditorView(EditorSupport support, MediaLibrary media) {
        this(support, new DrillForm(media), new DrillPreview());
    }

    private DrillEditorView(EditorSupport support, DrillForm form, DrillPreview preview) {
        super(support, EditorialKind.DRILLS, DrillListView.PATH, "drill", form, preview);
        form.addChangeListener(() -> preview.show(form.sketch()));
        preview.show(form.sketch());
    }
}
