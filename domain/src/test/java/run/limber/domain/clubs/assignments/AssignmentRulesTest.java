package run.limber.domain.clubs.assignments;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.ValidationException.FieldProblem;

class AssignmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void theWeeklyTargetIsOneSessionPerTrainingDayUnlessGiven() {
        assertEquals(3, schedule(List.of(MONDAY, WEDNESDAY, FRIDAY), null).target());
        assertEquals(2, schedule(List.of(MONDAY, WEDNESDAY, FRIDAY), 2).target());
    }

    @Test
    void aValidAssignmentHasNoProblems() {
        assertEquals(List.of(), AssignmentRules.check(assignment(7L, null, schedule(List.of(FRIDAY, MONDAY), 14)), TODAY));
    }

    @Test
    void itIsForAGroupOrAMemberNeverBothOrNeither() {
        var schedule = schedule(List.of(MONDAY), null);
        assertEquals(List.of("groupId"), fields(AssignmentRules.check(assignment(1L, 2L, schedule), TODAY)));
        assertEquals(List.of("groupId"), fields(AssignmentRules.check(assignment(null, null, schedule), TODAY)));
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        var schedule = new Schedule(List.of(MONDAY, MONDAY), null, TODAY, TODAY.minusDays(1), 15);
        var problems = AssignmentRules.check(new NewAssignment(" ", 1L, null, schedule.days(), null, TODAY,
                TODAY.minusDays(1), 15), TODAY);
        assertEquals(List.of("routine", "days", "context", "endsOn", "weeklyTarget"), fields(problems));
        assertEquals(List.of("days", "context", "endsOn", "weeklyTarget"),
                fields(AssignmentRules.check(schedule, TODAY)));
    }

    @Test
    void daysTargetsAndDatesAreBounded() {
        assertEquals(List.of("days"), fields(AssignmentRules.check(schedule(List.of(), null), TODAY)));
        assertEquals(List.of("weeklyTarget"), fields(AssignmentRules.check(schedule(List.of(MONDAY), 0), TODAY)));
        var farAway = new Schedule(List.of(MONDAY), SessionContext.REST_DAY, TODAY.plusYears(6), null, null);
        assertEquals(List.of("startsOn"), fields(AssignmentRules.check(farAway, TODAY)));
        var noStart = new Schedule(List.of(MONDAY), SessionContext.REST_DAY, null, null, null);
        assertEquals(List.of("startsOn"), fields(AssignmentRules.check(noStart, TODAY)));
    }

    @Test
    void theRoutineIsASlugAndTheEndIsBetweenTheStartAndFiveYearsFromToday() {
        var schedule = schedule(List.of(MONDAY), null);
        var longName = new NewAssignment("x".repeat(81), 1L, null, schedule.days(), schedule.context(), TODAY, null, null);
        assertEquals(List.of("routine"), fields(AssignmentRules.check(longName, TODAY)));
        assertEquals(List.of("on"), fields(AssignmentRules.checkEnd(TODAY.minusDays(1), TODAY, TODAY)));
        assertEquals(List.of("on"), fields(AssignmentRules.checkEnd(TODAY.plusYears(6), TODAY, TODAY)));
        assertEquals(List.of(), fields(AssignmentRules.checkEnd(TODAY, TODAY, TODAY)));
    }

    @Test
    void anAssignmentEndsOnceItsLastDayIsOver() {
        assertEquals(AssignmentStatus.ACTIVE, AssignmentStatus.of(null, TODAY));
        assertEquals(AssignmentStatus.ACTIVE, AssignmentStatus.of(TODAY, TODAY));
        assertEquals(AssignmentStatus.ENDED, AssignmentStatus.of(TODAY.minusDays(1), TODAY));
    }

    private static Schedule schedule(List<DayOfWeek> days, Integer target) {
        return new Schedule(days, SessionContext.BEFORE_RUN, TODAY, TODAY.plusWeeks(8), target);
    }

    private static NewAssignment assignment(Long groupId, Long memberId, Schedule schedule) {
        return new NewAssignment("ten-minute-mobility", groupId, memberId, schedule.days(), schedule.context(),
                schedule.startsOn(), schedule.endsOn(), schedule.weeklyTarget());
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
