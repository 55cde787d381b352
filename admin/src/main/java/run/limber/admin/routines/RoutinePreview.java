package run.limber.admin.routines;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.limber.admin.base.Durations;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.drills.RepRange;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineEntry;
import run.limber.domain.routines.WeeklyFrequency;

/**
 * The routine as runners will see it: each drill with its dose after any override, and the duration
 * computed by the domain's {@link PublishedRoutine#estimatedSeconds()}, redrawn as the editor composes.
 */
class RoutinePreview extends Aside {

    private final Map<String, PublishedDrill> published;

    RoutinePreview(List<PublishedDrill> drills) {
        this.published = drills.stream().collect(Collectors.toMap(PublishedDrill::slug, Function.identity()));
        addClassName("admin-preview");
        getElement().setAttribute("aria-label", "Preview: what runners see");
    }

    void show(String name, List<RoutineDrillsField.Entry> drills, Integer fewest, Integer most) {
        removeAll();
        var eyebrow = new Span("Preview");
        eyebrow.addClassName("admin-preview__eyebrow");
        add(eyebrow, new H2(name.isBlank() ? "(no name yet)" : name));
        List<RoutineEntry> entries = entries(drills);
        // Only the drills count toward the estimate; the routine's own text is not needed for it.
        var estimate = new Paragraph("Takes " + Durations.about(new PublishedRoutine(null, entries, 0, null)
                .estimatedSeconds()));
        estimate.addClassName("admin-preview__label");
        add(estimate);
        frequency(fewest, most).ifPresent(label -> add(new Paragraph("Do it " + label + ".")));
        var list = new OrderedList();
        entries.forEach(entry -> list.add(new ListItem(entry.drill().content().name() + ": "
                + entry.prescription().label() + " (" + Durations.about(entry.prescription().estimatedSeconds()) + ")")));
        add(list);
    }

    /** The drills with their doses; one with an unreadable override keeps its own dose until it is fixed. */
    private List<RoutineEntry> entries(List<RoutineDrillsField.Entry> drills) {
        var entries = new ArrayList<RoutineEntry>();
        for (RoutineDrillsField.Entry entry : drills) {
            PublishedDrill drill = published.get(entry.drill());
            if (drill != null) {
                var prescription = drill.prescription();
                if (entry.min() != null) {
                    try {
                        prescription = prescription.withReps(new RepRange(entry.min(),
                                entry.max() == null ? entry.min() : entry.max()));
                    } catch (IllegalArgumentException incomplete) {
                        // shown beside the field on save
                    }
                }
                entries.add(new RoutineEntry(entries.size() + 1, drill, prescription));
            }
        }
        return entries;
    }

    private static Optional<String> frequency(Integer fewest, Integer most) {
        try {
            return Optional.of(new WeeklyFrequency(fewest, most == null ? fewest : most).label());
        } catch (IllegalArgumentException | NullPointerException incomplete) {
            return Optional.empty();
        }
    }
}
