package run.limber.domain.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets that keep the enum's declared order, so lists of tags read the same everywhere. */
public final class EnumSets {

    private EnumSets() {
    }

    public static <E extends Enum<E>> Set<E> ordered(Collection<E> values, Class<E> type) {
        var set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
