package run.limber.deploy.production;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The manifests under deploy/kubernetes as fabric8's typed objects (kinds without a model class, such as
 * CloudNativePG's Cluster, as {@link GenericKubernetesResource}): either the files as written, or what kustomize
 * renders from the production overlay when {@code kubectl} is installed.
 */
record Manifests(String name, List<HasMetadata> resources) {

    static final Path KUBERNETES = AppSettings.ROOT.resolve("deploy/kubernetes");
    static final Path OVERLAY = KUBERNETES.resolve("overlays/production");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final String GATEWAY_COMMENTED = "# components:\n#   - ../../components/gateway-api";
    private static final String GATEWAY = "components:\n  - ../../components/gateway-api";

    /** The base and the gateway-api component's resources, each file read as it is (no kustomize needed). */
    static Manifests sourceFiles() {
        List<HasMetadata> resources = new ArrayList<>();
        for (Path dir : List.of(KUBERNETES.resolve("base"), KUBERNETES.resolve("components/gateway-api"))) {
            yamlFiles(dir).forEach(file -> resources.addAll(parse(file)));
        }
        return new Manifests("files under base/ and components/", resources);
    }

    /** Every YAML file under deploy/kubernetes but the kustomizations. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<HasMetadata> parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return asList(SERIALIZATION.unmarshal(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<HasMetadata> asList(Object parsed) {
        return parsed instanceof List<?> list ? (List<HasMetadata>) list : List.of((HasMetadata) parsed);
    }

    static boolean kubectlInstalled() {
        try {
            return run(List.of("kubectl", "version", "--client"), AppSettings.ROOT).exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The production overlay as {@code kubectl kustomize} renders it, with the Ingress or, with {@code gatewayApi}, the
     * Gateway API component as its comment suggests; in a copy whose secrets/ holds the example files and stand-in keys.
     */
    static Manifests rendered(boolean gatewayApi) throws IOException {
        Path copy = Files.createTempDirectory("limber-kubernetes");
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(KUBERNETES.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path secrets = copy.resolve("overlays/production/secrets");
        try (Stream<Path> examples = Files.list(secrets)) {
            for (Path example : examples.filter(f -> f.toString().endsWith(".env.example")).toList()) {
                Files.copy(example, secrets.resolve(example.getFileName().toString().replace(".example", "")),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(secrets.resolve("jwt-private.pem"), "stand-in private key");
        Files.writeString(secrets.resolve("jwt-public.pem"), "stand-in public key");
        if (gatewayApi) {
            Path kustomization = copy.resolve("overlays/production/kustomization.yaml");
            String text = Files.readString(kustomization);
            if (!text.contains(GATEWAY_COMMENTED)) {
                throw new IllegalStateException("the overlay no longer shows how to use the gateway-api component");
            }
            Files.writeString(kustomization, text.replace(GATEWAY_COMMENTED, GATEWAY));
        }
        Run kubectl = run(List.of("kubectl", "kustomize", "overlays/production"), copy);
        if (kubectl.exit() != 0) {
            throw new IllegalStateException("kubectl kustomize failed: " + kubectl.output());
        }
        var in = new ByteArrayInputStream(kubectl.output().getBytes(StandardCharsets.UTF_8));
        return new Manifests("the production overlay" + (gatewayApi ? " with the Gateway API" : ""), asList(SERIALIZATION.unmarshal(in)));
    }

    record Run(int exit, String output) {
    }

    /** Runs a command to its end, its output and errors read together (so a long output never blocks it). */
    static Run run(List<String> command, Path dir) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Run(process.exitValue(), output);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError(name + ": expected one " + type.getSimpleName() + ", found " + found.size());
        }
        return found.get(0);
    }

    Optional<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> apiVersion.equals(r.getApiVersion()) && kind.equals(r.getKind())).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
