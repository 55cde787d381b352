package run.limber.webui.clubs;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import run.limber.domain.clubs.ClubMembership;
import run.limber.domain.clubs.ClubRole;
import run.limber.webui.base.Links;

/**
 * The clubs part of the account page: each club with the runner's role, what they share with its coaches, and
 * leaving it; the coach pages for those who coach, and starting a club of one's own.
 */
@StyleSheet("context://styles/clubs.css")
public class MyClubsSection extends Div {

    public MyClubsSection(ClubMembership membership) {
        addClassName("my-clubs");
        var clubs = membership.mine();
        if (clubs.isEmpty()) {
            add(new Paragraph("You are in no club yet. A club's coach can give you a link to join."));
        }
        clubs.forEach(club -> add(new MembershipCard(club, membership)));
        if (clubs.stream().anyMatch(club -> club.role().atLeast(ClubRole.COACH))) {
            add(new Paragraph(Links.to("coach", "Coach pages: your clubs' members, groups and assignments")));
        }
        add(new Paragraph(Links.to("coach", "Create a club")));
    }
}
