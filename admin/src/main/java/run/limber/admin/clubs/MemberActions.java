package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.MemberSummary;

/**
 * What the caller may do to one member, as buttons: the owner names and un-names coaches and hands ownership on;
 * coaches remove plain members (the owner coaches too) and put members in groups. The domain decides in the end.
 */
class MemberActions extends Div {

    enum Kind { MAKE_COACH, MAKE_MEMBER, HAND_OVER, GROUPS, REMOVE }

    MemberActions(MemberSummary member, ClubRole caller, long callerId) {
        addClassName("coach-actions");
        boolean self = member.accountId() == callerId;
        boolean owner = caller == ClubRole.OWNER;
        button("Groups…", Kind.GROUPS, member);
        if (owner && !self) {
            if (member.role() == ClubRole.MEMBER) {
                button("Make coach", Kind.MAKE_COACH, member);
            } else {
                button("Make member", Kind.MAKE_MEMBER, member);
            }
            button("Hand ownership on…", Kind.HAND_OVER, member);
        }
        if (!self && member.role() != ClubRole.OWNER && (owner || member.role() == ClubRole.MEMBER)) {
            button("Remove…", Kind.REMOVE, member).addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
    }

    private Button button(String text, Kind kind, MemberSummary member) {
        var button = new Button(text, click -> fireEvent(new Action(this, kind, member)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(text.replace("…", "") + ": " + member.displayName());
        add(button);
        return button;
    }

    Registration addActionListener(ComponentEventListener<Action> listener) {
        return addListener(Action.class, listener);
    }

    /** The caller asked for something to be done to a member. */
    static final class Action extends ComponentEvent<MemberActions> {

        private final Kind kind;
        private final MemberSummary member;

        Action(MemberActions source, Kind kind, MemberSummary member) {
            super(source, true);
            this.kind = kind;
            this.member = member;
        }

        Kind kind() {
            return kind;
        }

        MemberSummary member() {
            return member;
        }
    }
}
