package run.limber.deploy.production;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a reviewer checks in deploy/kubernetes, against what the application serves and reads. Runs on the files as
 * written (base and components) and, where {@code kubectl} is installed, on what kustomize renders from the
 * production overlay, with the Ingress and with the Gateway API.
 */
class KubernetesManifestsTest {

    static final String CNPG = "postgresql.cnpg.io/v1";
    /** Agroal's default pool size; application.properties leaves it as it is. */
    private static final int POOL_SIZE = 20;

    /** Read and rendered once for every test here: kustomize takes a second or two. */
    private static List<Manifests> manifests;

    static synchronized Stream<Manifests> manifests() throws IOException {
        if (manifests == null) {
            List<Manifests> all = new ArrayList<>(List.of(Manifests.sourceFiles()));
            if (Manifests.kubectlInstalled()) {
                all.add(Manifests.rendered(false));
                all.add(Manifests.rendered(true));
            }
            manifests = List.copyOf(all);
        }
        return manifests.stream();
    }

    @Test
    void everyManifestParsesIntoAKnownKind() {
        List<Path> files = Manifests.yamlFiles(Manifests.KUBERNETES);
        assertTrue(files.size() >= 10, "manifests found: " + files);
        for (Path file : files) {
            for (HasMetadata resource : Manifests.parse(file)) {
                assertNotNull(resource.getMetadata().getName(), file + " has a name");
                boolean generic = resource instanceof GenericKubernetesResource;
                assertEquals(generic, CNPG.equals(resource.getApiVersion()),
                        file + ": only CloudNativePG's kinds lack a typed model, found " + resource.getClass().getSimpleName());
            }
        }
    }

    @Test
    void kustomizeRendersTheOverlay() throws IOException {
        Assumptions.assumeTrue(Manifests.kubectlInstalled(),
                "kubectl is not installed: the checks ran on the files as written, not on kustomize's output");
        assertEquals(3, manifests().count(), "the files, the overlay with the Ingress, the overlay with the Gateway API");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void theDeploymentRunsReplicasWithProbesOnTheAppsPort(Manifests manifests) {
        Deployment deployment = manifests.one(Deployment.class);
        Container app = onlyContainer(deployment);
        int port = AppSettings.httpPort();
        assertAll(
                () -> assertTrue(deployment.getSpec().getReplicas() >= 2, "replicas"),
                () -> assertEquals(List.of(port), app.getPorts().stream().map(p -> p.getContainerPort()).toList()),
                () -> assertEquals("/q/health/started", probePath(app.getStartupProbe(), app, port)),
                () -> assertEquals("/q/health/live", probePath(app.getLivenessProbe(), app, port)),
                () -> assertEquals("/q/health/ready", probePath(app.getReadinessProbe(), app, port)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void runsAsNonRootOnAReadOnlyFilesystemWithScratchSpaceOnly(Manifests manifests) {
        PodSpec pod = manifests.one(Deployment.class).getSpec().getTemplate().getSpec();
        Container app = onlyContainer(manifests.one(Deployment.class));
        assertAll(
                () -> assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot()),
                () -> assertNotEquals(0L, pod.getSecurityContext().getRunAsUser()),
                () -> assertEquals(Boolean.TRUE, app.getSecurityContext().getReadOnlyRootFilesystem()),
                () -> assertEquals(Boolean.FALSE, app.getSecurityContext().getAllowPrivilegeEscalation()),
                () -> assertEquals(List.of("ALL"), app.getSecurityContext().getCapabilities().getDrop()),
                () -> assertTrue(pod.getVolumes().stream().allMatch(v -> v.getEmptyDir() != null), "only emptyDir volumes"),
                () -> assertTrue(app.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), "/tmp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void theGracePeriodCoversTheShutdownDelayAndTimeout(Manifests manifests) {
        long grace = manifests.one(Deployment.class).getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        long needed = AppSettings.shutdownDelay().plus(AppSettings.shutdownTimeout()).toSeconds();
        assertTrue(grace >= needed, "terminationGracePeriodSeconds " + grace + " < shutdown delay + timeout " + needed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void everyEnvironmentVariableIsASettingTheAppReads(Manifests manifests) {
        Set<String> read = AppSettings.environmentVariablesRead();
        List<String> names = new ArrayList<>(onlyContainer(manifests.one(Deployment.class)).getEnv().stream().map(EnvVar::getName).toList());
        manifests.all(ConfigMap.class).forEach(map -> names.addAll(map.getData().keySet()));
        assertTrue(names.contains("LIMBER_PUBLIC_URL"), "the public address is set");
        assertFalse(names.contains("LIMBER_DATA_DIR"), "no data directory: the database is external");
        assertEquals(List.of(), names.stream().filter(name -> !read.contains(name)).toList(), "settings Limber does not read");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void theDatabaseIsTheCloudNativePgClustersPrimaryWithTheOperatorsCredentials(Manifests manifests) {
        GenericKubernetesResource cluster = manifests.custom(CNPG, "Cluster").orElseThrow();
        Map<String, Object> spec = cluster.get("spec");
        String name = cluster.getMetadata().getName();
        String database = cluster.get("spec", "bootstrap", "initdb", "database");
        Map<String, String> env = new HashMap<>();
        Map<String, String> secrets = new HashMap<>();
        for (EnvVar var : onlyContainer(manifests.one(Deployment.class)).getEnv()) {
            env.put(var.getName(), var.getValue());
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                SecretKeySelector ref = var.getValueFrom().getSecretKeyRef();
                secrets.put(var.getName(), ref.getName() + "/" + ref.getKey() + (Boolean.TRUE.equals(ref.getOptional()) ? " (optional)" : ""));
            }
        }
        assertAll(
                () -> assertEquals(3, spec.get("instances")),
                () -> assertEquals("jdbc:postgresql://" + name + "-rw:5432/" + database, env.get("QUARKUS_DATASOURCE_JDBC_URL")),
                () -> assertEquals(name + "-app/username", secrets.get("QUARKUS_DATASOURCE_USERNAME")),
                () -> assertEquals(name + "-app/password", secrets.get("QUARKUS_DATASOURCE_PASSWORD")),
                () -> assertTrue(maxReplicas(manifests) * (POOL_SIZE + 1)
                        <= Integer.parseInt(cluster.get("spec", "postgresql", "parameters", "max_connections")),
                        "max_connections holds every replica's pool and listener"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void everyOtherSecretKeyIsMadeByTheOverlay(Manifests manifests) throws IOException {
        String operatorSecret = manifests.custom(CNPG, "Cluster").orElseThrow().getMetadata().getName() + "-app";
        Map<String, Set<String>> made = new HashMap<>();
        manifests.all(Secret.class).forEach(s -> made.put(s.getMetadata().getName(), s.getData().keySet()));
        if (made.isEmpty()) { // the files as written: the Secrets are the overlay's generators
            made.putAll(generatedSecretKeys());
        }
        List<String> missing = onlyContainer(manifests.one(Deployment.class)).getEnv().stream()
                .filter(var -> var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null)
                .map(var -> var.getValueFrom().getSecretKeyRef())
                .filter(ref -> !ref.getName().equals(operatorSecret))
                .filter(ref -> !made.getOrDefault(ref.getName(), Set.of()).contains(ref.getKey()))
                .map(ref -> ref.getName() + "/" + ref.getKey()).toList();
        assertEquals(List.of(), missing);
        assertTrue(made.keySet().stream().anyMatch(n -> n.startsWith("limber-jwt")), "JWT keys");
        assertTrue(made.keySet().stream().anyMatch(n -> n.startsWith("limber-smtp")), "SMTP");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void browsersStayOnTheirReplicaThroughTheIngressOrTheHttpRoute(Manifests manifests) {
        Service service = manifests.one(Service.class);
        List<Ingress> ingresses = manifests.all(Ingress.class);
        List<HTTPRoute> routes = manifests.all(HTTPRoute.class);
        assertFalse(ingresses.isEmpty() && routes.isEmpty(), "an Ingress or an HTTPRoute");
        for (Ingress ingress : ingresses) {
            Map<String, String> annotations = ingress.getMetadata().getAnnotations();
            assertEquals("cookie", annotations.get("nginx.ingress.kubernetes.io/affinity"));
            assertEquals("persistent", annotations.get("nginx.ingress.kubernetes.io/affinity-mode"));
            var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
            assertEquals(service.getMetadata().getName(), backend.getName());
            assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getPort().getName())));
        }
        for (HTTPRoute route : routes) {
            var rule = route.getSpec().getRules().get(0);
            assertEquals("Cookie", rule.getSessionPersistence().getType());
            assertEquals(service.getMetadata().getName(), rule.getBackendRefs().get(0).getName());
            assertEquals(service.getSpec().getPorts().get(0).getPort(), rule.getBackendRefs().get(0).getPort());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void theServiceReachesTheAppsPort(Manifests manifests) {
        Service service = manifests.one(Service.class);
        Deployment deployment = manifests.one(Deployment.class);
        Container app = onlyContainer(deployment);
        ServicePort port = service.getSpec().getPorts().get(0);
        assertEquals(AppSettings.httpPort(), containerPort(app, port.getTargetPort()));
        assertTrue(selects(service.getSpec().getSelector(), deployment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void theAutoscalerAndTheDisruptionBudgetTargetTheDeployment(Manifests manifests) {
        Deployment deployment = manifests.one(Deployment.class);
        HorizontalPodAutoscaler hpa = manifests.one(HorizontalPodAutoscaler.class);
        PodDisruptionBudget pdb = manifests.one(PodDisruptionBudget.class);
        assertAll(
                () -> assertEquals("autoscaling/v2", hpa.getApiVersion()),
                () -> assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind()),
                () -> assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName()),
                () -> assertTrue(hpa.getSpec().getMinReplicas() >= 2, "minReplicas"),
                () -> assertTrue(pdb.getSpec().getSelector().getMatchExpressions().isEmpty()),
                () -> assertTrue(selects(pdb.getSpec().getSelector().getMatchLabels(), deployment), "the PDB selects the pods"),
                () -> assertTrue(pdb.getSpec().getMaxUnavailable() != null && pdb.getSpec().getMaxUnavailable().getIntVal() >= 1,
                        "a drain may take one replica at a time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void resourcesAreSizedFromTheBenchmarks(Manifests manifests) {
        var resources = onlyContainer(manifests.one(Deployment.class)).getResources();
        long request = Quantity.getAmountInBytes(resources.getRequests().get("memory")).longValue();
        long limit = Quantity.getAmountInBytes(resources.getLimits().get("memory")).longValue();
        double heapShare = ContainerImageTest.maxRamPercentage() / 100;
        assertAll(
                () -> assertTrue(request >= 450_000_000L, "bench/: up to 450 MB resident"),
                () -> assertEquals(request, limit, "memory request = limit"),
                () -> assertEquals(256L << 20, Math.round(limit * heapShare), "the heap bench/ measured: ./limber's -Xmx256m"));
    }

    static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    /** The probe's path, once it is sure the probe asks the app's own port. */
    private static String probePath(Probe probe, Container app, int port) {
        assertNotNull(probe, "probe");
        assertEquals(port, containerPort(app, probe.getHttpGet().getPort()));
        return probe.getHttpGet().getPath();
    }

    private static int containerPort(Container app, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return app.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst().orElseThrow().getContainerPort();
    }

    private static boolean selects(Map<String, String> selector, Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return !selector.isEmpty() && selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()))
                && selector.equals(deployment.getSpec().getSelector().getMatchLabels());
    }

    private static int maxReplicas(Manifests manifests) {
        return manifests.one(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
    }

    /** The keys of the Secrets the production overlay generates: its files' keys and its env files' (from the examples). */
    static Map<String, Set<String>> generatedSecretKeys() throws IOException {
        JsonNode kustomization = new YAMLMapper().readTree(Manifests.OVERLAY.resolve("kustomization.yaml").toFile());
        Map<String, Set<String>> keys = new HashMap<>();
        for (JsonNode generator : kustomization.path("secretGenerator")) {
            Set<String> names = new HashSet<>();
            generator.path("files").forEach(f -> names.add(f.asText().split("=")[0]));
            for (JsonNode envs : generator.path("envs")) {
                var example = new Properties();
                try (var in = Files.newInputStream(Manifests.OVERLAY.resolve(envs.asText() + ".example"))) {
                    example.load(in);
                }
                names.addAll(example.stringPropertyNames());
            }
            keys.put(generator.path("name").asText(), names);
        }
        return keys;
    }
}
