package run.limber.deploy.production;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image (deploy/src/main/docker/Dockerfile.jvm) runs what ./limber runs: the same jar of the fast-jar layout, with
 * the same JVM options read from the same file, the heap aside; as a user other than root, on the app's port. No
 * container engine is needed: the Dockerfile is read, and a JVM is started with the image's options.
 */
class ContainerImageTest {

    private static final Path DEPLOY = AppSettings.ROOT.resolve("deploy");
    private static final Path LAUNCHER = AppSettings.ROOT.resolve("limber");
    private static final Dockerfile IMAGE = Dockerfile.read(DEPLOY.resolve("src/main/docker/Dockerfile.jvm"));
    private static final Pattern OPTIONS_FILE = Pattern.compile("@(\\S+)");
    private static final Pattern PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)");
    private static final Predicate<String> HEAP_SIZE = o -> o.startsWith("-Xmx") || o.startsWith("-Xms") || o.contains("RAMPercentage");

    @Test
    void runsTheJarTheLauncherRuns() {
        List<String> entrypoint = IMAGE.entrypoint();
        Matcher jar = Pattern.compile("(?m)^JAR=(\\S+)$").matcher(AppSettings.read(LAUNCHER));
        assertTrue(jar.find(), "./limber names its jar");
        assertAll(
                () -> assertEquals("java", entrypoint.get(0)),
                () -> assertEquals("-jar", entrypoint.get(entrypoint.size() - 2)),
                () -> assertEquals(AppSettings.ROOT.resolve(jar.group(1)), fromBuildContext(entrypoint.get(entrypoint.size() - 1))),
                // the fast-jar layout whole: quarkus-run.jar finds everything else through these folders
                () -> assertTrue(IMAGE.all("COPY").containsAll(List.of("target/quarkus-app/lib/ /deployments/lib/",
                        "target/quarkus-app/app/ /deployments/app/", "target/quarkus-app/quarkus/ /deployments/quarkus/"))));
    }

    @Test
    void takesTheLaunchersJvmOptionsFromTheSameFileAndSizesTheHeapByTheContainer() throws IOException {
        List<String> launcher = launcherOptions();
        List<String> image = imageOptions();
        assertAll(
                () -> assertEquals(launcher.stream().filter(HEAP_SIZE.negate()).toList(), image.stream().filter(HEAP_SIZE.negate()).toList()),
                () -> assertTrue(launcher.contains("-XX:+ExitOnOutOfMemoryError")),
                () -> assertTrue(launcher.contains("-Xmx256m"), "./limber's fixed heap"),
                () -> assertEquals(List.of("-XX:MaxRAMPercentage=" + format(maxRamPercentage())), image.stream().filter(HEAP_SIZE).toList()),
                () -> assertTrue(AppSettings.read(LAUNCHER).contains(optionsFile().toString().substring(AppSettings.ROOT.toString().length() + 1)),
                        "./limber reads the file the image copies"));
    }

    /**
     * The image's options start a JVM (the @file and its comments included), and in a container with the 640 MiB the
     * Deployment gives it the heap is the 256 MiB that ./limber fixes, so the password-hashing limit, a share of
     * Runtime.maxMemory(), is the one bench/ measured.
     */
    @Test
    void theImagesOptionsGiveTheBenchmarkedHeapInThe640MiBContainer() throws IOException {
        List<String> container = new ArrayList<>(List.of(javaCommand(), "-XX:MaxRAM=640m"));
        container.addAll(IMAGE.entrypoint().subList(1, IMAGE.entrypoint().size() - 2));
        container.set(container.indexOf("@/deployments/jvm-options"), "@" + optionsFile());
        List<String> launcher = new ArrayList<>(List.of(javaCommand()));
        launcher.addAll(launcherOptions());
        assertEquals(maxMemory(launcher), maxMemory(container));
    }

    @Test
    void runsAsAUserOtherThanRootAndExposesTheAppsPort() {
        String user = IMAGE.last("USER").split(":")[0];
        assertAll(
                () -> assertFalse(user.equals("root") || user.equals("0"), "USER " + user),
                () -> assertTrue(IMAGE.instructions().indexOf(new Dockerfile.Instruction("USER", IMAGE.last("USER")))
                        > IMAGE.instructions().indexOf(new Dockerfile.Instruction("FROM", IMAGE.last("FROM"))), "USER after FROM"),
                () -> assertEquals(List.of(String.valueOf(AppSettings.httpPort())), IMAGE.all("EXPOSE")));
    }

    @Test
    void theBuildContextHoldsWhatTheImageCopies() {
        List<String> ignore = Arrays.asList(AppSettings.read(DEPLOY.resolve(".dockerignore")).split("\n"));
        assertTrue(ignore.containsAll(List.of("*", "!target/quarkus-app/", "!src/main/jvm-options")), ignore.toString());
    }

    static double maxRamPercentage() {
        Matcher m = PERCENTAGE.matcher(String.join(" ", IMAGE.entrypoint()));
        assertTrue(m.find(), "the image sizes the heap with -XX:MaxRAMPercentage");
        return Double.parseDouble(m.group(1));
    }

    /** A path in the image, as the file of the build context (deploy/) that a COPY put there. */
    private static Path fromBuildContext(String imagePath) {
        for (String copy : IMAGE.all("COPY")) {
            String[] parts = copy.split("\\s+");
            String source = parts[0];
            String target = parts[1];
            if (target.equals(imagePath)) {
                return DEPLOY.resolve(source);
            }
            if (target.endsWith("/") && imagePath.startsWith(target) && source.endsWith("*.jar") && imagePath.endsWith(".jar")) {
                return DEPLOY.resolve(source.replace("*.jar", imagePath.substring(target.length())));
            }
        }
        throw new AssertionError(imagePath + " is not copied into the image");
    }

    private static Path optionsFile() {
        Matcher m = OPTIONS_FILE.matcher(String.join(" ", IMAGE.entrypoint()));
        assertTrue(m.find(), "the image reads its JVM options from an @file");
        return fromBuildContext(m.group(1));
    }

    /** The image's options: those before -jar, the @file read as java reads it. */
    private static List<String> imageOptions() {
        List<String> options = new ArrayList<>();
        for (String arg : IMAGE.entrypoint().subList(1, IMAGE.entrypoint().size() - 2)) {
            if (arg.startsWith("@")) {
                for (String line : AppSettings.read(optionsFile()).split("\n")) {
                    options.addAll(Arrays.stream(line.replaceAll("#.*", "").strip().split("\\s+")).filter(s -> !s.isEmpty()).toList());
                }
            } else {
                options.add(arg);
            }
        }
        return options;
    }

    private static List<String> launcherOptions() throws IOException {
        var command = new ProcessBuilder("bash", LAUNCHER.toString(), "--print-java-options");
        command.environment().remove("LIMBER_JAVA_OPTIONS");
        Process process = command.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        return List.of(output.split("\\s+"));
    }

    private static long maxMemory(List<String> options) throws IOException {
        List<String> command = new ArrayList<>(options);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Manifests.Run run = Manifests.run(command, AppSettings.ROOT);
        assertEquals(0, run.exit(), run.output());
        Matcher m = Pattern.compile("size_t MaxHeapSize\\s+=\\s+(\\d+)").matcher(run.output());
        assertTrue(m.find(), run.output());
        return Long.parseLong(m.group(1));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String format(double percentage) {
        return percentage == Math.rint(percentage) ? String.valueOf((long) percentage) : String.valueOf(percentage);
    }
}
