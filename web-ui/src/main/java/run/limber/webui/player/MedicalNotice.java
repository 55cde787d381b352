package run.limber.webui.player;

import com.vaadin.flow.component.html.Paragraph;

/** The short reminder every player screen that starts or ends a session carries. */
final class MedicalNotice {

    private MedicalNotice() {
    }

    static Paragraph create() {
        var notice = new Paragraph("Not medical advice. Move within a range that feels comfortable, and stop a drill"
                + " that causes sharp pain.");
        notice.addClassName("player-notice");
        return notice;
    }
}
