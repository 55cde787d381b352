package run.limber.webui.player;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.RoundedMinutes;

/** Before starting: what the routine holds and when the runner is doing it; fires {@link StartEvent}. */
class ContextPicker extends Section {

    private final RadioButtonGroup<SessionContext> context = new RadioButtonGroup<>("When are you doing this?");

    ContextPicker(RoutinePlan plan, SessionContext suggested) {
        addClassName("player-start");
        context.setItems(SessionContext.values());
        context.setItemLabelGenerator(moment -> moment.timing().label());
        context.setValue(suggested);
        context.setRequiredIndicatorVisible(true);

        var start = new Button("Start", click -> fireEvent(new StartEvent(this)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("player-start__go");
        context.addValueChangeListener(change -> start.setEnabled(change.getValue() != null));
        start.setEnabled(suggested != null);

        add(new H1(plan.routine().name()),
                new Paragraph(plan.sets().size() + " sets, " + RoundedMinutes.of(plan.estimatedSeconds()).about()
                        + ". One set at a time: tap or press space to count reps, and to go on."),
                context, start, MedicalNotice.create());
    }

    Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }

    /** The runner chose a context and starts. */
    static final class StartEvent extends ComponentEvent<ContextPicker> {

        StartEvent(ContextPicker source) {
            super(source, false);
        }

        SessionContext context() {
            return getSource().context.getValue();
        }
    }
}
