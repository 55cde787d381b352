package run.limber.domain.drills;

import java.util.Objects;

/** A coaching note of a given kind. */
public record Tip(TipKind kind, String text) {

    public Tip {
        Objects.requireNonNull(kind, "tip kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a tip needs text");
        }
    }
}
