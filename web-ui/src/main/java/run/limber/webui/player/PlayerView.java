package run.limber.webui.player;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.player.PlayerService;
import run.limber.domain.player.PlayerState;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.RunnerLayout;

/**
 * Plays a routine at {@code /routines/{slug}/play}: choose the context, then one step at a time, then save. With
 * {@code ?assignment=<id>} it plays the routine as that club assignment pinned it, and saves the session as its; the
 * assignment's play and the published routine's are kept apart, so each resumes its own. Every action goes through
 * {@link PlayerService}, which keeps the position in the database, so a reload resumes it. Space counts a rep, or goes
 * on once the set's reps are reached or on a transition.
 */
@Route(value = "routines/:slug/play", layout = RunnerLayout.class)
@StyleSheet("context://styles/player.css")
@RolesAllowed("RUNNER")
public class PlayerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Space, unless it is meant for a field or a button that has the focus. */
    private static final String SPACE_ON_PAGE = "event.key === ' ' && !event.repeat && !event.target.closest("
            + "'vaadin-button, vaadin-checkbox, vaadin-select, vaadin-text-area, vaadin-radio-group, input, textarea')"
            + " && (event.preventDefault(), true)";

    private final PlayerService player;
    private final StepScreen steps = new StepScreen();
    private String routine;
    /** The play is this routine's from this assignment, or (none) as published: each resumes its own. */
    private Optional<Long> assignment = Optional.empty();
    private String title = "Play · Limber";
    private PlayerState state;
    private DomListenerRegistration space;

    public PlayerView(PlayerService player) {
        this.player = player;
        addClassNames("page", "player-page");
        steps.addActionListener(event -> act(event.action()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routine = event.getRouteParameters().get("slug").orElse("");
        var query = event.getLocation().getQueryParameters();
        assignment = query.getSingleParameter("assignment").flatMap(PlayerView::id);
        RoutinePlan plan;
        try {
            plan = player.plan(routine, assignment);
        } catch (NoSuchEntryException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = plan.routine().name() + " · Play · Limber";
        var suggested = query.getSingleParameter("context")
                .flatMap(PlayerView::context).orElse(null);
        state = player.current(routine, assignment).orElse(null);
        if (state == null) {
            var picker = new ContextPicker(plan, suggested);
            picker.addStartListener(start -> show(player.start(routine, start.context(), assignment)));
            removeAll();
            add(picker);
        } else {
            show(state);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        space = attach.getUI().getElement().addEventListener("keydown", key -> spacePressed())
                .setFilter(SPACE_ON_PAGE);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        space.remove();
    }

    private void spacePressed() {
        if (state == null || state.finished() || !steps.isAttached() || state.paused()) {
            return;
        }
        var step = state.step().orElseThrow();
        act(step.isSet() && state.count() < step.reps().max() ? PlayerAction.COUNT : PlayerAction.NEXT);
    }

    private void act(PlayerAction action) {
        if (action == null) {
            show(state);
            return;
        }
        switch (action) {
            case COUNT -> show(player.count(routine, assignment));
            case NEXT -> show(player.next(routine, assignment));
            case SKIP -> show(player.skip(routine, assignment));
            case BACK -> show(player.back(routine, assignment));
            case PAUSE -> show(player.pause(routine, assignment));
            case RESUME -> show(player.resume(routine, assignment));
            case STOP -> saveScreen(player.pause(routine, assignment));
        }
    }

    private void show(PlayerState current) {
        state = current;
        if (current.finished()) {
            saveScreen(current);
            return;
        }
        steps.show(current);
        if (!steps.isAttached()) {
            removeAll();
            add(steps);
        }
    }

    private void saveScreen(PlayerState current) {
        state = current;
        var form = new SaveForm(current);
        form.addSaveListener(save -> {
            try {
                var session = player.save(routine, assignment, save.feedback());
                removeAll();
                add(new SavedConfirmation(session, current));
            } catch (ValidationException problem) {
                form.showProblem(problem.getMessage());
            }
        });
        form.addKeepGoingListener(keepGoing -> show(player.resume(routine, assignment)));
        form.addDiscardListener(discard -> {
            player.discard(routine, assignment);
            getUI().ifPresent(ui -> ui.navigate("routines/" + routine));
        });
        removeAll();
        add(form);
    }

    /** An id that is not a number names no assignment: the page is not found rather than the published routine. */
    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }

    private static Optional<SessionContext> context(String value) {
        String wanted = value.trim().toUpperCase().replace('-', '_');
        return Arrays.stream(SessionContext.values()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
