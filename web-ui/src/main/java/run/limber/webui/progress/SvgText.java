package run.limber.webui.progress;

/** Text placed inside hand-written SVG: escaped, so a note or a name can never become markup. */
final class SvgText {

    private SvgText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Coordinates with one decimal at most, in a fixed locale: a comma would break the SVG. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString(Math.round(value))
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
