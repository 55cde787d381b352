package run.limber.domain.shared;

import java.util.regex.Pattern;

/** The URL name of a piece of content: lower-case words joined by single hyphens. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a slug is 1–" + MAX_LENGTH + " lower-case letters or digits in words joined by hyphens, got: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
