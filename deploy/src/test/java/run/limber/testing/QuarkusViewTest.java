package run.limber.testing;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.browserless.mocks.MockInstantiator;
import com.vaadin.browserless.mocks.MockVaadinHelper;
import com.vaadin.browserless.mocks.MockVaadinSession;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.internal.ReflectTools;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.quarkus.QuarkusVaadinServlet;
import com.vaadin.quarkus.QuarkusVaadinServletService;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.accounts.Role;

/**
 * Base class for browserless view tests in a {@code @QuarkusTest}: views are created through
 * Quarkus CDI, so they get the real services and database, and the application's
 * {@code ServiceInitEvent} observers (the navigation access check) run as in production.
 *
 * <p>Vaadin ships this integration as {@code browserless-test-quarkus}, which the package mirror
 * here does not hold; this is the same idea in a few lines: a Quarkus Vaadin servlet whose service
 * hands out the browserless mock session and instantiator.
 *
 * <p>A test runs as an anonymous visitor until it calls {@link #signInAs(String)}.
 */
public abstract class QuarkusViewTest extends BrowserlessTest {

    private ManagedContext requestContextStartedHere;
    private AccountSummary signedIn;

    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        scanTesters();
        UIFactory uiFactory = MockedUI::new;
        var servlet = new MockQuarkusServlet(discoverRoutes(), CDI.current().getBeanManager(), uiFactory);
        MockVaadin.setup(uiFactory, servlet, lookupServices());
    }

    @AfterEach
    void endRequestContext() {
        if (requestContextStartedHere != null) {
            requestContextStartedHere.terminate();
            requestContextStartedHere = null;
        }
    }

    /**
     * Continues the test signed in as a demo account ({@code DemoAccounts.RUNNER}, {@code EDITOR},
     * {@code ADMIN}, …): the Quarkus identity that the session cookie gives a real request, which
     * the services and the navigation access check both read. The browserless environment is then
     * set up again, so the layouts are built for the signed-in account, as after the page load that
     * signing in ends with.
     */
    protected AccountSummary signInAs(String email) {
        return signInAs(email, DemoAccounts.PASSWORD);
    }

    /** As {@link #signInAs(String)}, for an account a test registered itself. */
    protected AccountSummary signInAs(String email, String password) {
        AccountSummary account = CDI.current().select(AccountService.class).get()
                .authenticate(email, password);
        signedIn = account;
        nextRequest();
        MockVaadin.tearDown();
        initVaadinEnvironment();
        return account;
    }

    /**
     * Starts a new request for the signed-in account, as the next click in a browser would. Reads
     * outside a transaction share one Hibernate session per request; a test that lets someone else
     * write between two clicks calls this, so the next click sees that write as it would in production.
     */
    protected void nextRequest() {
        ManagedContext requestContext = Arc.container().requestContext();
        // @QuarkusTest may run the test in a request of its own; it then also ends the last one started here.
        boolean quarkusEndsIt = requestContextStartedHere == null && requestContext.isActive();
        if (requestContext.isActive()) {
            requestContext.terminate();
        }
        requestContext.activate();
        requestContextStartedHere = quarkusEndsIt ? null : requestContext;
        Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(Long.toString(signedIn.id())))
                .addRoles(signedIn.roles().stream().map(Role::name).collect(Collectors.toSet()))
                .build());
    }

    /** Only Limber's own views; scanning the whole test class path would find test fixtures of libraries too. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("run.limber.webui", "run.limber.admin");
    }

    /**
     * Finds the views as browserless does, but loads them through this test's class loader. Under
     * {@code @QuarkusTest} the browserless library sits in Quarkus' base class loader, which cannot
     * see application classes: its own lookup would load second copies of the views from the system
     * class path, and those are not Vaadin components of this application.
     */
    @Override
    protected Routes discoverRoutes() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(scanPackages().toArray(String[]::new)).scan()) {
            return new Routes(
                    load(scan.getClassesWithAnnotation(Route.class), Component.class),
                    load(scan.getClassesImplementing(HasErrorParameter.class), HasErrorParameter.class),
                    load(scan.getClassesImplementing(RouterLayout.class), RouterLayout.class),
                    true);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Set<Class<? extends T>> load(ClassInfoList classes, Class<?> type) {
        ClassLoader application = getClass().getClassLoader();
        return classes.filter(info -> !info.isAbstract() && !info.isInterface()).getNames().stream()
                .map(name -> {
                    try {
                        return (Class<? extends T>) Class.forName(name, false, application).asSubclass(type);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    private static final class MockQuarkusServlet extends QuarkusVaadinServlet {

        private final transient Routes routes;
        private final transient BeanManager beans;
        private final transient UIFactory uiFactory;

        MockQuarkusServlet(Routes routes, BeanManager beans, UIFactory uiFactory) {
            this.routes = routes;
            this.beans = beans;
            this.uiFactory = uiFactory;
            try {
                // Quarkus injects this package-private field into the real servlet; the mock needs it set by hand.
                ReflectTools.setJavaFieldValue(this, QuarkusVaadinServlet.class.getDeclaredField("beanManager"), beans);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("vaadin-quarkus changed: no beanManager field to set", e);
            }
        }

        @Override
        protected DeploymentConfiguration createDeploymentConfiguration() throws ServletException {
            MockVaadinHelper.mockFlowBuildInfo(this);
            return super.createDeploymentConfiguration();
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            var service = new MockQuarkusService(this, configuration, beans, uiFactory);
            service.init();
            routes.register(service.getContext());
            return service;
        }
    }

    private static final class MockQuarkusService extends QuarkusVaadinServletService {

        private final transient UIFactory uiFactory;

        MockQuarkusService(QuarkusVaadinServlet servlet, DeploymentConfiguration configuration, BeanManager beans,
                           UIFactory uiFactory) {
            super(servlet, configuration, beans);
            this.uiFactory = uiFactory;
        }

        /** There is no push transport in a test JVM. */
        @Override
        protected boolean isAtmosphereAvailable() {
            return false;
        }

        @Override
        public String getMainDivId(VaadinSession session, VaadinRequest request) {
            return "ROOT-1";
        }

        @Override
        protected VaadinSession createVaadinSession(VaadinRequest request) {
            return new MockVaadinSession(this, uiFactory);
        }

        @Override
        public Instantiator getInstantiator() {
            return MockInstantiator.create(super.getInstantiator());
        }
    }
}
