package run.limber.admin.clubs;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import run.limber.admin.base.Labels;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.ClubMembers;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.clubs.assignments.Assignment;
import run.limber.domain.clubs.assignments.AssignmentNotices;
import run.limber.domain.clubs.assignments.AssignmentService;
import run.limber.domain.clubs.assignments.AssignmentStatus;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.shared.PageRequest;

/** The club's assignments (active or ended), open change notices with their differences, and a new assignment. */
@Route(value = "coach/" + ClubPage.CLUB + "/assignments", layout = CoachLayout.class)
@PermitAll
public class AssignmentsView extends ClubPage {

    static final int NOTICES_SHOWN = 20;

    private final AssignmentService assignments;
    private final AssignmentNotices notices;
    private final ClubGroups groups;
    private final ClubMembers members;
    private final RoutineCatalog routines;
    private final Select<AssignmentStatus> status = new Select<>();
    private final Map<String, String> routineNames = new HashMap<>();
    private final Map<Long, String> groupNames = new HashMap<>();
    private final Map<Long, String> memberNames = new HashMap<>();
    private final AssignmentGrid grid = new AssignmentGrid(
            assignment -> routineNames.getOrDefault(assignment.routine(), assignment.routine())
                    + " (revision " + assignment.routineRevision() + ")", this::forWhom);
    private final NoticeList noticeList = new NoticeList();
    private final AssignmentForm form = new AssignmentForm();

    public AssignmentsView(ClubService clubs, AssignmentService assignments, AssignmentNotices notices,
                           ClubGroups groups, ClubMembers members, RoutineCatalog routines) {
        super(clubs, "Assignments");
        this.assignments = assignments;
        this.notices = notices;
        this.groups = groups;
        this.members = members;
        this.routines = routines;
        status.setLabel("Show");
        status.setItems(AssignmentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setItemLabelGenerator(chosen -> chosen == null ? "All" : Labels.words(chosen));
        status.setValue(AssignmentStatus.ACTIVE);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addActionListener(action -> {
            var assignment = action.assignment();
            switch (action.kind()) {
                case RESCHEDULE -> reschedule(assignment);
                case END -> Confirm.ask("End this assignment today?", "Its sessions and history stay; members no"
                        + " longer see it from tomorrow.", "End it", () -> changed(() -> assignments.end(clubId(),
                        assignment.id(), Optional.empty()), "The assignment ends today."));
            }
        });
        noticeList.addChosenListener(chosen -> {
            var notice = chosen.notice();
            switch (chosen.choice()) {
                case MOVE -> changed(() -> assignments.move(clubId(), notice.assignmentId()),
                        "The assignment plays what is published now.");
                case KEEP -> changed(() -> notices.keep(clubId(), notice.id()), "The assignment keeps its version.");
            }
        });
        form.addSubmittedListener(submitted -> {
            if (problems.attempt(() -> assignments.assign(clubId(), submitted.assignment()), form.messages())) {
                Notification.show("Assigned.");
                refresh();
            }
        });
        add(status, grid, noticeList, form);
    }

    @Override
    protected void opened(ClubDetails club) {
        var published = routines.all();
        published.forEach(routine -> routineNames.put(routine.slug(), routine.name()));
        var clubGroups = groups.list(club.id());
        groupNames.clear();
        clubGroups.forEach(group -> groupNames.put(group.id(), group.name()));
        form.options(published.stream().sorted(java.util.Comparator.comparing(PublishedRoutine::name)).toList(),
                clubGroups, query -> members.list(club.id(), query.getFilter().orElse(""),
                        new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                java.time.LocalDate.now(java.time.ZoneId.of(club.timeZone())));
        grid.setItems(query -> named(assignments.list(club.id(), Optional.ofNullable(status.getValue()),
                        new PageRequest(query.getPage(), query.getPageSize())).items()).stream(),
                query -> (int) assignments.list(club.id(), Optional.ofNullable(status.getValue()),
                        PageRequest.first(1)).total());
        showNotices();
    }

    /** Looks up the names of the members the fetched page of assignments is for, in one read, however big the club. */
    private List<Assignment> named(List<Assignment> page) {
        var ids = page.stream().map(Assignment::memberId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            memberNames.putAll(members.names(clubId(), ids));
        }
        return page;
    }

    private String forWhom(Assignment assignment) {
        if (assignment.groupId() != null) {
            return "Group " + groupNames.getOrDefault(assignment.groupId(), "#" + assignment.groupId());
        }
        return memberNames.getOrDefault(assignment.memberId(), "Member #" + assignment.memberId());
    }

    private void reschedule(Assignment assignment) {
        var dialog = new ScheduleDialog(assignment);
        dialog.addRescheduledListener(rescheduled -> {
            if (dialog.problems().attempt(() -> assignments.reschedule(clubId(), assignment.id(),
                    assignment.version(), rescheduled.schedule()), dialog.messages())) {
                dialog.close();
                Notification.show("Schedule saved.");
                refresh();
            }
        });
        dialog.open();
    }

    private void changed(Runnable action, String done) {
        if (problems.attempt(action)) {
            Notification.show(done);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showNotices();
    }

    private void showNotices() {
        var open = notices.open(clubId(), PageRequest.first(NOTICES_SHOWN));
        noticeList.show(open.items(), open.total(), id -> "#" + id);
    }
}
