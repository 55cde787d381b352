package run.limber.deploy.security;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives smallrye-jwt the keys that sign and verify access tokens ({@code smallrye.jwt.sign.key},
 * {@code mp.jwt.verify.publickey}) while Quarkus builds its configuration, from the first of:
 * <ol>
 * <li>smallrye-jwt's own settings (a key or a key location) from a source above this one: then this source adds
 * nothing;</li>
 * <li>{@code LIMBER_JWT_PRIVATE_KEY} and {@code LIMBER_JWT_PUBLIC_KEY} (PEM, both or neither);</li>
 * <li>the pair kept in the database ({@link DatabaseKeyPair}), made by the first instance that starts, embedded
 * database or external alike, so tokens survive restarts and every instance accepts every other's.</li>
 * </ol>
 * A configuration source rather than code in LimberMain because Quarkus reads the keys from its configuration, and
 * tests and the packaged app must get them the same way. The database's address comes from the same context: set by
 * LimberMain for the embedded database, by the environment for an external one, by PostgresTestResource in tests.
 */
public final class JwtKeySource implements ConfigSourceFactory {

    static final String PRIVATE_KEY = "limber.jwt.private-key";
    static final String PUBLIC_KEY = "limber.jwt.public-key";
    static final String SIGN_KEY = "smallrye.jwt.sign.key";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey";
    private static final List<String> SMALLRYE_SETTINGS =
            List.of(SIGN_KEY, SIGN_KEY + ".location", VERIFY_KEY, VERIFY_KEY + ".location");
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    /** Below application.properties: anything configured on purpose wins. */
    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Quarkus builds its configuration while it builds the app too: no database to ask then, no key for the jar.
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        return keysFor(context)
                .<ConfigSource>map(keys -> new PropertiesConfigSource(keys.asConfig(), "Limber JWT keys", ORDINAL))
                .map(List::of)
                .orElse(List.of());
    }

    /** The keys to use, or empty when smallrye-jwt's own settings name them or there is no database yet. */
    static Optional<JwtKeyPair> keysFor(ConfigSourceContext context) {
        // Above this source only: a value of this very source, seen when Quarkus builds its configuration again, or
        // a default below it, is not a key configured on purpose.
        if (SMALLRYE_SETTINGS.stream().map(context::getValue)
                .anyMatch(setting -> present(setting) && setting.getConfigSourceOrdinal() > ORDINAL)) {
            return Optional.empty();
        }
        Optional<String> privateKey = value(context, PRIVATE_KEY);
        Optional<String> publicKey = value(context, PUBLIC_KEY);
        if (privateKey.isPresent() || publicKey.isPresent()) {
            if (privateKey.isEmpty() || publicKey.isEmpty()) {
                throw new IllegalStateException(
                        "Set both LIMBER_JWT_PRIVATE_KEY and LIMBER_JWT_PUBLIC_KEY, or neither.");
            }
            return Optional.of(new JwtKeyPair(privateKey.get(), publicKey.get()));
        }
        // Without a database Limber does not start anyway; the datasource says why, more clearly than a key would.
        return value(context, JDBC_URL).map(url -> DatabaseKeyPair.loadOrCreate(url, value(context, USERNAME),
                value(context, PASSWORD)));
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return present(value) ? Optional.of(value.getValue()) : Optional.empty();
    }

    private static boolean present(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
