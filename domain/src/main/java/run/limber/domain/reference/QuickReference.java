package run.limber.domain.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.drills.TargetArea;

/** The published drills at a glance, for the reference page and its printable PDF. */
@ApplicationScoped
@PermitAll
public class QuickReference {

    static final String TITLE = "Limber quick reference";
    static final String SUBTITLE = "About ten minutes, three or four times a week: before a run or on a rest day.";
    static final String CAUTION = "Move within a comfortable range. Stop a drill that causes sharp pain,"
            + " and see a professional if pain persists.";

    private final DrillCatalog drills;

    QuickReference(DrillCatalog drills) {
        this.drills = drills;
    }

    /** Every published drill in library order. */
    public List<ReferenceRow> rows() {
        return drills.all().stream().map(QuickReference::row).toList();
    }

    /** The same table on one A4 page. */
    public byte[] pdf() {
        return ReferencePdf.write(TITLE, SUBTITLE, rows(), CAUTION);
    }

    private static ReferenceRow row(PublishedDrill drill) {
        DrillContent content = drill.content();
        String area = content.focus() == null || content.focus().isBlank()
                ? content.targetAreas().stream().map(TargetArea::label).collect(Collectors.joining(", "))
                : content.focus();
        return new ReferenceRow(drill.slug(), drill.name(), area, drill.prescription().label());
    }
}
