package run.limber.api.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.Role;

/**
 * Issues the API's access tokens: RS256 JWTs whose {@code upn} is the account id and whose {@code groups} are its
 * roles, the identity convention of the whole app. Key and issuer come from the configuration.
 */
@ApplicationScoped
class AccessTokens {

    private final AuthSettings settings;

    AccessTokens(AuthSettings settings) {
        this.settings = settings;
    }

    String issue(AccountSummary account) {
        String id = Long.toString(account.id());
        Set<String> roles = account.roles().stream().map(Role::name).collect(Collectors.toSet());
        return Jwt.upn(id)
                .subject(id)
                .groups(roles)
                .claim("email", account.email())
                .expiresIn(settings.accessTokenTtl())
                .sign();
    }

    long lifetimeSeconds() {
        return settings.accessTokenTtl().toSeconds();
    }
}
