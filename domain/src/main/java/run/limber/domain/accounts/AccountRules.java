package run.limber.domain.accounts;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import run.limber.domain.shared.ValidationException.FieldProblem;

/** The rules for what an account's fields may hold; forms read the limits from here. */
public final class AccountRules {

    static final int MAX_EMAIL = 254;
    public static final int MAX_DISPLAY_NAME = 80;
    public static final int MIN_WEEKLY_GOAL = 1;
    public static final int MAX_WEEKLY_GOAL = 7;
    static final String EMAIL_TAKEN = "An account with this email exists already. Sign in instead?";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private AccountRules() {
    }

    /** Emails compare case-insensitively, so they are kept lower-case and trimmed. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldProblem> email(String normalized) {
        if (normalized.isEmpty()) {
            return Optional.of(new FieldProblem("email", "Enter your email address."));
        }
        if (normalized.length() > MAX_EMAIL || !EMAIL.matcher(normalized).matches()) {
            return Optional.of(new FieldProblem("email", "Enter an email address like name@example.com."));
        }
        return Optional.empty();
    }

    static Optional<FieldProblem> displayName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(new FieldProblem("displayName", "Enter the name other people see."));
        }
        if (name.strip().length() > MAX_DISPLAY_NAME) {
            return Optional.of(new FieldProblem("displayName", "Use at most " + MAX_DISPLAY_NAME + " characters."));
        }
        return Optional.empty();
    }

    /** Region names such as Europe/Berlin; fixed offsets would get daylight saving time wrong. */
    static Optional<FieldProblem> timeZone(String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            return Optional.of(new FieldProblem("timeZone", "Choose a time zone such as Europe/Berlin."));
        }
        return Optional.empty();
    }

    static Optional<FieldProblem> weeklyGoal(Integer sessionsPerWeek) {
        if (sessionsPerWeek == null || sessionsPerWeek < MIN_WEEKLY_GOAL || sessionsPerWeek > MAX_WEEKLY_GOAL) {
            return Optional.of(new FieldProblem("sessionsPerWeek",
                    "Choose between " + MIN_WEEKLY_GOAL + " and " + MAX_WEEKLY_GOAL + " sessions a week."));
        }
        return Optional.empty();
    }

    static List<FieldProblem> collect(List<Optional<FieldProblem>> checks) {
        return checks.stream().flatMap(Optional::stream).toList();
    }
}
