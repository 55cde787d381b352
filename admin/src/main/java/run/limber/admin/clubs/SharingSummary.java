package run.limber.admin.clubs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import run.limber.domain.clubs.SharedWithCoaches;
import run.limber.domain.clubs.shares.SharedMember;

/**
 * What a member shares with the club, one line per choice, each saying "shared" or "not shared", so a coach reads a
 * missing note as not shared rather than not written. The decisions are {@link SharedWithCoaches}' alone.
 */
class SharingSummary extends Div {

    SharingSummary() {
        addClassName("coach-sharing");
    }

    void show(SharedMember member) {
        removeAll();
        var shared = member.sharing();
        var choices = new LinkedHashMap<String, Boolean>();
        choices.put("Notes", shared.notesVisible());
        choices.put("Ease ratings", shared.easeVisible());
        choices.put("Pain flags", shared.painVisible());
        choices.put("Self-tests", shared.selfTestsVisible());
        choices.put("Email", shared.emailVisible());
        var list = new UnorderedList();
        choices.forEach((kind, visible) -> {
            var item = new ListItem(kind + ": " + (visible ? "shared" : "not shared"));
            item.addClassName(visible ? "coach-shared" : "coach-not-shared");
            list.add(item);
        });
        var always = new Paragraph("Always shared by joining: sessions per week of each assigned routine, the streak"
                + " and the date of the last session.");
        always.addClassName("coach-muted");
        add(always, list);
    }
}
