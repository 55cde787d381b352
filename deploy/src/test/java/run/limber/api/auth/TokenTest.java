package run.limber.api.auth;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.demoToken;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.TestAccounts.Account;
import run.limber.testing.TestAccounts.Tokens;

/** Access tokens expire and verify; refresh tokens rotate, detect reuse and end on logout; disabling ends them all. */
@QuarkusTest
class TokenTest {

    @Inject
    EntityManager entityManager;

    @Test
    void signingInGivesABearerTokenForTheAccount() {
        var account = register();
        client().body(Map.of("email", account.email(), "password", account.password()))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(900))
                .body("accessToken", not(emptyOrNullString()))
                .body("refreshToken", not(emptyOrNullString()));

        as(account.accessToken()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("id", is((int) account.id()))
                .body("email", is(account.email()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        as(expiredToken(register())).when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        var account = register();
        String forged = Jwt.upn(Long.toString(account.id()))
                .groups(Set.of("RUNNER", "ADMIN"))
                .issuer("limber")
                .sign(KeyUtils.generateKeyPair(2048).getPrivate());

        as(forged).when().get("/api/v1/admin/users").then().statusCode(401);
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        var first = register().signIn();

        var second = refresh(first.refreshToken());
        var third = refresh(second.refreshToken());

        as(third.accessToken()).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void reusingARefreshTokenRevokesTheNewerOneToo() {
        var stolen = register().signIn();
        var legitimate = refresh(stolen.refreshToken());

        refreshIsRefused(stolen.refreshToken());

        refreshIsRefused(legitimate.refreshToken());
    }

    @Test
    void aRefreshChainEndsThirtyDaysAfterItsSignInHoweverOftenItRotates() {
        var account = register();
        var first = account.signIn();
        shiftChainStarts(account, "29 days 23 hours");

        var second = refresh(first.refreshToken()); // the new token carries its chain's start along
        shiftChainStarts(account, "2 hours");

        refreshIsRefused(second.refreshToken());
    }

    @Test
    void loggingOutRevokesTheRefreshTokenChain() {
        var account = register();
        var tokens = refresh(account.signIn().refreshToken());

        as(tokens.accessToken()).body(Map.of("refreshToken", tokens.refreshToken()))
                .when().post("/api/v1/auth/logout")
                .then().statusCode(204);

        refreshIsRefused(tokens.refreshToken());
        as(tokens.accessToken()).when().get("/api/v1/me/export")
                .then().body("activity.type", hasItem("LOGGED_OUT"));
    }

    @Test
    void loggingOutNeedsNoAccessTokenAndIsNotStoppedByAnExpiredOne() {
        var account = register();
        var withoutAccessToken = account.signIn();
        var withExpiredAccessToken = account.signIn();

        client().body(Map.of("refreshToken", withoutAccessToken.refreshToken()))
                .when().post("/api/v1/auth/logout")
                .then().statusCode(204);
        as(expiredToken(account)).body(Map.of("refreshToken", withExpiredAccessToken.refreshToken()))
                .when().post("/api/v1/auth/logout")
                .then().statusCode(204);

        refreshIsRefused(withoutAccessToken.refreshToken());
        refreshIsRefused(withExpiredAccessToken.refreshToken());
    }

    @Test
    void disablingAnAccountEndsItsAccessTokenAtOnce() {
        var account = register();
        var tokens = account.signIn();
        as(tokens.accessToken()).when().get("/api/v1/me").then().statusCode(200);

        as(demoToken(DemoAccounts.ADMIN)).body(Map.of("disabled", true))
                .when().put("/api/v1/admin/users/{id}/disabled", account.id())
                .then().statusCode(200);

        as(tokens.accessToken()).when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
        refreshIsRefused(tokens.refreshToken());
    }

    @Test
    void rolesComeFromTheAccountNotFromTheToken() {
        var account = register();
        var admin = demoToken(DemoAccounts.ADMIN);
        as(admin).body(Map.of("roles", Set.of("ADMIN"))).when().put("/api/v1/admin/users/{id}/roles", account.id())
                .then().statusCode(200);
        String tokenWithAdmin = account.accessToken();
        as(tokenWithAdmin).when().get("/api/v1/admin/users").then().statusCode(200);

        as(admin).body(Map.of("roles", Set.of())).when().put("/api/v1/admin/users/{id}/roles", account.id())
                .then().statusCode(200);

        as(tokenWithAdmin).when().get("/api/v1/admin/users").then().statusCode(403);
    }

    @Test
    void theAccessTokenNamesTheAccountItsRolesAndEmail() {
        var account = register();
        String[] parts = account.accessToken().split("\\.");

        var header = JsonPath.from(decode(parts[0]));
        var claims = JsonPath.from(decode(parts[1]));
        assertEquals("RS256", header.getString("alg"));
        assertEquals(Long.toString(account.id()), claims.getString("upn"));
        assertEquals(List.of("RUNNER"), claims.getList("groups"));
        assertEquals(account.email(), claims.getString("email"));
        assertEquals("limber", claims.getString("iss"));
        assertEquals(900, claims.getLong("exp") - claims.getLong("iat"));
    }

    /** Signed like the app's own tokens (the same key, from the configuration), but expired ten minutes ago. */
    private static String expiredToken(Account account) {
        return Jwt.upn(Long.toString(account.id()))
                .groups(Set.of("RUNNER"))
                .issuer("limber")
                .issuedAt(Instant.now().minusSeconds(1800))
                .expiresAt(Instant.now().minusSeconds(600))
                .sign();
    }

    private static Tokens refresh(String refreshToken) {
        var body = client().body(Map.of("refreshToken", refreshToken))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(200)
                .extract().jsonPath();
        return new Tokens(body.getString("accessToken"), body.getString("refreshToken"));
    }

    private static void refreshIsRefused(String refreshToken) {
        client().body(Map.of("refreshToken", refreshToken))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    private static String decode(String base64Url) {
        return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
    }

    /** Moves the sign-ins that started the account's refresh chains back by the interval. */
    @Transactional
    void shiftChainStarts(Account account, String interval) {
        entityManager.createNativeQuery("update refresh_token set chain_started_at = chain_started_at - cast(?1 as interval)"
                + " where account_id = ?2").setParameter(1, interval).setParameter(2, account.id()).executeUpdate();
    }
}
