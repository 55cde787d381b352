package run.limber.deploy.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.limber.deploy.database.Database;

/** Where the access token keys come from. */
class JwtKeySourceTest {

    @TempDir
    Path dataDir;

    @Test
    void configuredKeysAreUsedAsTheyAre() {
        var keys = JwtKeySource.keysFor(context(Map.of(JwtKeySource.PRIVATE_KEY, "private pem",
                JwtKeySource.PUBLIC_KEY, "public pem"))).orElseThrow();

        assertEquals(new JwtKeyPair("private pem", "public pem"), keys);
    }

    @Test
    void oneKeyWithoutTheOtherStopsTheStart() {
        var refused = assertThrows(IllegalStateException.class,
                () -> JwtKeySource.keysFor(context(Map.of(JwtKeySource.PUBLIC_KEY, "public pem"))));
        assertTrue(refused.getMessage().contains("LIMBER_JWT_PRIVATE_KEY"), refused.getMessage());
    }

    @Test
    void smallryesOwnSettingsWin() {
        var configured = context(Map.of("mp.jwt.verify.publickey.location", "/etc/limber/public.pem",
                JwtKeySource.PRIVATE_KEY, "private pem", JwtKeySource.PUBLIC_KEY, "public pem"));

        assertTrue(JwtKeySource.keysFor(configured).isEmpty());
    }

    @Test
    void onTheEmbeddedDatabaseTheKeysAreKeptAcrossRestarts() throws Exception {
        var embedded = context(Map.of(Database.EMBEDDED_PROPERTY, "true",
                Database.DATA_DIR_PROPERTY, dataDir.toString()));

        var first = JwtKeySource.keysFor(embedded).orElseThrow();
        var second = JwtKeySource.keysFor(embedded).orElseThrow();

        assertEquals(first, second);
        assertTrue(first.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
        Path privateFile = dataDir.resolve("keys").resolve(JwtKeyPair.PRIVATE_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)));
    }

    @Test
    void otherwiseAPairIsMadeForTheProcess() {
        var keys = JwtKeySource.keysFor(context(Map.of())).orElseThrow();

        assertEquals(keys, JwtKeySource.keysFor(context(Map.of())).orElseThrow());
        assertNotEquals(keys, JwtKeyPair.generate());
        assertTrue(keys.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name)).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }
}
