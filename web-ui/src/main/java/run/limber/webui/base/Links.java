package run.limber.webui.base;

import com.vaadin.flow.component.html.Anchor;

/** Links by path for places a typed {@code RouterLink} would make packages depend on each other in a circle. */
public final class Links {

    private Links() {
    }

    /** A link the Vaadin router follows inside the page, without a full reload; "" is the home page. */
    public static Anchor to(String path, String text) {
        var anchor = new Anchor(path, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
