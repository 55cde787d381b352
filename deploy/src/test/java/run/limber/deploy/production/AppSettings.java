package run.limber.deploy.production;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the application itself says about its settings: application.properties, the code, and Quarkus' config model. */
final class AppSettings {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent(); // the tests run in deploy/
    private static final Path PROPERTIES = ROOT.resolve("deploy/src/main/resources/application.properties");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern DEFAULT_OF = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");
    /** A string in code that is a name of an environment variable or a configuration key of Limber's or Quarkus'. */
    private static final Pattern NAME_LITERAL = Pattern.compile("\"((?:LIMBER|QUARKUS)_[A-Z0-9_]+|(?:limber|quarkus)\\.[a-z0-9.-]+)\"");

    private AppSettings() {
    }

    static Properties properties() {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static int httpPort() {
        return Integer.parseInt(valueOf(properties().getProperty("quarkus.http.port", "8080")));
    }

    static Duration shutdownDelay() {
        return duration("quarkus.shutdown.delay");
    }

    static Duration shutdownTimeout() {
        return duration("quarkus.shutdown.timeout");
    }

    private static Duration duration(String key) {
        String value = properties().getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set in application.properties");
        }
        return DurationConverter.parseDuration(valueOf(value));
    }

    /** A value as the app sees it with nothing set in the environment: {@code ${LIMBER_X:5s}} is 5s. */
    private static String valueOf(String value) {
        Matcher m = DEFAULT_OF.matcher(value.strip());
        return m.matches() ? m.group(1) : value.strip();
    }

    /**
     * Every environment variable Limber reads: those application.properties names ({@code ${LIMBER_…}}), the
     * environment form of every key it sets, the names and keys the code reads itself (LaunchSettings, JwtKeySource), and the
     * environment form of every run-time property of the Quarkus extensions on the class path, from the config model
     * each extension ships ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}).
     */
    static Set<String> environmentVariablesRead() {
        Set<String> names = new HashSet<>();
        Properties properties = properties();
        for (String key : properties.stringPropertyNames()) {
            names.add(environmentForm(key.replaceFirst("^%[^.]+\\.", "")));
            REFERENCE.matcher(properties.getProperty(key)).results().forEach(r -> names.add(r.group(1)));
        }
        names.addAll(namesReadInCode());
        names.addAll(quarkusRunTimeVariables());
        return Collections.unmodifiableSet(names);
    }

    static String environmentForm(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static Set<String> namesReadInCode() {
        Set<String> names = new HashSet<>();
        for (String module : new String[] {"domain", "api", "web-ui", "admin", "deploy"}) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> NAME_LITERAL.matcher(read(f)).results().forEach(r -> names.add(environmentForm(r.group(1)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static Set<String> quarkusRunTimeVariables() {
        Set<String> names = new HashSet<>();
        var mapper = new ObjectMapper();
        try {
            var models = AppSettings.class.getClassLoader().getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            for (URL model : Collections.list(models)) {
                try (InputStream in = model.openStream()) {
                    collectRunTime(mapper.readTree(in), names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void collectRunTime(JsonNode node, Set<String> names) {
        if ("RUN_TIME".equals(node.path("phase").asText()) && node.has("path")) {
            names.add(node.path("path").path("environmentVariable").asText());
            node.path("additionalPaths").forEach(p -> names.add(p.path("environmentVariable").asText()));
        }
        node.forEach(child -> collectRunTime(child, names));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
