package run.limber.admin.drills;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import run.limber.admin.base.Durations;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.CountedPer;
import run.limber.domain.drills.PrescribedSet;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.media.MediaLibrary;

/**
 * What runners will see of the drill, redrawn as the editor types: the dose in plain words, the time
 * it takes and every set in order, all computed by the domain's {@link Prescription}, then the text.
 * Built here rather than borrowed from the runner UI, which admin must not import (decisions.md).
 */
class DrillPreview extends Aside {

    DrillPreview() {
        addClassName("admin-preview");
        getElement().setAttribute("aria-label", "Preview: what runners see");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(DrillSketch drill) {
        removeAll();
        var eyebrow = new Span("Preview");
        eyebrow.addClassName("admin-preview__eyebrow");
        add(eyebrow, new H2(drill.name().isBlank() ? "(no name yet)" : drill.name()));
        image(drill, null).ifPresent(this::add);
        text("admin-preview__focus", drill.focus());
        var tags = new ArrayList<String>();
        drill.targetAreas().stream().map(TargetArea::label).forEach(tags::add);
        drill.timings().stream().map(Timing::label).forEach(tags::add);
        if (!tags.isEmpty()) {
            add(new Paragraph(String.join(" · ", tags)));
        }
        drill.prescription().ifPresentOrElse(this::prescription,
                () -> add(new Paragraph("Complete the prescription to see the dose, the sets and the time.")));
        section("Why it matters", drill.whyItMatters());
        section("Setup", drill.setup());
        if (drill.steps().stream().anyMatch(step -> !step.isBlank())) {
            add(new H3("Steps"), steps(drill));
        }
        section("What you should feel", drill.feel());
        drill.tips().stream().filter(tip -> tip.kind() != null && !tip.text().isBlank())
                .collect(Collectors.groupingBy(TipsField.TypedTip::kind, TreeMap::new, Collectors.toList()))
                .forEach((kind, tips) -> add(new H3(kind.label()),
                        list(new UnorderedList(), tips.stream().map(TipsField.TypedTip::text).toList())));
    }

    /** The steps as runners see them, each with its image; a blank step is left out but keeps its number. */
    private static OrderedList steps(DrillSketch drill) {
        var steps = new OrderedList();
        steps.addClassName("admin-preview__steps");
        for (int i = 0; i < drill.steps().size(); i++) {
            if (!drill.steps().get(i).isBlank()) {
                var step = new ListItem(drill.steps().get(i));
                image(drill, i + 1).ifPresent(step::add);
                steps.add(step);
            }
        }
        return steps;
    }

    private static Optional<Image> image(DrillSketch drill, Integer step) {
        return drill.illustrations().stream().filter(image -> Objects.equals(image.step(), step)).findFirst()
                .map(illustration -> {
                    var image = new Image(MediaLibrary.url(illustration.media()), illustration.alt());
                    image.addClassName("admin-preview__image");
                    return image;
                });
    }

    private void prescription(Prescription prescription) {
        var label = new Paragraph(prescription.label());
        label.addClassName("admin-preview__label");
        add(label, new Paragraph("Takes " + Durations.about(prescription.estimatedSeconds())
                + " · the count applies " + counted(prescription.countedPer())));
        var sets = new OrderedList();
        sets.addClassName("admin-preview__sets");
        prescription.sets().forEach(set -> sets.add(new ListItem(describe(set, prescription))));
        add(new H3("Sets, in order"), sets);
    }

    /** "Left leg, foot turned 45° to the left: 5–10 reps". */
    static String describe(PrescribedSet set, Prescription prescription) {
        String where = Stream.of(
                        set.side() == null ? (prescription.alternateSides() ? "alternating "
                                + prescription.sideUnit().noun() + "s" : null) : set.side().label(prescription.sideUnit()),
                        set.angle() == null ? null : set.angle().label(),
                        set.direction() == null ? null : "moving " + set.direction().label())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        String reps = set.reps().label() + " reps";
        return where.isEmpty() ? reps : Character.toUpperCase(where.charAt(0)) + where.substring(1) + ": " + reps;
    }

    private static String counted(CountedPer per) {
        return switch (per) {
            case EACH_ANGLE -> "to each foot angle";
            case EACH_DIRECTION -> "to each direction";
            case EACH_SIDE -> "to each side";
            case TOTAL -> "to the total";
        };
    }

    private void section(String heading, String text) {
        if (text != null && !text.isBlank()) {
            add(new H3(heading), new Paragraph(text));
        }
    }

    private void text(String className, String text) {
        if (text != null && !text.isBlank()) {
            var paragraph = new Paragraph(text);
            paragraph.addClassName(className);
            add(paragraph);
        }
    }

    private static <L extends HasComponents> L list(L list, List<String> items) {
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
