package run.limber.webui.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.assessments.Assessments;
import run.limber.domain.calendar.CalendarFeeds;
import run.limber.domain.clubs.adherence.OwnAdherence;
import run.limber.domain.progress.ProgressService;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.sessions.SessionService;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.PublicLinks;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.clubs.ClubAdherenceSection;

/** The runner's progress: sessions per week against the goal, club assignments week by week, self-tests over time, recent sessions, calendar feed. */
@Route(value = "progress", layout = RunnerLayout.class)
@PageTitle("Your progress · Limber")
@StyleSheet("context://styles/progress.css")
@PermitAll
public class ProgressView extends Div {

    static final int WEEKS_SHOWN = 12;
    static final int RECENT_SESSIONS = 5;

    private final ProgressService progress;
    private final Assessments assessments;
    private final ZoneId zone;
    private final Div weeks = new Div();
    private final Div selfTests = new Div();

    public ProgressView(ProgressService progress, Assessments assessments, AccountService accounts,
                        SessionService sessions, RoutineCatalog routines, CalendarFeeds calendar,
                        PublicLinks links, OwnAdherence clubs) {
        this.progress = progress;
        this.assessments = assessments;
        var account = accounts.current();
        this.zone = ZoneId.of(account.timeZone());
        addClassNames("page", "progress");

        var goal = new GoalForm(account.weeklyGoal());
        goal.addSaveListener(save -> {
            try {
                goal.saved(accounts.changeWeeklyGoal(save.sessionsPerWeek()).weeklyGoal());
                showWeeks();
            } catch (ValidationException invalid) {
                goal.show(invalid);
            }
        });
        var selfTest = new SelfTestForm();
        selfTest.addRecordListener(record -> {
            try {
                assessments.record(record.assessment());
                selfTest.recorded();
                showSelfTests();
            } catch (ValidationException invalid) {
                selfTest.show(invalid);
            }
        });
        var feed = new CalendarSection(calendar.current());
        feed.addSubscribeListener(subscribe -> {
            try {
                var made = calendar.subscribe(subscribe.days(), subscribe.context());
                feed.subscribed(made.plan(), links.to(made.path()));
            } catch (ValidationException invalid) {
                feed.show(invalid);
            }
        });
        feed.addUnsubscribeListener(unsubscribe -> {
            calendar.unsubscribe();
            feed.unsubscribed();
        });

        var names = routines.all().stream().collect(Collectors.toMap(PublishedRoutine::slug, PublishedRoutine::name));
        var recent = sessions.list(Optional.empty(), Optional.empty(), PageRequest.first(RECENT_SESSIONS)).items();
        Component recentList = recent.isEmpty() ? RecentSessions.none() : new RecentSessions(recent, names, zone);

        var intro = new Header(new H1("Your progress"),
                new Paragraph("Sessions per week against your goal, and how your ankles and hips are coming along."));
        intro.addClassName("intro");
        add(intro, section("weeks", "Sessions per week", weeks, goal));
        var assigned = clubs.mine(ClubAdherenceSection.WEEKS);
        if (!assigned.isEmpty()) {
            add(section("clubs", "Your clubs' assignments", new ClubAdherenceSection(assigned, names)));
        }
        add(section("self-test", "Mobility self-test", selfTests, selfTest),
                section("recent", "Recent sessions", recentList),
                section("calendar", "Training calendar", new Paragraph("Put your training days in your calendar, "
                        + "with a link to the right routine in each reminder."), feed));
        showWeeks();
        showSelfTests();
    }

    private void showWeeks() {
        var current = progress.progress(WEEKS_SHOWN);
        var thisWeek = current.thisWeek();
        var summary = new Paragraph("This week: %d of %d. Streak: %d %s meeting your goal.".formatted(
                thisWeek.sessions(), current.goal(), current.streakWeeks(), current.streakWeeks() == 1 ? "week" : "weeks"));
        weeks.removeAll();
        weeks.add(summary, new Svg(WeeklyChart.svg(current.weeks(), current.goal())));
    }

    private void showSelfTests() {
        var history = assessments.history();
        selfTests.removeAll();
        selfTests.add(new SelfTestResults(history, assessments.retestDue(history), zone));
    }

    private static Section section(String id, String title, Component... content) {
        var heading = new H2(title);
        heading.setId("progress-" + id);
        var section = new Section(heading);
        section.add(content);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }
}
