package run.limber.webui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.TargetArea;

/** A short inline list of tags, named for screen readers, e.g. the target areas of a drill. */
public class TagList extends UnorderedList {

    private TagList(String name, String variant, Iterable<String> labels) {
        addClassNames("tag-list", "tag-list--" + variant);
        getElement().setAttribute("aria-label", name);
        labels.forEach(label -> add(new ListItem(label)));
    }

    public static TagList targetAreas(Set<TargetArea> areas) {
        return new TagList("Target areas", "area", areas.stream().map(TargetArea::label).toList());
    }

    public static TagList timings(Set<Timing> timings) {
        return new TagList("When to do it", "timing", timings.stream().map(Timing::label).toList());
    }

    /** A drill's target areas and timings side by side, wrapping as one row of tags. */
    public static Div drillTags(Set<TargetArea> areas, Set<Timing> timings) {
        var row = new Div(targetAreas(areas), timings(timings));
        row.addClassName("tag-row");
        return row;
    }
}
