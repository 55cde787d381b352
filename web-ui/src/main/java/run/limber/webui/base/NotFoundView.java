package run.limber.webui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown for any address that leads nowhere: an unknown path, a drill or routine that does not
 * exist, or a view this visitor may not open. Answers with HTTP 404.
 */
@ParentLayout(RunnerLayout.class)
@PageTitle("Page not found · Limber")
@AnonymousAllowed
public class NotFoundView extends Section implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassNames("page", "not-found");
        Anchor home = Links.to("", "Back to the drills");
        home.addClassName("button-link");
        add(new H1("We couldn't find that page"),
                new Paragraph("The link may be out of date, or the drill or routine it pointed to is no longer published."),
                home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
