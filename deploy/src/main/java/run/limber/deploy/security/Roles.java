package run.limber.deploy.security;

import java.util.Set;
import java.util.stream.Collectors;
import run.limber.domain.accounts.Role;

/** Roles as a security identity holds them: by name. */
final class Roles {

    private Roles() {
    }

    static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
