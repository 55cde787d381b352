package run.limber.webui.player;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.media.MediaLibrary;
import run.limber.domain.player.PlayerState;
import run.limber.domain.plan.PlanStep;
import run.limber.domain.routines.RoutineEntry;

/** One step of the routine, big enough to read at arm's length, with the controls; fires {@link ActionEvent}. */
class StepScreen extends Section {

    private final Checkbox paced = new Checkbox("Paced: a beep for every rep");
    private final Span elapsed = new Span();

    StepScreen() {
        addClassName("player");
        paced.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                fireEvent(new ActionEvent(this, null));
            }
        });
    }

    /** Shows the state's current step; the state must not be finished. */
    void show(PlayerState state) {
        removeAll();
        PlanStep step = state.step().orElseThrow();
        RoutineEntry entry = state.plan().routine().drills().stream()
                .filter(e -> e.drill().slug().equals(step.drill())).findFirst().orElseThrow();

        add(progress(state));
        var kind = new Paragraph(StepText.heading(state, step));
        kind.addClassName("player-kind");
        var name = new H1(entry.drill().name());
        name.addClassName("player-drill");
        var where = new Paragraph(StepText.where(step, entry.prescription().sideUnit().noun()));
        where.addClassName("player-where");
        var cue = new Paragraph(step.cue());
        cue.addClassName(step.isSet() ? "player-cue" : "player-switch");
        add(kind, name, where, cue);
        if (step.isSet()) {
            entry.drill().content().illustration().ifPresent(illustration -> {
                var image = new Image(MediaLibrary.url(illustration.media()), illustration.alt());
                image.addClassName("player-illustration");
                add(image);
            });
            StepText.keyCue(entry).ifPresent(text -> {
                var tip = new Paragraph(text);
                tip.addClassName("player-tip");
                add(tip);
            });
        }

        if (state.paused()) {
            var banner = new Paragraph("Paused");
            banner.addClassName("player-paused");
            add(banner);
        }
        if (step.isSet()) {
            add(counter(state, step));
            add(paced);
        }
        add(controls(state, step));
        var stop = new Button("Stop and save", click -> act(PlayerAction.STOP));
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.addClassName("player-stop");
        add(stop);
        ClientScripts.tick(elapsed, state.elapsed().toMillis(), state.paused());
        boolean pacing = step.isSet() && paced.getValue() && !state.paused() && state.count() < step.reps().max();
        ClientScripts.pace(this, pacing ? entry.prescription().secondsPerRep() : 0);
        if (step.isSet() && state.count() == 0 && !state.paused()) {
            ClientScripts.countdown(this);
        }
    }

    /** Called by the paced mode's timer in the browser, once per beep. */
    @ClientCallable
    void pacedRep() {
        act(PlayerAction.COUNT);
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    private Div progress(PlayerState state) {
        var bar = new ProgressBar(0, Math.max(1, state.setCount()), state.setsBehind());
        bar.getElement().setAttribute("aria-label", "Routine progress");
        elapsed.addClassName("player-elapsed");
        elapsed.setText(StepText.clock(state.elapsed().toSeconds()));
        elapsed.getElement().setAttribute("aria-label", "Time played");
        var top = new Div(bar, elapsed);
        top.addClassName("player-top");
        return top;
    }

    private Div counter(PlayerState state, PlanStep step) {
        var countdown = new Div();
        countdown.addClassName("player-countdown");
        countdown.getElement().setAttribute("aria-live", "polite");
        var count = new Button(Integer.toString(state.count()), click -> act(PlayerAction.COUNT));
        count.addClassName("player-counter");
        count.setEnabled(!state.paused());
        count.getElement().setAttribute("aria-label",
                "Count a rep: " + state.count() + " of " + StepText.reps(step.reps()));
        var target = new Paragraph("of " + StepText.reps(step.reps()));
        target.addClassName("player-target");
        var box = new Div(countdown, count, target);
        box.addClassName("player-count");
        return box;
    }

    private Div controls(PlayerState state, PlanStep step) {
        var back = new Button("Back", click -> act(PlayerAction.BACK));
        back.setEnabled(state.stepIndex() > 0);
        var pause = state.paused() ? new Button("Resume", click -> act(PlayerAction.RESUME))
                : new Button("Pause", click -> act(PlayerAction.PAUSE));
        var next = new Button(step.isSet() ? "Done" : "Ready", click -> act(PlayerAction.NEXT));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(!state.paused());
        var controls = new Div(back, pause);
        if (step.isSet()) {
            var skip = new Button("Skip", click -> act(PlayerAction.SKIP));
            skip.setEnabled(!state.paused());
            controls.add(skip);
        }
        controls.add(next);
        controls.addClassName("player-controls");
        return controls;
    }

    private void act(PlayerAction action) {
        fireEvent(new ActionEvent(this, action));
    }

    /** A control was used; a null action means only the paced mode was switched. */
    static final class ActionEvent extends ComponentEvent<StepScreen> {

        private final PlayerAction action;

        ActionEvent(StepScreen source, PlayerAction action) {
            super(source, false);
            this.action = action;
        }

        PlayerAction action() {
            return action;
        }
    }
}
