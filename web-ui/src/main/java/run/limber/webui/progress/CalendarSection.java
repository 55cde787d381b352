package run.limber.webui.progress;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.calendar.CalendarPlan;
import run.limber.domain.content.Timing;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.FieldProblems;

/**
 * Picks training days and the moment, and shows the calendar address once it is made. Fires {@link SubscribeEvent}
 * and {@link UnsubscribeEvent}.
 */
class CalendarSection extends Div {

    private final FieldProblems problems = new FieldProblems();
    private final CheckboxGroup<DayOfWeek> days = problems.add("days", new CheckboxGroup<>("Training days"));
    private final RadioButtonGroup<Timing> context = problems.add("context", new RadioButtonGroup<>("When"));
    private final TextField address = new TextField("Your calendar address");
    private final Button copy = new Button("Copy address");
    private final Button stop = new Button("Turn the feed off", click -> fireEvent(new UnsubscribeEvent(this)));
    private final Paragraph status = new Paragraph();

    CalendarSection(Optional<CalendarPlan> current) {
        addClassNames("form", "calendar-section");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        context.setItems(Timing.values());
        context.setItemLabelGenerator(Timing::label);
        context.setValue(Timing.BEFORE_RUN);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText("Add it to Google, Apple or Outlook calendar as a subscription (\"from URL\"). "
                + "Keep it private: anyone with it can read your training days.");
        copy.addClickListener(click -> click.getSource().getElement()
                .executeJs("navigator.clipboard.writeText($0)", address.getValue()));
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        status.getElement().setAttribute("role", "status");
        var make = new Button("Make a calendar address", click -> fireEvent(new SubscribeEvent(this)));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(days, context, make, address, copy, stop, status);
        current.ifPresentOrElse(this::showPlan, this::showOff);
    }

    void subscribed(CalendarPlan plan, String url) {
        problems.clear();
        showPlan(plan);
        address.setValue(url);
        address.setVisible(true);
        copy.setVisible(true);
        status.setText("Done. Any address you made before has stopped working.");
    }

    void unsubscribed() {
        showOff();
        status.setText("The feed is off; its address no longer works.");
    }

    void show(ValidationException invalid) {
        problems.show(invalid);
    }

    private void showPlan(CalendarPlan plan) {
        days.setValue(plan.days());
        context.setValue(plan.context());
        address.setVisible(false);
        copy.setVisible(false);
        stop.setVisible(true);
        status.setText("Your feed is on. Limber keeps only a fingerprint of its address; make a new one to see it again.");
    }

    private void showOff() {
        address.clear();
        address.setVisible(false);
        copy.setVisible(false);
        stop.setVisible(false);
    }

    Registration addSubscribeListener(ComponentEventListener<SubscribeEvent> listener) {
        return addListener(SubscribeEvent.class, listener);
    }

    Registration addUnsubscribeListener(ComponentEventListener<UnsubscribeEvent> listener) {
        return addListener(UnsubscribeEvent.class, listener);
    }

    /** The runner asked for a new address for the chosen days and moment. */
    static final class SubscribeEvent extends ComponentEvent<CalendarSection> {

        SubscribeEvent(CalendarSection section) {
            super(section, false);
        }

        Set<DayOfWeek> days() {
            return getSource().days.getValue();
        }

        Timing context() {
            return getSource().context.getValue();
        }
    }

    /** The runner asked to revoke their address. */
    static final class UnsubscribeEvent extends ComponentEvent<CalendarSection> {

        UnsubscribeEvent(CalendarSection section) {
            super(section, false);
        }
    }
}
