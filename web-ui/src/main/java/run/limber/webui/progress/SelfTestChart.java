package run.limber.webui.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import run.limber.domain.assessments.Assessment;

/**
 * Knee-to-wall results over time as two lines in plain SVG, left and right, with time to scale on the x axis.
 * A test whose sides are 2 cm or more apart gets a ring around both its points.
 */
final class SelfTestChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int PAD = 36;
    /** Room on the left for the centimetre labels. */
    private static final int LEFT = 72;
    private static final double MIN_TOP_CM = 15;

    private SelfTestChart() {
    }

    /** @param oldestFirst at least one test */
    static String svg(List<Assessment> oldestFirst, ZoneId zone) {
        double topCm = Math.max(MIN_TOP_CM, oldestFirst.stream()
                .mapToDouble(a -> a.kneeToWall().leftCm().max(a.kneeToWall().rightCm()).doubleValue()).max().orElse(0) + 2);
        Instant first = oldestFirst.getFirst().takenAt();
        long span = Math.max(1, oldestFirst.getLast().takenAt().getEpochSecond() - first.getEpochSecond());
        Function<Assessment, Double> x = a -> oldestFirst.size() == 1 ? WIDTH / 2.0
                : LEFT + (WIDTH - LEFT - PAD) * (double) (a.takenAt().getEpochSecond() - first.getEpochSecond()) / span;
        Function<BigDecimal, Double> y = cm -> HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * cm.doubleValue() / topCm;

        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--self-test\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">".formatted(WIDTH, HEIGHT,
                SvgText.escape(summary(oldestFirst))));
        svg.append("<line class=\"axis-line\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                .formatted(LEFT, WIDTH - PAD, HEIGHT - PAD, HEIGHT - PAD));
        for (int cm = 0; cm <= topCm; cm += 5) {
            double labelY = y.apply(BigDecimal.valueOf(cm)) + 4;
            svg.append("<text class=\"axis\" x=\"4\" y=\"%s\">%d cm</text>".formatted(SvgText.number(labelY), cm));
        }
        line(svg, oldestFirst, x, a -> y.apply(a.kneeToWall().leftCm()), "left");
        line(svg, oldestFirst, x, a -> y.apply(a.kneeToWall().rightCm()), "right");
        for (Assessment a : oldestFirst) {
            if (a.kneeToWall().sidesDiffer()) {
                double top = Math.min(y.apply(a.kneeToWall().leftCm()), y.apply(a.kneeToWall().rightCm()));
                double bottom = Math.max(y.apply(a.kneeToWall().leftCm()), y.apply(a.kneeToWall().rightCm()));
                svg.append(("<rect class=\"gap\" x=\"%s\" y=\"%s\" width=\"14\" height=\"%s\" rx=\"7\">"
                        + "<title>Sides %s cm apart</title></rect>").formatted(SvgText.number(x.apply(a) - 7),
                        SvgText.number(top - 7), SvgText.number(bottom - top + 14),
                        a.kneeToWall().differenceCm().toPlainString()));
            }
        }
        svg.append(dateLabel(oldestFirst.getFirst(), x, zone, "start"));
        if (oldestFirst.size() > 1) {
            svg.append(dateLabel(oldestFirst.getLast(), x, zone, "end"));
        }
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, List<Assessment> tests, Function<Assessment, Double> x,
                             Function<Assessment, Double> y, String side) {
        var points = new StringBuilder();
        for (Assessment a : tests) {
            points.append(SvgText.number(x.apply(a))).append(',').append(SvgText.number(y.apply(a))).append(' ');
        }
        svg.append("<polyline class=\"series series--%s\" points=\"%s\"/>".formatted(side, points.toString().strip()));
        for (Assessment a : tests) {
            BigDecimal cm = side.equals("left") ? a.kneeToWall().leftCm() : a.kneeToWall().rightCm();
            svg.append("<circle class=\"point point--%s\" cx=\"%s\" cy=\"%s\" r=\"4\"><title>%s %s cm</title></circle>"
                    .formatted(side, SvgText.number(x.apply(a)), SvgText.number(y.apply(a)),
                            side.equals("left") ? "Left" : "Right", cm.toPlainString()));
        }
    }

    private static String dateLabel(Assessment a, Function<Assessment, Double> x, ZoneId zone, String anchor) {
        return "<text class=\"axis\" x=\"%s\" y=\"%d\" text-anchor=\"%s\">%s</text>".formatted(
                SvgText.number(x.apply(a)), HEIGHT - 12, anchor, LocalDate.ofInstant(a.takenAt(), zone));
    }

    private static String summary(List<Assessment> tests) {
        var latest = tests.getLast().kneeToWall();
        return "Knee-to-wall distance over %d tests; latest left %s cm, right %s cm."
                .formatted(tests.size(), latest.leftCm().toPlainString(), latest.rightCm().toPlainString());
    }
}
