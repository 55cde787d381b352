package run.limber.webui.base;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the signed-in runner renames themselves, so the header shows the new name at once. */
public final class DisplayNameChanged extends ComponentEvent<UI> {

    private final String displayName;

    private DisplayNameChanged(UI ui, String displayName) {
        super(ui, false);
        this.displayName = displayName;
    }

    public static void fire(UI ui, String displayName) {
        ComponentUtil.fireEvent(ui, new DisplayNameChanged(ui, displayName));
    }

    public String displayName() {
        return displayName;
    }
}
