package run.limber.api.assignments;

import java.time.LocalDate;
import java.util.List;
import run.limber.domain.clubs.assignments.MyWeek;

/** My assignments this ISO week (keyed by its Monday) and those asking for a session today ({@code date}). */
public record MyWeekBody(LocalDate week, LocalDate date, List<MyAssignmentBody> today, List<MyAssignmentBody> thisWeek) {

    static MyWeekBody of(MyWeek week) {
        return new MyWeekBody(week.week(), week.date(), week.today().stream().map(MyAssignmentBody::of).toList(),
                week.thisWeek().stream().map(MyAssignmentBody::of).toList());
    }
}
