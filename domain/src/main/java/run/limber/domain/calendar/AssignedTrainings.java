package run.limber.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/** The training a runner's clubs assigned them, for their feed; implemented where club assignments live. */
public interface AssignedTrainings {

    /** The account's assignments that have not ended before {@code from}. */
    List<AssignedTraining> of(long accountId, LocalDate from);
}
