package run.limber.domain.clubs;

import java.time.ZoneId;
import java.util.ArrayList;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/** What a club's name, time zone and description must be. */
final class ClubRules {

    static final int NAME_MAX = 80;
    static final int ZONE_MAX = 64;
    static final int DESCRIPTION_MAX = 1000;
    static final int GROUP_NAME_MAX = 60;

    private ClubRules() {
    }

    /** Details that passed the rules, stripped; a blank description is none. */
    record Checked(String name, String timeZone, String description) {
    }

    static Checked check(String name, String timeZone, String description) {
        var problems = new ArrayList<FieldProblem>();
        String strippedName = name == null ? "" : name.strip();
        if (strippedName.isEmpty() || strippedName.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "Give the club a name of 1 to " + NAME_MAX + " characters."));
        }
        String zone = timeZone == null ? "" : timeZone.strip();
        if (!validZone(zone)) {
            problems.add(new FieldProblem("timeZone", "Use a time zone name such as Europe/Berlin or America/New_York."));
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "Keep the description to " + DESCRIPTION_MAX + " characters."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Checked(strippedName, zone, text);
    }

    /** Who may create a club follows {@code limber.clubs.creators}; a platform admin always may. */
    static void checkCreator(ClubSettings.Creators creators, boolean platformAdmin) {
        if (creators == ClubSettings.Creators.ADMINS && !platformAdmin) {
            throw new NotPermittedException("On this Limber only platform admins create clubs.");
        }
    }

    static String groupName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > GROUP_NAME_MAX) {
            throw new ValidationException("name", "Give the group a name of 1 to " + GROUP_NAME_MAX + " characters.");
        }
        return stripped;
    }

    /** Region names such as Europe/Berlin, as for accounts: fixed offsets would get daylight saving time wrong. */
    private static boolean validZone(String zone) {
        return zone.length() <= ZONE_MAX && ZoneId.getAvailableZoneIds().contains(zone);
    }
}
