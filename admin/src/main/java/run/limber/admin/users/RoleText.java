package run.limber.admin.users;

import run.limber.domain.accounts.Role;

/** What each role may do, in the words admins see beside the checkbox. */
final class RoleText {

    private RoleText() {
    }

    static String of(Role role) {
        return switch (role) {
            case RUNNER -> "their own sessions and settings (everyone)";
            case EDITOR -> "writes and reviews drills, routines and notes";
            case ADMIN -> "users, roles and the audit log";
        };
    }
}
