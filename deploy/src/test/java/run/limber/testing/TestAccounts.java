package run.limber.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import run.limber.domain.accounts.DemoAccounts;

/** The demo accounts as callers of the API: {@code accounts.editor().given().get(...)}. */
@ApplicationScoped
public class TestAccounts {

    private final EntityManager entityManager;

    TestAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Caller runner() {
        return byEmail(DemoAccounts.RUNNER);
    }

    /** An editor only. */
    public Caller editor() {
        return byEmail(DemoAccounts.EDITOR);
    }

    /** An admin, who is an editor too: the second pair of eyes in review tests. */
    public Caller admin() {
        return byEmail(DemoAccounts.ADMIN);
    }

    @SuppressWarnings("unchecked")
    Caller byEmail(String email) {
        long id = ((Number) entityManager.createNativeQuery("select id from account where email = ?1")
                .setParameter(1, email).getSingleResult()).longValue();
        List<String> roles = entityManager.createNativeQuery("select role from account_role where account_id = ?1")
                .setParameter(1, id).getResultList();
        return new Caller(id, email, roles);
    }

    /** A signed-in account. */
    public record Caller(long id, String email, List<String> roles) {

        public RequestSpecification given() {
            return RestAssured.given()
                    .header(TestAuthentication.ACCOUNT, Long.toString(id))
                    .header(TestAuthentication.ROLES, String.join(",", roles));
        }
    }
}
