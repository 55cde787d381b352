package run.limber.webui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A view that forgot its access annotation; it exists to prove such a view is denied. */
@Route("test-only/unannotated")
public class UnannotatedView extends Div {
}
