package run.limber.webui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown to a signed-in visitor who opens a page their account may not use. Answers with HTTP 403. */
@ParentLayout(RunnerLayout.class)
@PageTitle("Not available · Limber")
@AnonymousAllowed
public class AccessDeniedView extends Section implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassNames("page", "not-found");
        Anchor home = Links.to("", "Back to the drills");
        home.addClassName("button-link");
        add(new H1("This page isn't open to your account"),
                new Paragraph("It belongs to a part of Limber that needs another role. "
                        + "If you think you should have it, ask a Limber admin."),
                home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
