package run.limber.deploy.security;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The running app signs and verifies with the pair kept in its database (no keys are configured in tests), so another
 * instance on the same database, which loads that pair the same way, issues tokens this one accepts and accepts its.
 */
@QuarkusTest
class SharedJwtKeysTest {

    @Test
    void aTokenIssuedByAnotherInstanceIsAccepted() throws Exception {
        var account = register();
        String issuedElsewhere = Jwt.upn(Long.toString(account.id()))
                .groups(Set.of("RUNNER"))
                .issuer("limber")
                .sign(KeyUtils.decodePrivateKey(anotherInstancesKeys().privateKeyPem()));

        as(issuedElsewhere).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("id", is((int) account.id()));
    }

    @Test
    void aTokenIssuedHereVerifiesWithTheKeptPublicKey() throws Exception {
        String[] token = register().accessToken().split("\\.");

        var rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(KeyUtils.decodePublicKey(anotherInstancesKeys().publicKeyPem()));
        rs256.update((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(token[2])), "signed with the pair kept in the database");
    }

    /** What a second instance on this database loads at its start. */
    private static JwtKeyPair anotherInstancesKeys() {
        var config = ConfigProvider.getConfig();
        return DatabaseKeyPair.loadOrCreate(config.getValue(JwtKeySource.JDBC_URL, String.class),
                config.getOptionalValue(JwtKeySource.USERNAME, String.class), Optional.empty());
    }
}
