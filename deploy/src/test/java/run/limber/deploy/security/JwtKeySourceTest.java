package run.limber.deploy.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;
import run.limber.testing.PostgresTestResource;

/** Where the access token keys come from, against a fresh database of each test's own. */
class JwtKeySourceTest {

    /** Where environment variables are read: above the source's own ordinal, like any setting made on purpose. */
    private static final int ENVIRONMENT = 300;

    private final PostgresTestResource postgres = new PostgresTestResource();
    private Map<String, String> database;

    @BeforeEach
    void freshDatabase() {
        database = postgres.start();
    }

    @AfterEach
    void dropDatabase() {
        postgres.stop();
    }

    @Test
    void configuredKeysAreUsedAsTheyAreAndNothingIsKept() throws SQLException {
        var keys = JwtKeySource.keysFor(context(with(JwtKeySource.PRIVATE_KEY, "private pem",
                JwtKeySource.PUBLIC_KEY, "public pem"))).orElseThrow();

        assertEquals(new JwtKeyPair("private pem", "public pem"), keys);
        assertEquals(0, count("select count(*) from pg_namespace where nspname = 'limber_keys'"));
    }

    @Test
    void oneKeyWithoutTheOtherStopsTheStart() {
        var refused = assertThrows(IllegalStateException.class,
                () -> JwtKeySource.keysFor(context(with(JwtKeySource.PUBLIC_KEY, "public pem"))));
        assertTrue(refused.getMessage().contains("LIMBER_JWT_PRIVATE_KEY"), refused.getMessage());
    }

    @Test
    void smallryesOwnSettingsWin() {
        var configured = context(with("mp.jwt.verify.publickey.location", "/etc/limber/public.pem",
                JwtKeySource.PRIVATE_KEY, "private pem", JwtKeySource.PUBLIC_KEY, "public pem"));

        assertTrue(JwtKeySource.keysFor(configured).isEmpty());
    }

    /** Quarkus builds its configuration more than once: the second time this source's own keys are in the context. */
    @Test
    void keysAtThisSourcesOrdinalAreNotSettingsOfSmallryesOwn() {
        var values = with(JwtKeySource.PRIVATE_KEY, "private pem", JwtKeySource.PUBLIC_KEY, "public pem");
        var ordinals = Map.of(JwtKeySource.SIGN_KEY, JwtKeySource.ORDINAL,
                JwtKeySource.VERIFY_KEY, JwtKeySource.ORDINAL);
        values.put(JwtKeySource.SIGN_KEY, "private pem");
        values.put(JwtKeySource.VERIFY_KEY, "public pem");

        assertEquals(new JwtKeyPair("private pem", "public pem"),
                JwtKeySource.keysFor(context(values, ordinals)).orElseThrow());
    }

    @Test
    void withoutConfiguredKeysThePairIsKeptInTheDatabase() throws SQLException {
        var first = JwtKeySource.keysFor(context(with())).orElseThrow();
        var second = JwtKeySource.keysFor(context(with())).orElseThrow();

        assertEquals(first, second);
        assertTrue(first.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(first.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        assertNotEquals(first, JwtKeyPair.generate());
        assertEquals(1, count("select count(*) from limber_keys.jwt_key_pair"));
    }

    @Test
    void instancesStartingAtOnceOnAnEmptyDatabaseAgreeOnOnePair() throws SQLException {
        List<JwtKeyPair> loaded = AtOnce.run(6, instance -> JwtKeySource.keysFor(context(with())).orElseThrow());

        assertEquals(1, loaded.stream().distinct().count(), "every instance must sign with the same key");
        assertEquals(1, count("select count(*) from limber_keys.jwt_key_pair"));
    }

    @Test
    void withoutADatabaseThereAreNoKeys() {
        assertTrue(JwtKeySource.keysFor(context(new HashMap<>())).isEmpty());
    }

    /** The database's settings, as PostgresTestResource gives them, and the name-value pairs given. */
    private Map<String, String> with(String... namesAndValues) {
        var values = new HashMap<>(database);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private long count(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.get(JwtKeySource.JDBC_URL),
                database.get(JwtKeySource.USERNAME), null);
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static ConfigSourceContext context(Map<String, String> values) {
        return context(values, Map.of());
    }

    private static ConfigSourceContext context(Map<String, String> values, Map<String, Integer> ordinals) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name))
                        .withConfigSourceOrdinal(ordinals.getOrDefault(name, ENVIRONMENT)).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }
}
