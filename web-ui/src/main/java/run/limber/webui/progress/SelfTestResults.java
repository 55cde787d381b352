package run.limber.webui.progress;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import run.limber.domain.assessments.Assessment;

/** The self-test history: a retest reminder when one is due, the chart, and the latest result with a gap flagged. */
class SelfTestResults extends Div {

    SelfTestResults(List<Assessment> oldestFirst, boolean retestDue, ZoneId zone) {
        addClassName("self-test-results");
        if (retestDue) {
            var reminder = new Paragraph(oldestFirst.isEmpty()
                    ? "No self-test yet. Take one now, then again every four weeks to see your range change."
                    : "Your last self-test is four weeks old or more: time to test again.");
            reminder.addClassName("retest-reminder");
            reminder.getElement().setAttribute("role", "note");
            add(reminder);
        }
        if (oldestFirst.isEmpty()) {
            return;
        }
        var legend = new Paragraph(new Span("Left"), new Span("Right"));
        legend.addClassName("chart-legend");
        add(new Svg(SelfTestChart.svg(oldestFirst, zone)), legend, latest(oldestFirst.getLast()));
    }

    private static Paragraph latest(Assessment test) {
        var knee = test.kneeToWall();
        var text = new Paragraph("Latest: left " + knee.leftCm().toPlainString() + " cm, right "
                + knee.rightCm().toPlainString() + " cm.");
        if (knee.sidesDiffer()) {
            text.add(new Span(" Your sides are " + knee.differenceCm().toPlainString()
                    + " cm apart: give the stiffer ankle a few extra reps."));
            text.addClassName("side-gap");
        }
        if (test.hipRotation() != null) {
            var hip = test.hipRotation();
            text.add(new Span(" Hips: foot out %d° left, %d° right; foot in %d° left, %d° right.".formatted(
                    hip.internalLeft(), hip.internalRight(), hip.externalLeft(), hip.externalRight())));
        }
        return text;
    }
}
