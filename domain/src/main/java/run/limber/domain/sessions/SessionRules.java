package run.limber.domain.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.drills.Side;
import run.limber.domain.plan.PlanStep;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.shared.ValidationException.FieldProblem;

/** What a logged session must satisfy; every problem is reported with the field it is about. */
public final class SessionRules {

    /** Longer than any routine plus every pause a runner might take. */
    static final int MAX_DURATION_SECONDS = 6 * 60 * 60;
    public static final int MAX_NOTE_LENGTH = 2000;
    /** A phone's clock may run a little ahead of the server's. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private SessionRules() {
    }

    /**
     * @param plan the plan of the session's routine, or empty when no such routine is published
     */
    static List<FieldProblem> check(NewSession session, Optional<RoutinePlan> plan, Instant now) {
        var problems = new ArrayList<FieldProblem>();
        if (session.routine() == null || session.routine().isBlank()) {
            problems.add(new FieldProblem("routine", "Name the routine (its slug)."));
        } else if (plan.isEmpty()) {
            problems.add(new FieldProblem("routine", "No published routine '" + session.routine() + "'."));
        }
        if (session.context() == null) {
            problems.add(new FieldProblem("context", "Say when it was: BEFORE_RUN, AFTER_RUN or REST_DAY."));
        }
        if (session.startedAt() == null) {
            problems.add(new FieldProblem("startedAt", "Give the start time."));
        } else if (session.startedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add(new FieldProblem("startedAt", "A session cannot start in the future."));
        }
        if (session.durationSeconds() == null) {
            problems.add(new FieldProblem("durationSeconds", "Give the duration in seconds."));
        } else if (session.durationSeconds() < 0 || session.durationSeconds() > MAX_DURATION_SECONDS) {
            problems.add(new FieldProblem("durationSeconds", "Must be between 0 and " + MAX_DURATION_SECONDS + "."));
        }
        if (session.note() != null && session.note().length() > MAX_NOTE_LENGTH) {
            problems.add(new FieldProblem("note", "At most " + MAX_NOTE_LENGTH + " characters."));
        }
        plan.ifPresent(p -> {
            checkSets(session.completedSets(), p, problems);
            checkRatings(session.ratings(), p, problems);
        });
        return problems;
    }

    private static void checkSets(List<CompletedSet> sets, RoutinePlan plan, List<FieldProblem> problems) {
        Set<CompletedSet> inPlan = new HashSet<>(plan.sets().stream().map(SessionRules::asCompleted).toList());
        Set<CompletedSet> seen = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            var set = sets.get(i);
            if (!inPlan.contains(set)) {
                problems.add(new FieldProblem("completedSets[" + i + "]", "This set is not part of the routine."));
            } else if (!seen.add(set)) {
                problems.add(new FieldProblem("completedSets[" + i + "]", "This set is listed twice."));
            }
        }
    }

    private static void checkRatings(List<EaseRating> ratings, RoutinePlan plan, List<FieldProblem> problems) {
        var seen = new HashSet<String>();
        for (int i = 0; i < ratings.size(); i++) {
            var rating = ratings.get(i);
            String field = "ratings[" + i + "]";
            var entry = plan.routine().drills().stream()
                    .filter(e -> e.drill().slug().equals(rating.drill())).findFirst();
            if (entry.isEmpty()) {
                problems.add(new FieldProblem(field + ".drill", "This drill is not part of the routine."));
            } else if (rating.side() != null && !entry.get().prescription().sides().contains(rating.side())) {
                problems.add(new FieldProblem(field + ".side", "This drill has no " + label(rating.side()) + " side."));
            } else if (!seen.add(rating.drill() + "/" + rating.side())) {
                problems.add(new FieldProblem(field, "This drill and side are rated twice."));
            }
            if (rating.ease() == null || rating.ease() < EaseRating.HARDEST || rating.ease() > EaseRating.EASIEST) {
                problems.add(new FieldProblem(field + ".ease",
                        "Must be between " + EaseRating.HARDEST + " and " + EaseRating.EASIEST + "."));
            }
        }
    }

    static CompletedSet asCompleted(PlanStep set) {
        return new CompletedSet(set.drill(), set.side(), set.angle(), set.direction());
    }

    private static String label(Side side) {
        return side.name().toLowerCase();
    }
}
