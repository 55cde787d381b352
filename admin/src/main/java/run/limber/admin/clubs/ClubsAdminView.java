package run.limber.admin.clubs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.base.Labels;
import run.limber.domain.clubs.ClubAdministration;
import run.limber.domain.clubs.ClubListing;
import run.limber.domain.shared.PageRequest;

/** Every club for platform admins: name, zone, member count, created; and deleting one. Never its members' data. */
@Route(value = "admin/clubs", layout = AdminLayout.class)
@PageTitle("Clubs · Limber admin")
@RolesAllowed("ADMIN")
public class ClubsAdminView extends Div {

    private final ClubAdministration administration;
    private final Grid<ClubListing> grid = new Grid<>();
    private final Problems problems = new Problems();

    public ClubsAdminView(ClubAdministration administration) {
        this.administration = administration;
        addClassName("admin-page");
        grid.addColumn(ClubListing::name).setHeader("Club").setFlexGrow(1);
        grid.addColumn(ClubListing::timeZone).setHeader("Time zone").setAutoWidth(true);
        grid.addColumn(ClubListing::memberCount).setHeader("Members").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(club -> Labels.utc(club.createdAt(), "")).setHeader("Created (UTC)").setAutoWidth(true);
        grid.addComponentColumn(club -> {
            var delete = new Button("Delete…", click -> Confirm.ask("Delete the club " + club.name() + "?",
                    "Its memberships, groups, invitations and assignments are deleted with it. This cannot be undone.",
                    "Delete the club", () -> delete(club)));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete " + club.name());
            return delete;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> administration.list(new PageRequest(query.getPage(), query.getPageSize())).items()
                .stream(), query -> (int) administration.list(PageRequest.first(1)).total());
        grid.setPageSize(PageRequest.MAX_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("admin-grid");
        grid.setAriaLabel("Clubs");
        add(new H1("Clubs"), new Paragraph("Platform admins see each club's size, never what its members do."),
                problems, grid);
    }

    private void delete(ClubListing club) {
        if (problems.attempt(() -> administration.delete(club.id()))) {
            Notification.show("Deleted the club " + club.name() + ".");
        }
        grid.getDataProvider().refreshAll();
    }
}
