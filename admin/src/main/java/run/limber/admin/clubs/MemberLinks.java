package run.limber.admin.clubs;

import com.vaadin.flow.component.html.Anchor;

/** Links to a member's page from the coach pages that list members. */
final class MemberLinks {

    private MemberLinks() {
    }

    static String path(long clubId, long accountId) {
        return "coach/" + clubId + "/members/" + accountId;
    }

    /** A link within the coach area, followed without a page load. */
    static Anchor to(long clubId, long accountId, String displayName) {
        var link = new Anchor(path(clubId, accountId), displayName);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
