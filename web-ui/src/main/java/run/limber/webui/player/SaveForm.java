package run.limber.webui.player;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import run.limber.domain.drills.Side;
import run.limber.domain.player.Feedback;
import run.limber.domain.player.PlayerState;
import run.limber.domain.sessions.EaseRating;
import run.limber.domain.sessions.SessionRules;

/** The end of a play: how it felt, per drill and side, a pain flag and a note; fires {@link SaveEvent}. */
class SaveForm extends Section {

    private final Map<EaseRating, Select<Integer>> ratings = new LinkedHashMap<>();
    private final Checkbox pain = new Checkbox("Something hurt");
    private final Paragraph painAdvice = new Paragraph("Leave out the drill that hurt next time. If the pain is still"
            + " there in a few days, or it is sharp, see a physiotherapist or doctor before you do it again.");
    private final TextArea note = new TextArea("Note (optional)");
    private final Paragraph error = new Paragraph();
    private final Button save = new Button("Save session", click -> fireEvent(new SaveEvent(this)));

    SaveForm(PlayerState state) {
        addClassNames("player-save");
        long done = state.completed().size();
        add(new H1(state.finished() ? "Routine done" : "Stopped early"),
                new Paragraph(done + " of " + state.setCount() + " sets done in "
                        + StepText.clock(state.elapsed().toSeconds()) + ". Everything below is optional."));

        var scale = new H2("How easy did it feel? 1 is very hard, 5 very easy");
        var grid = new Div();
        grid.addClassName("player-ratings");
        for (var entry : state.plan().routine().drills()) {
            var sides = entry.prescription().sides().isEmpty() || entry.prescription().alternateSides()
                    ? Collections.<Side>singletonList(null) : entry.prescription().sides();
            for (Side side : sides) {
                String noun = entry.prescription().sideUnit().noun();
                var select = new Select<Integer>();
                select.setLabel(entry.drill().name() + (side == null ? "" : ", " + side.name().toLowerCase() + " " + noun));
                select.setItems(1, 2, 3, 4, 5);
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption("Not rated");
                ratings.put(new EaseRating(entry.drill().slug(), side, null), select);
                grid.add(select);
            }
        }
        painAdvice.addClassName("player-pain-advice");
        painAdvice.setVisible(false);
        painAdvice.getElement().setAttribute("role", "alert");
        pain.addValueChangeListener(change -> painAdvice.setVisible(change.getValue()));
        note.setMaxLength(SessionRules.MAX_NOTE_LENGTH);
        note.setWidthFull();
        error.addClassName("form__error");
        error.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setDisableOnClick(true);
        var discard = new Button("Discard", click -> fireEvent(new DiscardEvent(this)));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(save);
        if (!state.finished()) {
            buttons.add(new Button("Keep going", click -> fireEvent(new KeepGoingEvent(this))));
        }
        buttons.add(discard);
        buttons.addClassName("player-controls");
        add(scale, grid, pain, painAdvice, note, error, buttons, MedicalNotice.create());
    }

    /** Saving failed: the message shows above the buttons and nothing typed is lost. */
    void showProblem(String message) {
        error.setText(message);
        error.setVisible(true);
        save.setEnabled(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDiscardListener(ComponentEventListener<DiscardEvent> listener) {
        return addListener(DiscardEvent.class, listener);
    }

    /** The runner saves the session with this feedback. */
    static final class SaveEvent extends ComponentEvent<SaveForm> {

        SaveEvent(SaveForm source) {
            super(source, false);
        }

        Feedback feedback() {
            var form = getSource();
            var given = new ArrayList<EaseRating>();
            form.ratings.forEach((key, select) -> {
                if (select.getValue() != null) {
                    given.add(new EaseRating(key.drill(), key.side(), select.getValue()));
                }
            });
            return new Feedback(given, form.pain.getValue(), form.note.getValue());
        }
    }

    Registration addKeepGoingListener(ComponentEventListener<KeepGoingEvent> listener) {
        return addListener(KeepGoingEvent.class, listener);
    }

    /** The runner stopped early, then changed their mind. */
    static final class KeepGoingEvent extends ComponentEvent<SaveForm> {

        KeepGoingEvent(SaveForm source) {
            super(source, false);
        }
    }

    /** The runner throws the play away without logging it. */
    static final class DiscardEvent extends ComponentEvent<SaveForm> {

        DiscardEvent(SaveForm source) {
            super(source, false);
        }
    }
}
