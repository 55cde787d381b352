package run.limber.webui.library;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.TargetArea;

/**
 * The library's two filters as rows of links ("chips"). Each choice is a link to the filtered
 * library, so it works with a keyboard, opens in a new tab and can be shared. The links are built
 * once and only re-pointed on each navigation, so keyboard focus stays on the chosen chip.
 */
class DrillFilters extends Section {

    private final Map<Optional<TargetArea>, RouterLink> targetLinks = new LinkedHashMap<>();
    private final Map<Optional<Timing>, RouterLink> timingLinks = new LinkedHashMap<>();

    DrillFilters() {
        addClassName("filters");
        getElement().setAttribute("aria-label", "Filter drills");
        add(group("Target area", "filter-target", "All areas", TargetArea.values(), TargetArea::label, targetLinks),
                group("When", "filter-timing", "Any time", Timing.values(), Timing::label, timingLinks));
    }

    void show(LibraryFilter current) {
        targetLinks.forEach((value, link) -> point(link, current.withTarget(value), current.target().equals(value)));
        timingLinks.forEach((value, link) -> point(link, current.withTiming(value), current.timing().equals(value)));
    }

    private static <E extends Enum<E>> Div group(String label, String id, String anyLabel, E[] values,
                                                 Function<E, String> labels, Map<Optional<E>, RouterLink> links) {
        links.put(Optional.empty(), new RouterLink(anyLabel, LibraryView.class));
        for (E value : values) {
            links.put(Optional.of(value), new RouterLink(labels.apply(value), LibraryView.class));
        }
        var chips = new UnorderedList();
        chips.addClassName("chips");
        links.values().forEach(link -> {
            link.addClassName("chip");
            chips.add(new ListItem(link));
        });

        var caption = new Span(label);
        caption.setId(id);
        caption.addClassName("filters__label");
        var group = new Div(caption, chips);
        group.addClassName("filters__group");
        group.getElement().setAttribute("role", "group").setAttribute("aria-labelledby", id);
        return group;
    }

    private static void point(RouterLink link, LibraryFilter filter, boolean selected) {
        link.setQueryParameters(filter.toQueryParameters());
        if (selected) {
            link.getElement().setAttribute("aria-current", "true");
        } else {
            link.getElement().removeAttribute("aria-current");
        }
    }
}
