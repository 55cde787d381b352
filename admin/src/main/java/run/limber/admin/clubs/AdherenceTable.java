package run.limber.admin.clubs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import run.limber.domain.clubs.adherence.AdherenceWeek;
import run.limber.domain.clubs.adherence.Dashboard;
import run.limber.domain.clubs.adherence.MemberAdherence;
import run.limber.domain.clubs.adherence.WeekSummary;

/**
 * Members × weeks, newest week first. A week with a target shows its status as a glyph and a word for screen readers,
 * sessions against target, and a colour; a week without one (rest, or nothing assigned) stays blank and uncoloured.
 * The last row, when given, is the share of targeted members who met their week. It scrolls inside its own region on
 * a phone. A member's name links to their page when the table knows the club.
 */
class AdherenceTable extends Div {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    AdherenceTable() {
        addClassName("coach-table");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Adherence by member and week");
        getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
    }

    /**
     * @param summary  the share of members who met each week, shown as the last row; none for no such row
     * @param linkClub the club whose member pages the names link to, or null for plain names
     */
    void show(Dashboard dashboard, List<WeekSummary> summary, ZoneId zone, Long linkClub) {
        removeAll();
        var table = new NativeTable();
        table.setCaptionText("Sessions of the assigned routines against each week's target. Rest days never count"
                + " against anyone; a blank week asked for nothing.");
        var head = table.getHead().addRow();
        header(head, "Member");
        header(head, "Streak (weeks)");
        header(head, "Last session");
        dashboard.weeks().forEach(monday -> {
            var cell = header(head, WEEK.format(monday));
            cell.getElement().setAttribute("title", "Week of " + DAY.format(monday));
        });
        var body = table.getBody();
        dashboard.members().items().forEach(member -> row(body.addRow(), member, zone, linkClub));
        if (dashboard.members().items().isEmpty()) {
            var cell = body.addRow().addDataCell();
            cell.setColspan(3 + dashboard.weeks().size());
            cell.setText("No members match.");
        }
        if (!summary.isEmpty()) {
            var share = table.getFoot().addRow();
            var label = share.addHeaderCell();
            label.setText("Met their week");
            label.getElement().setAttribute("scope", "row");
            share.addDataCell().setColspan(2);
            summary.forEach(week -> share.add(share(week)));
        }
        add(table);
    }

    private static void row(NativeTableRow row, MemberAdherence member, ZoneId zone, Long linkClub) {
        var name = row.addHeaderCell();
        name.getElement().setAttribute("scope", "row");
        if (linkClub == null) {
            name.setText(member.displayName());
        } else {
            name.add(MemberLinks.to(linkClub, member.accountId(), member.displayName()));
        }
        name.getElement().setAttribute("title", member.displayName()); // a long name is cut short on screen
        row.addDataCell().setText(Integer.toString(member.streakWeeks()));
        row.addDataCell().setText(member.lastSessionAt() == null ? "—"
                : DAY.format(LocalDate.ofInstant(member.lastSessionAt(), zone)));
        member.weeks().forEach(week -> row.add(week(week)));
    }

    private static NativeTableCell week(AdherenceWeek week) {
        var cell = new NativeTableCell();
        if (week.status() == null) {
            return cell;
        }
        String word = switch (week.status()) {
            case MET -> "Met";
            case PARTLY -> "Partly";
            case MISSED -> "Missed";
            case IN_PROGRESS -> "In progress";
        };
        var glyph = new Span(switch (week.status()) {
            case MET -> "✓";
            case PARTLY -> "◐";
            case MISSED -> "✗";
            case IN_PROGRESS -> "…";
        });
        glyph.getElement().setAttribute("aria-hidden", "true");
        var words = new Span(word + ", ");
        words.addClassName("coach-sr");
        cell.add(glyph, words, new Span(week.sessions() + "/" + week.target()));
        cell.addClassNames("coach-week", "coach-week--" + week.status().name().toLowerCase(Locale.ROOT));
        cell.getElement().setAttribute("title", word + ": " + week.sessions() + " of " + week.target() + " sessions");
        return cell;
    }

    /** The percentage only, so the row is no wider than the weeks; the counts are in words for screen readers. */
    private static NativeTableCell share(WeekSummary week) {
        var cell = new NativeTableCell();
        if (week.share() != null) {
            String counts = week.metMembers() + " of " + week.targetedMembers() + " members";
            var words = new Span(" (" + counts + ")");
            words.addClassName("coach-sr");
            cell.add(new Span(Math.round(week.share() * 100) + "%"), words);
            cell.getElement().setAttribute("title", counts);
        }
        return cell;
    }

    private static com.vaadin.flow.component.html.NativeTableHeaderCell header(NativeTableRow row, String text) {
        var cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
