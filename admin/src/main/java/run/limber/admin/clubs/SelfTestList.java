package run.limber.admin.clubs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import run.limber.domain.assessments.Assessment;
import run.limber.domain.clubs.shares.SharedSelfTests;

/** A member's latest self-tests when they share them; otherwise one line that says they do not. */
class SelfTestList extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    SelfTestList() {
        addClassName("coach-self-tests");
    }

    void show(SharedSelfTests tests, ZoneId zone) {
        removeAll();
        if (!tests.shared()) {
            add(new Paragraph("Self-tests: not shared."));
            return;
        }
        if (tests.tests().items().isEmpty()) {
            add(new Paragraph("No self-tests yet."));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("coach-clubs");
        tests.tests().items().forEach(test -> list.add(item(test, zone)));
        add(list);
    }

    private static ListItem item(Assessment test, ZoneId zone) {
        var knee = test.kneeToWall();
        var item = new ListItem(new Span(DAY.format(test.takenAt().atZone(zone))),
                new Span("Knee to wall: left " + knee.leftCm() + " cm, right " + knee.rightCm() + " cm"
                        + (knee.sidesDiffer() ? " (sides " + knee.differenceCm() + " cm apart)" : "")));
        item.addClassName("coach-session");
        var hip = test.hipRotation();
        if (hip != null) {
            item.add(new Span("Hip rotation: internal left " + hip.internalLeft() + "°, right " + hip.internalRight()
                    + "°; external left " + hip.externalLeft() + "°, right " + hip.externalRight() + "°"));
        }
        if (test.note() != null) {
            item.add(new Span("Note: " + test.note()));
        }
        return item;
    }
}
