package run.limber.webui.library;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("")
@AnonymousAllowed
public class LibraryView extends VerticalLayout {
    public LibraryView() { add(new H1("Limber")); }
}
