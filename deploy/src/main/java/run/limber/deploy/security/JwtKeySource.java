package run.limber.deploy.security;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;
import run.limber.deploy.database.Database;

/**
 * Gives smallrye-jwt the keys that sign and verify access tokens ({@code smallrye.jwt.sign.key},
 * {@code mp.jwt.verify.publickey}) while Quarkus builds its configuration, from the first of:
 * <ol>
 * <li>smallrye-jwt's own settings (a key or a key location): then this source adds nothing;</li>
 * <li>{@code LIMBER_JWT_PRIVATE_KEY} and {@code LIMBER_JWT_PUBLIC_KEY} (PEM, both or neither);</li>
 * <li>on the embedded database: a key pair kept in {@code $LIMBER_DATA_DIR/keys}, made on first start, so tokens
 * survive restarts;</li>
 * <li>otherwise a key pair made in memory, with a warning. Quarkus tests, which do not run LimberMain, get one.</li>
 * </ol>
 * A configuration source rather than code in LimberMain because Quarkus reads the keys from its configuration, and
 * tests and the packaged app must get them the same way.
 */
public final class JwtKeySource implements ConfigSourceFactory {

    static final String PRIVATE_KEY = "limber.jwt.private-key";
    static final String PUBLIC_KEY = "limber.jwt.public-key";
    static final String SIGN_KEY = "smallrye.jwt.sign.key";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey";
    private static final List<String> SMALLRYE_SETTINGS =
            List.of(SIGN_KEY, SIGN_KEY + ".location", VERIFY_KEY, VERIFY_KEY + ".location");
    /** Below application.properties: anything configured on purpose wins. */
    private static final int ORDINAL = 200;

    private static final Logger LOG = Logger.getLogger(JwtKeySource.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Quarkus builds its configuration while it builds the app too; keys made then would be recorded in the jar.
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        return keysFor(context)
                .<ConfigSource>map(keys -> new PropertiesConfigSource(keys.asConfig(), "Limber JWT keys", ORDINAL))
                .map(List::of)
                .orElse(List.of());
    }

    /** The keys to use, or empty when smallrye-jwt's own settings name them. */
    static Optional<JwtKeyPair> keysFor(ConfigSourceContext context) {
        if (SMALLRYE_SETTINGS.stream().anyMatch(name -> value(context, name) != null)) {
            return Optional.empty();
        }
        String privateKey = value(context, PRIVATE_KEY);
        String publicKey = value(context, PUBLIC_KEY);
        if (privateKey != null || publicKey != null) {
            if (privateKey == null || publicKey == null) {
                throw new IllegalStateException(
                        "Set both LIMBER_JWT_PRIVATE_KEY and LIMBER_JWT_PUBLIC_KEY, or neither.");
            }
            return Optional.of(new JwtKeyPair(privateKey, publicKey));
        }
        if ("true".equals(value(context, Database.EMBEDDED_PROPERTY))) {
            return Optional.of(JwtKeyPair.kept(Path.of(value(context, Database.DATA_DIR_PROPERTY), "keys")));
        }
        return Optional.of(InMemory.KEYS);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    /** One pair per class loader: Quarkus builds its configuration more than once during a start. */
    private static final class InMemory {
        static final JwtKeyPair KEYS = JwtKeyPair.generate();

        static {
            LOG.warn("No JWT keys configured (LIMBER_JWT_PRIVATE_KEY, LIMBER_JWT_PUBLIC_KEY): using a key pair made for"
                    + " this process. Access tokens will not survive a restart or work across instances.");
        }
    }
}
