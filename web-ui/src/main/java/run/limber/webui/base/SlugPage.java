package run.limber.webui.base;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;

/**
 * A page for one published item named by the slug in its address ({@code /drills/hip-switches}):
 * loads the item, titles and describes the page after it, and shows the not-found page for an unknown slug.
 */
public abstract class SlugPage<T> extends Article
        implements HasUrlParameter<String>, HasDynamicTitle, Described, UsableBeforeClient {

    private String title;
    private String description = "";

    protected SlugPage(String className, String defaultTitle) {
        this.title = defaultTitle;
        addClassNames("page", className);
    }

    /** The published item, or the domain's not-found exception. */
    protected abstract T load(String slug);

    protected abstract String nameOf(T item);

    /** A sentence on what the item holds, for search results and shared links. */
    protected abstract String descriptionOf(T item);

    protected abstract void show(T item);

    @Override
    public final void setParameter(BeforeEvent event, String slug) {
        T item;
        try {
            item = load(slug);
        } catch (run.limber.domain.shared.NoSuchEntryException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = nameOf(item) + " · Limber";
        description = descriptionOf(item);
        removeAll();
        show(item);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }
}
