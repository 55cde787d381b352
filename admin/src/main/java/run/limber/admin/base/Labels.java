package run.limber.admin.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How admin pages write constants and times. Times are UTC: admins compare them across time zones. */
public final class Labels {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Labels() {
    }

    /** IN_REVIEW → "In review". */
    public static String words(Enum<?> constant) {
        String lower = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "3 Nov 2026, 14:05"; {@code ifNone} for a time that has not happened. */
    public static String utc(Instant time, String ifNone) {
        return time == null ? ifNone : UTC.format(time);
    }
}
