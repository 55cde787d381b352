package run.limber.deploy;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.limber.api.base.ApiAuthentication;

/** The module rules of ARCHITECTURE.md, checked on the compiled classes rather than by hope. */
class ArchitectureTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(PermitAll.class, Authenticated.class, RolesAllowed.class, DenyAll.class);

    private static JavaClasses limber;

    @BeforeAll
    static void importClasses() {
        limber = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("run.limber");
    }

    @Test
    void domainKnowsNothingOfTheWebOrTheOtherModules() {
        noClasses().that().resideInAPackage("run.limber.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "com.vaadin..", "io.vertx..",
                        "run.limber.api..", "run.limber.webui..", "run.limber.admin..", "run.limber.deploy..")
                .check(limber);
    }

    @Test
    void apiUsesOnlyTheDomain() {
        noClasses().that().resideInAPackage("run.limber.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "run.limber.webui..",
                        "run.limber.admin..", "run.limber.deploy..")
                .check(limber);
    }

    @Test
    void runnerUiAndAdminUiStayApart() {
        noClasses().that().resideInAPackage("run.limber.webui..")
                .should().dependOnClassesThat().resideInAnyPackage("run.limber.api..", "run.limber.admin..",
                        "run.limber.deploy..")
                .check(limber);
        // Signing out is the one exception: the session cookie has a single owner (decisions.md).
        noClasses().that().resideInAPackage("run.limber.admin..")
                .should().dependOnClassesThat(resideInAnyPackage("run.limber.api..", "run.limber.webui..",
                        "run.limber.deploy..").and(not(resideInAPackage("run.limber.webui.signin"))))
                .check(limber);
    }

    /** A cycle between features would make them one feature in two packages: neither could change alone. */
    @Test
    void domainFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("run.limber.domain.(*)..").namingSlices("domain.$1")
                .should().beFreeOfCycles()
                .check(limber);
    }

    @Test
    void edgesCallServicesNeverEntitiesOrRepositories() {
        noClasses().that().resideInAnyPackage("run.limber.api..", "run.limber.webui..", "run.limber.admin..")
                .should().dependOnClassesThat(describe("are entities or repositories",
                        (JavaClass c) -> c.isAnnotatedWith(Entity.class) || c.isAssignableTo(PanacheRepositoryBase.class)))
                .check(limber);
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("run.limber.api..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should(declareAccess())
                .check(limber);
    }

    @Test
    void everyResourceTakesBearerTokensOnly() {
        classes().that().resideInAPackage("run.limber.api..").and(declareEndpoints())
                .should(ArchCondition.from(describe("select the bearer token mechanism alone",
                        (JavaClass c) -> c.isAnnotatedWith(HttpAuthenticationMechanism.class) && c.getAnnotationOfType(
                                HttpAuthenticationMechanism.class).value().equals(ApiAuthentication.BEARER))))
                .check(limber);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(limber);
    }

    /** Annotated with @Path, or declaring methods that are endpoints (Quarkus reads the mechanism from there). */
    private static DescribedPredicate<JavaClass> declareEndpoints() {
        return describe("declare endpoints", c -> c.isAnnotatedWith(Path.class) || c.getMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith(Path.class) || m.isMetaAnnotatedWith(HttpMethod.class)));
    }

    /** The method or its class carries @PermitAll, @Authenticated, @RolesAllowed or @DenyAll. */
    private static ArchCondition<JavaMethod> declareAccess() {
        return new ArchCondition<>("declare who may call it") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = ACCESS_ANNOTATIONS.stream()
                        .anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " has no @PermitAll, @Authenticated, @RolesAllowed or @DenyAll, nor has its class"));
                }
            }
        };
    }
}
