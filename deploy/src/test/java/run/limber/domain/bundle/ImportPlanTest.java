package run.limber.domain.bundle;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.domain.shared.NotPermittedException;
import run.limber.testing.DemoCallers;
import run.limber.testing.TestAccounts;

/**
 * A plan is checked when it is made, and applied later on a thread with no caller of its own: the importer's rights are
 * read again when it is applied, so a demoted or disabled admin's plan does nothing.
 */
@QuarkusTest
class ImportPlanTest {

    @Inject
    ContentTransfer transfer;

    @Test
    void anAdminsPublishingPlanIsRefusedOnceTheyAreDemoted() throws Exception {
        long admin = newAdmin();
        String slug = "planned-" + UUID.randomUUID().toString().substring(0, 8);
        var plan = planAs(admin, slug);

        DemoCallers.admin().given().body(Map.of("roles", List.of("EDITOR")))
                .when().put("/api/v1/admin/users/{id}/roles", admin).then().statusCode(200);

        assertThrows(NotPermittedException.class, () -> plan.apply(ImportProgress.NONE));
        DemoCallers.admin().given().when().get("/api/v1/admin/drills/" + slug).then().statusCode(404);
    }

    @Test
    void anAdminsPlanIsRefusedOnceTheyAreDisabled() throws Exception {
        long admin = newAdmin();
        String slug = "planned-" + UUID.randomUUID().toString().substring(0, 8);
        var plan = planAs(admin, slug);

        DemoCallers.admin().given().body(Map.of("disabled", true))
                .when().put("/api/v1/admin/users/{id}/disabled", admin).then().statusCode(200);

        assertThrows(NotPermittedException.class, () -> plan.apply(ImportProgress.NONE));
        DemoCallers.admin().given().when().get("/api/v1/admin/drills/" + slug).then().statusCode(404);
    }

    @Test
    void anAdminWhoIsStillOneHasThePlanApplied() throws Exception {
        long admin = newAdmin();
        String slug = "planned-" + UUID.randomUUID().toString().substring(0, 8);

        var report = planAs(admin, slug).apply(ImportProgress.NONE);

        assertEquals(ImportAction.CREATE, report.items().getFirst().action());
        DemoCallers.admin().given().when().get("/api/v1/admin/drills/" + slug)
                .then().statusCode(200).body("status", is("PUBLISHED"));
    }

    private static long newAdmin() {
        long id = TestAccounts.register().id();
        DemoCallers.admin().given().body(Map.of("roles", List.of("ADMIN")))
                .when().put("/api/v1/admin/users/{id}/roles", id).then().statusCode(200);
        return id;
    }

    /** Plans a publishing import of one new drill as the admin, as the import page does before its background thread. */
    private ImportPlan planAs(long admin, String slug) throws Exception {
        var request = Arc.container().requestContext();
        boolean startedHere = !request.isActive(); // @QuarkusTest may run the test in a request of its own
        if (startedHere) {
            request.activate();
        }
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(Long.toString(admin))).addRoles(Set.of("RUNNER", "ADMIN"))
                    .build());
            return transfer.plan(new ObjectMapper().readTree("""
                    {"format": "limber-content", "formatVersion": 1, "drills": [{"slug": "%s", "name": "Planned",
                     "targetAreas": ["HIP"], "timings": ["REST_DAY"], "steps": ["Lie on your side"],
                     "prescription": {"reps": {"min": 10, "max": 10}, "secondsPerRep": 4}}]}""".formatted(slug)), true);
        } finally {
            if (startedHere) {
                request.terminate();
            }
        }
    }
}
