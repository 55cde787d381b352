package run.limber.domain.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import run.limber.domain.accounts.PersonalData;

/** Every self-test the runner recorded, for their data export. */
@ApplicationScoped
class AssessmentExport implements PersonalData {

    private final Assessments assessments;

    AssessmentExport(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public String section() {
        return "selfTests";
    }

    @Override
    public List<Assessment> ofCaller() {
        return assessments.history();
    }
}
