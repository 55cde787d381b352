package run.limber.deploy;

import java.util.Optional;

/** Settings read before Quarkus starts, and so before its configuration exists. */
public final class LaunchSettings {

    private LaunchSettings() {
    }

    /** An environment variable, else the system property; blank counts as absent. */
    public static Optional<String> get(String environmentVariable, String systemProperty) {
        return Optional.ofNullable(System.getenv(environmentVariable))
                .or(() -> Optional.ofNullable(System.getProperty(systemProperty)))
                .filter(value -> !value.isBlank());
    }
}
