package run.limber.api.admin;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.demoToken;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;

/** Platform admins find accounts, change their roles and disable them; nobody else can. */
@QuarkusTest
class UserAdministrationResourceTest {

    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = demoToken(DemoAccounts.ADMIN);
    }

    @Test
    void anAdminFindsAnAccountByPartOfItsEmail() {
        var account = register();
        String part = account.email().substring(5, 13).toUpperCase();

        as(admin).queryParam("q", part).when().get("/api/v1/admin/users")
                .then().statusCode(200)
                .body("total", is(1))
                .body("page", is(0))
                .body("size", is(20))
                .body("items[0].id", is((int) account.id()))
                .body("items[0].roles", contains("RUNNER"));
    }

    @Test
    void pageSizesAreChecked() {
        as(admin).queryParam("size", 101).when().get("/api/v1/admin/users")
                .then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void anAdminMakesSomeoneAnEditorInAnyCase() {
        var account = register();

        as(admin).body(Map.of("roles", List.of("editor"))).when().put("/api/v1/admin/users/{id}/roles", account.id())
                .then().statusCode(200)
                .body("roles", contains("RUNNER", "EDITOR"));
    }

    @Test
    void anUnknownRoleNamesTheAllowedOnes() {
        as(admin).body(Map.of("roles", List.of("COACH"))).when().put("/api/v1/admin/users/{id}/roles", register().id())
                .then().statusCode(400)
                .body("errors.field", contains("roles"))
                .body("errors[0].message", containsString("RUNNER, EDITOR, ADMIN"));
    }

    @Test
    void rolesAndDisabledMustBeGiven() {
        long id = register().id();
        as(admin).body(Map.of()).when().put("/api/v1/admin/users/{id}/roles", id)
                .then().statusCode(400).body("errors.field", contains("roles"));
        as(admin).body(Map.of()).when().put("/api/v1/admin/users/{id}/disabled", id)
                .then().statusCode(400).body("errors.field", contains("disabled"));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        as(admin).body(Map.of("disabled", true)).when().put("/api/v1/admin/users/{id}/disabled", Long.MAX_VALUE)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAdminCannotDisableThemselves() {
        long self = as(admin).when().get("/api/v1/me").then().extract().jsonPath().getLong("id");

        as(admin).body(Map.of("disabled", true)).when().put("/api/v1/admin/users/{id}/disabled", self)
                .then().statusCode(400)
                .body("errors.field", contains("disabled"));
    }

    @Test
    void aRunnerCannotReadOrChangeAnotherAccount() {
        var other = register();
        String runner = demoToken(DemoAccounts.RUNNER);

        as(runner).queryParam("q", other.email()).when().get("/api/v1/admin/users")
                .then().statusCode(403)
                .contentType("application/problem+json");
        as(runner).body(Map.of("roles", List.of("ADMIN"))).when().put("/api/v1/admin/users/{id}/roles", other.id())
                .then().statusCode(403);
        as(runner).body(Map.of("disabled", true)).when().put("/api/v1/admin/users/{id}/disabled", other.id())
                .then().statusCode(403);

        as(other.accessToken()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("RUNNER"))
                .body("disabled", is(false));
    }
}
