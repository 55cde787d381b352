package run.limber.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.demoToken;
import static run.limber.testing.TestAccounts.register;
import static run.limber.testing.TestAccounts.uniqueEmail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import run.limber.domain.accounts.DemoAccounts;

/**
 * Who may call what: every endpoint of the API as each kind of caller, with the exact status. Bodies are chosen so
 * that a call which gets past access control changes nothing: a wrong password, an empty patch, roles an account has.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Caller { ANONYMOUS, RUNNER, EDITOR, ADMIN }

    private static final Map<Caller, String> DEMO_ACCOUNTS =
            Map.of(Caller.RUNNER, DemoAccounts.RUNNER, Caller.EDITOR, DemoAccounts.EDITOR,
                    Caller.ADMIN, DemoAccounts.ADMIN);
    /** Stands for an account none of the callers owns. */
    private static final String OTHER = "{other}";
    /** No session has this id, so a call that gets past access control changes nothing. */
    private static final String NO_SESSION = "00000000-0000-4000-8000-000000000000";

    // Signed in on first use: RestAssured knows the test port only once a test runs.
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private Long otherAccount;

    static Stream<Arguments> matrix() {
        String other = "/api/v1/admin/users/" + OTHER;
        return Stream.of(
                //                                                                  anonymous runner editor admin
                call("GET", "/api/v1/drills").expect(                                 200, 200, 200, 200),
                call("GET", "/api/v1/drills/hip-switches").expect(                    200, 200, 200, 200),
                call("GET", "/api/v1/routines").expect(                               200, 200, 200, 200),
                call("GET", "/api/v1/routines/ten-minute-mobility").expect(           200, 200, 200, 200),
                call("GET", "/api/v1/routines/ten-minute-mobility/plan").expect(      200, 200, 200, 200),
                call("GET", "/api/v1/notes").expect(                                  200, 200, 200, 200),
                call("GET", "/api/v1/notes/hydration").expect(                        200, 200, 200, 200),
                call("GET", "/api/v1/reference.pdf").expect(                          200, 200, 200, 200),
                call("GET", "/api/v1/no-such-thing").expect(                          404, 404, 404, 404),
                // for crawlers, outside the API document
                call("GET", "/robots.txt").expect(                                    200, 200, 200, 200),
                call("GET", "/sitemap.xml").expect(                                   200, 200, 200, 200),

                call("POST", "/api/v1/auth/register", () -> Map.of()).expect(         400, 400, 400, 400),
                call("POST", "/api/v1/auth/token", AccessMatrixTest::unknownCredentials)
                        .expect(                                                      401, 401, 401, 401),
                call("POST", "/api/v1/auth/refresh", AccessMatrixTest::unknownRefreshToken)
                        .expect(                                                      401, 401, 401, 401),
                call("POST", "/api/v1/auth/logout", AccessMatrixTest::unknownRefreshToken)
                        .expect(                                                      204, 204, 204, 204),

                call("GET", "/api/v1/me").expect(                                     401, 200, 200, 200),
                call("PATCH", "/api/v1/me", () -> Map.of()).expect(                   401, 200, 200, 200),
                call("PUT", "/api/v1/me/password", AccessMatrixTest::wrongCurrentPassword)
                        .expect(                                                      401, 400, 400, 400),
                call("GET", "/api/v1/me/export").expect(                              401, 200, 200, 200),
                call("DELETE", "/api/v1/me", () -> Map.of("password", "not my password"))
                        .expect(                                                      401, 400, 400, 400),
                call("GET", "/api/v1/me/sessions").expect(                            401, 200, 200, 200),
                call("POST", "/api/v1/me/sessions", () -> Map.of()).expect(           401, 400, 400, 400),
                call("GET", "/api/v1/me/sessions/" + NO_SESSION).expect(              401, 404, 404, 404),
                call("DELETE", "/api/v1/me/sessions/" + NO_SESSION).expect(           401, 404, 404, 404),

                // A runner's own things; bodies that fail validation, so a demo account stays as it is.
                call("POST", "/api/v1/me/calendar", () -> Map.of()).expect(           401, 400, 400, 400),
                call("GET", "/api/v1/me/calendar").expect(                            401, 404, 404, 404),
                call("GET", "/api/v1/me/progress?weeks=4").expect(                    401, 200, 200, 200),
                call("GET", "/api/v1/me/adherence").expect(                           401, 200, 200, 200),
                // none of these callers is in club 0; the full club matrix is in api/adherence/AdherenceAccessTest
                call("GET", "/api/v1/clubs/0/adherence").expect(                      401, 404, 404, 404),
                call("GET", "/api/v1/clubs/0/adherence/summary").expect(              401, 404, 404, 404),
                call("GET", "/api/v1/clubs/0/adherence.csv").expect(                  401, 404, 404, 404),
                call("GET", "/api/v1/me/goal").expect(                                401, 200, 200, 200),
                call("PUT", "/api/v1/me/goal", () -> Map.of("sessionsPerWeek", 0)).expect(401, 400, 400, 400),
                call("POST", "/api/v1/me/assessments", () -> Map.of()).expect(        401, 400, 400, 400),
                call("GET", "/api/v1/me/assessments").expect(                         401, 200, 200, 200),
                call("GET", "/api/v1/me/assessments/" + UUID.randomUUID()).expect(    401, 404, 404, 404),
                call("GET", "/api/v1/calendar/no-such-secret.ics").expect(            404, 404, 404, 404),

                call("GET", "/api/v1/admin/users").expect(                            401, 403, 403, 200),
                call("GET", "/api/v1/admin/users?q=demo&size=5").expect(              401, 403, 403, 200),
                call("PUT", other + "/roles", () -> Map.of("roles", new String[] {"RUNNER"}))
                        .expect(                                                      401, 403, 403, 200),
                call("PUT", other + "/disabled", () -> Map.of("disabled", false))
                        .expect(                                                      401, 403, 403, 200),

                // Editing content: steps the seed's state refuses (409), or on a drill that does not exist (404).
                call("GET", "/api/v1/admin/drills?status=published").expect(          401, 403, 200, 200),
                call("GET", "/api/v1/admin/routines").expect(                         401, 403, 200, 200),
                call("GET", "/api/v1/admin/notes").expect(                            401, 403, 200, 200),
                call("POST", "/api/v1/admin/drills", () -> Map.of()).expect(          401, 403, 400, 400),
                call("GET", "/api/v1/admin/drills/hip-switches").expect(              401, 403, 200, 200),
                call("PUT", "/api/v1/admin/drills/hip-switches", () -> Map.of())
                        .expect(                                                      401, 403, 428, 428),
                call("POST", "/api/v1/admin/drills/hip-switches/submit").expect(      401, 403, 409, 409),
                call("POST", "/api/v1/admin/drills/hip-switches/publish").expect(     401, 403, 409, 409),
                call("POST", "/api/v1/admin/drills/hip-switches/request-changes", () -> Map.of("comment", "x"))
                        .expect(                                                      401, 403, 409, 409),
                call("POST", "/api/v1/admin/drills/no-such-drill/unpublish").expect(  401, 403, 404, 404),
                call("POST", "/api/v1/admin/drills/no-such-drill/archive").expect(    401, 403, 404, 404),
                call("GET", "/api/v1/admin/drills/hip-switches/revisions").expect(    401, 403, 200, 200),
                call("GET", "/api/v1/admin/drills/hip-switches/revisions/1").expect(  401, 403, 200, 200),
                call("GET", "/api/v1/admin/drills/hip-switches/diff?from=1&to=1").expect(401, 403, 200, 200),
                call("POST", "/api/v1/admin/drills/no-such-drill/revisions/1/restore")
                        .expect(                                                      401, 403, 404, 404),
                call("GET", "/api/v1/admin/audit").expect(                            401, 403, 403, 200),
                call("GET", "/api/v1/media/0b7e5c9a-3f1d-4c2e-9a8b-6d5e4f3a2b1c").expect(404, 404, 404, 404))
                .flatMap(Row::cases);
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @MethodSource("matrix")
    void callerGetsExactlyThisStatus(String method, String path, Caller caller, int status, Supplier<Object> body) {
        RequestSpecification request = client();
        if (caller != Caller.ANONYMOUS) {
            request.auth().oauth2(tokens.computeIfAbsent(caller, c -> demoToken(DEMO_ACCOUNTS.get(c))));
        }
        if (body != null) {
            request.body(body.get());
        }
        int actual = request.when().request(method, path.replace(OTHER, Long.toString(otherAccount()))).statusCode();
        assertEquals(status, actual, () -> method + " " + path + " as " + caller);
    }

    private long otherAccount() {
        if (otherAccount == null) {
            otherAccount = register().id();
        }
        return otherAccount;
    }

    private static Row call(String method, String path) {
        return new Row(method, path, null, null);
    }

    private static Row call(String method, String path, Supplier<Object> body) {
        return new Row(method, path, body, null);
    }

    private record Row(String method, String path, Supplier<Object> body, int[] statuses) {

        Row expect(int anonymous, int runner, int editor, int admin) {
            return new Row(method, path, body, new int[] {anonymous, runner, editor, admin});
        }

        Stream<Arguments> cases() {
            return Arrays.stream(Caller.values())
                    .map(caller -> Arguments.of(method, path, caller, statuses[caller.ordinal()], body));
        }
    }

    private static Object unknownCredentials() {
        return Map.of("email", uniqueEmail(), "password", "not a password");
    }

    private static Object unknownRefreshToken() {
        return Map.of("refreshToken", "not-a-refresh-token");
    }

    private static Object wrongCurrentPassword() {
        return Map.of("currentPassword", "not my password", "newPassword", "a new passphrase nobody guesses");
    }
}
