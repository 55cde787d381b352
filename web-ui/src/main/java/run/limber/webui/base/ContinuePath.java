package run.limber.webui.base;

import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where to go after signing in: the {@code continue} query parameter of {@code /login}. Only a
 * path inside Limber is followed, so a crafted link cannot send a runner who just signed in to
 * another site.
 */
public final class ContinuePath {

    public static final String LOGIN = "login";
    public static final String PARAMETER = "continue";

    /** Pages that make no sense to return to after signing in. */
    private static final Set<String> NOT_AFTER_SIGN_IN = Set.of(LOGIN, "register", "forgot-password", "reset-password");
    /** Path and query characters of RFC 3986, without the backslash some browsers read as a slash. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*");

    private ContinuePath() {
    }

    /** The query parameters of a sign-in link that returns to {@code pathWithQuery} afterwards. */
    public static QueryParameters to(String pathWithQuery) {
        String target = safe(pathWithQuery);
        return target.isEmpty() ? QueryParameters.empty() : QueryParameters.of(PARAMETER, target);
    }

    /** A link to {@code page} ({@code "register"}, {@code "login"}) that carries {@code destination} along. */
    public static String link(String page, String destination) {
        String query = to(destination).getQueryString();
        return query.isEmpty() ? page : page + "?" + query;
    }

    /**
     * The path to follow, relative to Limber's base address ({@code "account"}, {@code ""} for the
     * home page); anything that could leave the site or loop back to signing in becomes {@code ""}.
     */
    public static String safe(String requested) {
        if (requested == null) {
            return "";
        }
        String path = requested.startsWith("/") ? requested.substring(1) : requested;
        if (!SAFE.matcher(path).matches() || path.startsWith("/") || hasScheme(path)) {
            return "";
        }
        String firstSegment = path.split("[/?]", 2)[0].toLowerCase(Locale.ROOT);
        return NOT_AFTER_SIGN_IN.contains(firstSegment) ? "" : path;
    }

    /** "javascript:…", "https:…": a colon before the first slash or question mark. */
    private static boolean hasScheme(String path) {
        int colon = path.indexOf(':');
        if (colon < 0) {
            return false;
        }
        int end = path.length();
        for (char stop : new char[] {'/', '?'}) {
            int at = path.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return colon < end;
    }
}
