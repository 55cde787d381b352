package run.limber.admin.clubs;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import run.limber.admin.editorial.FieldMessages;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.StaleVersionException;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * The line where a club page says why something was refused. Field problems go beside their fields; what no field
 * claims, and refusals of the whole action, are said here. Nothing the user typed is cleared on a refusal.
 */
class Problems extends Paragraph {

    Problems() {
        addClassName("admin-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(String message) {
        setText(message);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }

    /** Runs one use case; answers whether it went through, showing why not otherwise. */
    boolean attempt(Runnable action, FieldMessages fields) {
        return attempt(action, fields, null);
    }

    /** As {@link #attempt(Runnable, FieldMessages)}, with the page's own answer to an edit someone else overtook. */
    boolean attempt(Runnable action, FieldMessages fields, Runnable whenStale) {
        clear();
        if (fields != null) {
            fields.clear();
        }
        try {
            action.run();
            return true;
        } catch (ValidationException invalid) {
            List<FieldProblem> unclaimed = fields == null ? invalid.problems() : fields.show(invalid.problems());
            show("Not saved: " + (unclaimed.isEmpty() ? "check the marked fields."
                    : String.join(" ", unclaimed.stream().map(FieldProblem::message).toList())));
        } catch (ConflictException | NotPermittedException | TooManyAttemptsException refused) {
            show(refused.getMessage());
        } catch (StaleVersionException stale) {
            if (whenStale != null) {
                whenStale.run();
                return false;
            }
            show("Someone else changed this while you were editing. What you typed is still here: reload the page to"
                    + " see their change.");
        } catch (NoSuchEntryException gone) {
            show("That is no longer there: someone may have just changed it. Reload the page to see the club as it is.");
        }
        return false;
    }

    boolean attempt(Runnable action) {
        return attempt(action, null);
    }
}
