package run.limber.deploy.production;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile's instructions, as a builder reads them: comments dropped, continued lines joined. */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile read(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : AppSettings.read(file).split("\n")) {
            String text = line.strip();
            if (text.startsWith("#") || (text.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continued = text.endsWith("\\");
            current.append(continued ? text.substring(0, text.length() - 1) : text).append(' ');
            if (!continued) {
                String[] parts = current.toString().strip().split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
                current.setLength(0);
            }
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The last of these instructions (the one in effect), after the last FROM. */
    String last(String keyword) {
        List<String> found = all(keyword);
        if (found.isEmpty()) {
            throw new AssertionError("no " + keyword);
        }
        return found.get(found.size() - 1);
    }

    /** The entry point in exec form (a JSON array): the only form in which java runs as process 1 and gets SIGTERM. */
    List<String> entrypoint() {
        try {
            return new ObjectMapper().readValue(last("ENTRYPOINT"), new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("ENTRYPOINT is not in exec form", e);
        }
    }
}
