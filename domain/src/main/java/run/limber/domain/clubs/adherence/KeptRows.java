package run.limber.domain.clubs.adherence;

import java.util.Arrays;
import java.util.List;

/** Judged weeks gathered column by column, as {@link KeptWeeksWriter} inserts them; sized for the most. */
final class KeptRows {

    private final long[] accounts;
    private final int[] days;
    private final int[] sessions;
    private final int[] targets;
    private final long[] versions;
    private int size;

    KeptRows(int most) {
        accounts = new long[most];
        days = new int[most];
        sessions = new int[most];
        targets = new int[most];
        versions = new long[most];
    }

    void add(long account, long version, List<AdherenceWeek> weeks) {
        for (var week : weeks) {
            accounts[size] = account;
            days[size] = (int) week.week().toEpochDay();
            sessions[size] = week.sessions();
            targets[size] = week.target();
            versions[size] = version;
            size++;
        }
    }

    int size() {
        return size;
    }

    long[] accounts() {
        return Arrays.copyOf(accounts, size);
    }

    int[] days() {
        return Arrays.copyOf(days, size);
    }

    int[] sessions() {
        return Arrays.copyOf(sessions, size);
    }

    int[] targets() {
        return Arrays.copyOf(targets, size);
    }

    long[] versions() {
        return Arrays.copyOf(versions, size);
    }
}
