package run.limber.deploy;

import java.util.Locale;
import java.util.Optional;

/**
 * How Limber writes its log to the console, from LIMBER_LOG_FORMAT: {@code text} (the default, for people) or
 * {@code json} (one JSON object a line, for a log collector); any case. Read before Quarkus starts, so that a mistyped value stops
 * the start with a message instead of leaving an operator's collector with lines it cannot parse.
 */
enum LogFormat {
    TEXT, JSON;

    static final String VARIABLE = "LIMBER_LOG_FORMAT";
    /** quarkus-logging-json's switch; a run-time setting, so the one packaged app writes either. */
    static final String JSON_SWITCH = "quarkus.log.console.json.enabled";

    /** The format asked for, or empty when LIMBER_LOG_FORMAT is unset (application.properties then says text). */
    static Optional<LogFormat> of(Optional<String> value) throws LogFormatException {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.get().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(VARIABLE + "=" + value.get() + " is not a log format Limber writes: use text or json.");
        }
    }

    static Optional<LogFormat> fromEnvironment() throws LogFormatException {
        return of(LaunchSettings.get(VARIABLE, "limber.log-format"));
    }

    /** Sets the JSON switch for Quarkus to read. */
    void apply() {
        System.setProperty(JSON_SWITCH, String.valueOf(this == JSON));
    }

    static final class LogFormatException extends Exception {
        LogFormatException(String message) {
            super(message);
        }
    }
}
