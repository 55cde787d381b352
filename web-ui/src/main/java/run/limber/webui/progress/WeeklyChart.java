package run.limber.webui.progress;

import java.util.List;
import run.limber.domain.progress.WeekProgress;

/**
 * Sessions per week as a bar chart in plain SVG, drawn on the server: oldest week on the left, a dashed line at the
 * goal, weeks that met it in the accent colour. No chart library and nothing for the browser to download.
 */
final class WeeklyChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;
    private static final int LEFT = 28;

    private WeeklyChart() {
    }

    /** @param newestFirst the weeks as progress lists them */
    static String svg(List<WeekProgress> newestFirst, int goal) {
        List<WeekProgress> weeks = newestFirst.reversed();
        int top = Math.max(goal, weeks.stream().mapToInt(WeekProgress::sessions).max().orElse(0)) + 1;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (double) (WIDTH - LEFT) / weeks.size();
        int labelEvery = Math.max(1, (int) Math.ceil(weeks.size() / 13.0));
        var svg = new StringBuilder();
        svg.append(("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--weeks\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"%s\">").formatted(WIDTH, HEIGHT, SvgText.escape(summary(newestFirst, goal))));
        for (int i = 0; i < weeks.size(); i++) {
            WeekProgress week = weeks.get(i);
            double height = plotHeight * week.sessions() / top;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(("<rect class=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"3\">"
                    + "<title>%s: %d of %d</title></rect>").formatted(week.goalMet() ? "bar bar--met" : "bar", SvgText.number(x),
                            SvgText.number(TOP + plotHeight - height), SvgText.number(slot * 0.7),
                            SvgText.number(height), week.week(), week.sessions(), goal));
            if ((weeks.size() - 1 - i) % labelEvery == 0) {
                svg.append("<text class=\"axis\" x=\"%s\" y=\"%d\" text-anchor=\"middle\">%s</text>"
                        .formatted(SvgText.number(x + slot * 0.35), HEIGHT - 10, week.week().substring(5)));
            }
        }
        double goalY = TOP + plotHeight - plotHeight * goal / top;
        svg.append("<line class=\"goal-line\" x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\"/>"
                .formatted(LEFT, WIDTH, SvgText.number(goalY), SvgText.number(goalY)));
        svg.append("<text class=\"axis\" x=\"0\" y=\"%s\">%d</text>".formatted(SvgText.number(goalY + 4), goal));
        return svg.append("</svg>").toString();
    }

    private static String summary(List<WeekProgress> newestFirst, int goal) {
        long met = newestFirst.stream().filter(WeekProgress::goalMet).count();
        return "Sessions per week for the last %d weeks; the goal of %d was met in %d of them."
                .formatted(newestFirst.size(), goal, met);
    }
}
