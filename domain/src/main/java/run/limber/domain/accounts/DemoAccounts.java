package run.limber.domain.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The accounts demo mode creates, so every part of Limber can be tried at once. */
public final class DemoAccounts {

    public static final String PASSWORD = "limber-demo";
    public static final String RUNNER = "runner@demo.limber.run";
    public static final String EDITOR = "editor@demo.limber.run";
    /** A runner for now; becomes a club admin when clubs arrive. */
    public static final String COACH = "coach@demo.limber.run";
    public static final String ADMIN = "admin@demo.limber.run";
    public static final List<String> EMAILS = List.of(RUNNER, EDITOR, COACH, ADMIN);

    static final Map<String, String> NAMES = Map.of(RUNNER, "Riley Runner", EDITOR, "Eden Editor", COACH,
            "Casey Coach", ADMIN, "Alex Admin");
    static final Map<String, Set<Role>> ROLES = Map.of(RUNNER, Set.of(Role.RUNNER), EDITOR,
            Set.of(Role.RUNNER, Role.EDITOR), COACH, Set.of(Role.RUNNER), ADMIN,
            Set.of(Role.RUNNER, Role.EDITOR, Role.ADMIN));

    private DemoAccounts() {
    }
}
