package run.limber.domain.clubs.assignments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import run.limber.domain.shared.Slug;
import run.limber.domain.shared.ValidationException.FieldProblem;

/** What an assignment must satisfy; every problem is reported with the field it is about. */
final class AssignmentRules {

    static final int MAX_WEEKLY_TARGET = 14;
    /** Dates further than this from today are typing mistakes, not plans. */
    static final int MAX_YEARS_AWAY = 5;

    private AssignmentRules() {
    }

    /** The problems of a new assignment, apart from whether its routine, group or member exist. */
    static List<FieldProblem> check(NewAssignment assignment, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        if (assignment.routine() == null || assignment.routine().isBlank()) {
            problems.add(new FieldProblem("routine", "Name the routine (its slug)."));
        } else if (!Slug.isValid(assignment.routine())) {
            problems.add(new FieldProblem("routine", "No published routine has this slug."));
        }
        if ((assignment.groupId() == null) == (assignment.memberId() == null)) {
            problems.add(new FieldProblem("groupId", "Assign it either to a group (groupId) or to one member (memberId)."));
        }
        problems.addAll(check(assignment.schedule(), today));
        return problems;
    }

    /** The problems of the days, timing, dates and target of an assignment. */
    static List<FieldProblem> check(Schedule schedule, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        if (schedule.days() == null || schedule.days().isEmpty() || schedule.days().contains(null)) {
            problems.add(new FieldProblem("days", "Choose one to seven training days (MONDAY to SUNDAY)."));
        } else if (new HashSet<>(schedule.days()).size() != schedule.days().size()) {
            problems.add(new FieldProblem("days", "Name each training day once."));
        }
        if (schedule.context() == null) {
            problems.add(new FieldProblem("context", "Say when: BEFORE_RUN, AFTER_RUN or REST_DAY."));
        }
        if (schedule.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "Give the first day (2026-11-23)."));
        } else if (farFrom(schedule.startsOn(), today)) {
            problems.add(new FieldProblem("startsOn", "Must be within " + MAX_YEARS_AWAY + " years of today."));
        }
        if (schedule.endsOn() != null && schedule.startsOn() != null && schedule.endsOn().isBefore(schedule.startsOn())) {
            problems.add(new FieldProblem("endsOn", "Must be on or after startsOn."));
        } else if (schedule.endsOn() != null && farFrom(schedule.endsOn(), today)) {
            problems.add(new FieldProblem("endsOn", "Must be within " + MAX_YEARS_AWAY + " years of today."));
        }
        var target = schedule.weeklyTarget();
        if (target != null && (target < 1 || target > MAX_WEEKLY_TARGET)) {
            problems.add(new FieldProblem("weeklyTarget", "Must be 1 to " + MAX_WEEKLY_TARGET + " sessions a week."));
        }
        return problems;
    }

    /** The problems of the day an assignment is to end on. */
    static List<FieldProblem> checkEnd(LocalDate on, LocalDate startsOn, LocalDate today) {
        if (on.isBefore(startsOn)) {
            return List.of(new FieldProblem("on", "Must be on or after the day it starts, " + startsOn + "."));
        }
        return farFrom(on, today) ? List.of(new FieldProblem("on", "Must be within " + MAX_YEARS_AWAY
                + " years of today.")) : List.of();
    }

    private static boolean farFrom(LocalDate date, LocalDate today) {
        return date.isBefore(today.minusYears(MAX_YEARS_AWAY)) || date.isAfter(today.plusYears(MAX_YEARS_AWAY));
    }
}
