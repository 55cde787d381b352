package run.limber.admin.editorial;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.WorkingCopy;

/**
 * The workflow steps an editor may take on an item, each button shown only when the item's state and
 * the signed-in editor allow it (the service checks again). Fires {@link StepEvent}.
 */
class WorkflowBar extends Div {

    /** A workflow step, as the buttons offer them. */
    enum Step {
        SAVE, SUBMIT, PUBLISH, REQUEST_CHANGES, UNPUBLISH, ARCHIVE, HISTORY
    }

    private final Button save = button("Save draft", Step.SAVE);
    private final Button submit = button("Submit for review", Step.SUBMIT);
    private final DateTimePicker publishAt = new DateTimePicker("Publish at (UTC; empty for now)");
    private final Button publish = new Button("Publish", click -> fireEvent(new StepEvent(this, Step.PUBLISH,
            null, Optional.ofNullable(publishAt.getValue()).map(at -> at.toInstant(ZoneOffset.UTC)))));
    private final Button requestChanges = new Button("Request changes…", click -> askForComment());
    private final Button unpublish = button("Unpublish", Step.UNPUBLISH);
    private final Button archive = button("Archive", Step.ARCHIVE);
    private final Button history = button("History", Step.HISTORY);
    private final Div publishing = new Div(publishAt, publish);

    public WorkflowBar() {
        addClassName("admin-workflow");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        publishing.addClassName("admin-workflow__publish");
        add(save, submit, publishing, requestChanges, unpublish, archive, history);
    }

    /**
     * Shows the steps open to this editor on this item; {@code item} is null for a new one.
     *
     * @param mayApprove     the domain lets the signed-in editor approve the open revision
     * @param reviewRequired a second editor must approve every change
     */
    public void show(WorkingCopy<?> item, boolean mayApprove, boolean reviewRequired) {
        ItemStatus status = item == null ? null : item.status();
        boolean open = status == ItemStatus.DRAFT || status == ItemStatus.IN_REVIEW || status == ItemStatus.SCHEDULED;
        boolean approvable = status == ItemStatus.IN_REVIEW || status == ItemStatus.SCHEDULED;
        save.setText(item == null ? "Create draft" : "Save draft");
        save.setVisible(status != ItemStatus.ARCHIVED);
        submit.setVisible(status == ItemStatus.DRAFT);
        publishing.setVisible(reviewRequired ? approvable && mayApprove : open);
        publish.setText(approvable && reviewRequired ? "Approve and publish" : "Publish");
        publishAt.clear();
        requestChanges.setVisible(approvable && mayApprove);
        unpublish.setVisible(item != null && item.publishedRevision() != null);
        archive.setVisible(item != null && status != ItemStatus.ARCHIVED);
        history.setVisible(item != null);
    }

    private Button button(String text, Step step) {
        return new Button(text, click -> fireEvent(new StepEvent(this, step, null, Optional.empty())));
    }

    private void askForComment() {
        new ChangeRequestDialog("this revision",
                comment -> fireEvent(new StepEvent(this, Step.REQUEST_CHANGES, comment, Optional.empty()))).open();
    }

    public Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    /** The editor chose a step; a comment comes with a change request, a time with a scheduled publish. */
    static final class StepEvent extends ComponentEvent<WorkflowBar> {

        private final Step step;
        private final String comment;
        private final Optional<Instant> at;

        StepEvent(WorkflowBar source, Step step, String comment, Optional<Instant> at) {
            super(source, false);
            this.step = step;
            this.comment = comment;
            this.at = at;
        }

        public Step step() {
            return step;
        }

        public String comment() {
            return comment;
        }

        public Optional<Instant> at() {
            return at;
        }
    }
}
