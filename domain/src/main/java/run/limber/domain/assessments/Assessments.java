package run.limber.domain.assessments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/** A runner's mobility self-tests: recording one, and reading their own, never anyone else's. */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class Assessments {

    /** Range changes slowly; a month between tests shows it without turning the test into a chore. */
    public static final Duration RETEST_AFTER = Duration.ofDays(28);
    public static final BigDecimal MAX_KNEE_TO_WALL_CM = new BigDecimal("30");
    /** Distances are kept to a millimetre; a few more typed decimals are rounded, a long tail is refused. */
    public static final int MAX_DECIMALS = 3;
    public static final int MAX_DEGREES = 90;
    public static final int MAX_NOTE = 500;
    /** Phones' clocks drift; a test "a little in the future" is a test done now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final AssessmentRepository assessments;
    private final AccountService accounts;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, AccountService accounts, Clock clock) {
        this.assessments = assessments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Assessment record(NewAssessment input) {
        var now = clock.instant();
        var problems = new ArrayList<FieldProblem>();
        Instant takenAt = input.takenAt() == null ? now : input.takenAt();
        if (takenAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("takenAt", "A test cannot be in the future."));
        }
        BigDecimal left = centimetres("kneeToWall.leftCm", input.kneeToWallLeftCm(), problems);
        BigDecimal right = centimetres("kneeToWall.rightCm", input.kneeToWallRightCm(), problems);
        HipRotation hip = hipRotation(input.hipRotation(), problems);
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "Keep the note to " + MAX_NOTE + " characters."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var assessment = new MobilityAssessment(accounts.current().id(), takenAt, new KneeToWall(left, right), hip, note,
                now);
        assessments.persist(assessment);
        return assessment.view();
    }

    /** The caller's tests, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Assessment> list(PageRequest page) {
        long accountId = accounts.current().id();
        var items = assessments.page(accountId, page).stream().map(MobilityAssessment::view).toList();
        return new Page<>(items, page.page(), page.size(), assessments.countOf(accountId));
    }

    /** All the caller's tests, oldest first, as charts read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> history() {
        return assessments.allOf(accounts.current().id()).stream().map(MobilityAssessment::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment get(UUID id) {
        return assessments.findOwn(id, accounts.current().id()).map(MobilityAssessment::view)
                .orElseThrow(() -> new NoSuchEntryException("self-test", String.valueOf(id)));
    }

    /** Whether it is time to test again: never tested, or the latest test is four weeks old. */
    public boolean retestDue(List<Assessment> history) {
        return history.isEmpty() || !history.getLast().takenAt().plus(RETEST_AFTER).isAfter(clock.instant());
    }

    private static BigDecimal centimetres(String field, BigDecimal value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "Enter the distance in centimetres."));
            return null;
        }
        // Digits are counted before anything is compared or rounded: rounding 1e-10000000 to one decimal takes seconds.
        if (value.precision() - value.scale() > MAX_KNEE_TO_WALL_CM.precision()
                || value.signum() < 0 || value.compareTo(MAX_KNEE_TO_WALL_CM) > 0) {
            problems.add(new FieldProblem(field, "Enter a distance between 0 and " + MAX_KNEE_TO_WALL_CM + " cm."));
            return null;
        }
        if (value.scale() > MAX_DECIMALS) {
            problems.add(new FieldProblem(field, "Enter the distance with at most " + MAX_DECIMALS + " decimals."));
            return null;
        }
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private static HipRotation hipRotation(NewAssessment.HipRotationInput input, List<FieldProblem> problems) {
        if (input == null) {
            return null;
        }
        Integer[] values = {input.internalLeft(), input.internalRight(), input.externalLeft(), input.externalRight()};
        String[] fields = {"internalLeft", "internalRight", "externalLeft", "externalRight"};
        boolean any = false;
        for (Integer value : values) {
            any |= value != null;
        }
        if (!any) {
            return null;
        }
        int before = problems.size();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i] < 0 || values[i] > MAX_DEGREES) {
                problems.add(new FieldProblem("hipRotation." + fields[i], values[i] == null
                        ? "Enter all four angles, or none to skip the hip check."
                        : "Enter an angle between 0 and " + MAX_DEGREES + " degrees."));
            }
        }
        return problems.size() > before ? null
                : new HipRotation(values[0], values[1], values[2], values[3]);
    }
}
