package run.limber.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main classes stay small enough to read in one sitting: at most {@value #MAX_LINES} lines of a source file, not counting
 * its import statements (a list the IDE keeps, not code a reader has to hold). A class that grows past it is split by
 * what it does, the way ContentItem's step checks became StepRules.
 */
class SourceSizeTest {

    static final int MAX_LINES = 250;
    private static final List<String> MODULES = List.of("domain", "api", "web-ui", "admin", "deploy");

    @Test
    void noMainClassOutgrowsOneSitting() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent(); // the tests run in deploy/
        var sources = MODULES.stream().map(module -> root.resolve(module).resolve("src/main/java")).toList();
        assertFalse(sources.stream().anyMatch(dir -> !Files.isDirectory(dir)), "source folders not found under " + root);
        List<String> tooLong = sources.stream().flatMap(SourceSizeTest::javaFiles)
                .filter(file -> linesOf(file) > MAX_LINES)
                .map(file -> root.relativize(file) + " (" + linesOf(file) + " lines)")
                .toList();
        assertEquals(List.of(), tooLong, "over " + MAX_LINES + " lines without imports; split by responsibility");
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long linesOf(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> !line.startsWith("import ")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
