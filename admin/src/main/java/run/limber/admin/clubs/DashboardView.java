package run.limber.admin.clubs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.ZoneId;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.clubs.adherence.AdherenceService;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.PageRequest;

/** The adherence dashboard: who keeps up with their assignments, week by week, paged for clubs of thousands. */
@Route(value = "coach/" + ClubPage.CLUB, layout = CoachLayout.class)
@PermitAll
public class DashboardView extends ClubPage {

    static final int PAGE_SIZE = 50;

    private final AdherenceService adherence;
    private final ClubGroups groups;
    private final DashboardFilters filters = new DashboardFilters();
    private final AdherenceTable table = new AdherenceTable();
    private final Span position = new Span();
    private final Button previous = new Button("Previous page");
    private final Button next = new Button("Next page");
    private final Anchor csv = new Anchor();
    private int page;

    public DashboardView(ClubService clubs, AdherenceService adherence, ClubGroups groups) {
        super(clubs, "Dashboard");
        this.adherence = adherence;
        this.groups = groups;
        filters.addChangedListener(change -> load(0));
        previous.addClickListener(click -> load(page - 1));
        next.addClickListener(click -> load(page + 1));
        csv.setText("Download CSV");
        csv.setHref(this::download, AttachmentType.DOWNLOAD);
        csv.addClassName("bundle-download");
        var pager = new Div(previous, position, next);
        pager.addClassName("admin-list__tools");
        add(filters, csv, table, pager);
    }

    @Override
    protected void opened(ClubDetails club) {
        filters.groups(groups.list(club.id()));
        load(0);
    }

    /** Streamed row by row as the database sends them; access is checked again when the download starts. */
    private void download(DownloadEvent download) throws IOException {
        long id = clubId();
        try {
            var export = adherence.csv(id, filters.weeks());
            download.setFileName("club-" + id + "-adherence.csv");
            download.setContentType("text/csv; charset=utf-8");
            export.writeTo(download.getOutputStream());
        } catch (NoSuchEntryException | NotPermittedException refused) {
            download.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
        }
    }

    private void load(int wanted) {
        page = Math.max(0, wanted);
        problems.attempt(() -> {
            var dashboard = adherence.dashboard(clubId(), filters.query(new PageRequest(page, PAGE_SIZE)));
            var summary = adherence.summary(clubId(), filters.weeks(), filters.groupId());
            table.show(dashboard, summary, ZoneId.of(club.timeZone()), clubId());
            long total = dashboard.members().total();
            long first = total == 0 ? 0 : (long) page * PAGE_SIZE + 1;
            position.setText("Members " + first + "–" + Math.min(total, (long) (page + 1) * PAGE_SIZE) + " of " + total);
            previous.setEnabled(page > 0);
            next.setEnabled((long) (page + 1) * PAGE_SIZE < total);
        });
    }
}
